package se.sspf.platform.consentrules;

import java.util.Objects;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/**
 * May {@code reader} see information of {@code category} that {@code owner} recorded about the youth?
 *
 * @param municipality the municipality the question is asked in; a consent never reaches across
 */
public record ShareQuestion(String municipality, String youthRef, Agency owner, Agency reader,
                            InformationCategory category) {

    public ShareQuestion {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(youthRef, "youthRef");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(category, "category");
    }
}
