package se.sspf.casework.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.casework.RiskIndicator;

/**
 * A youth discussed at a working group meeting without consent: by a code the presenting agency makes up and the
 * risk signs only, so nothing in it identifies anybody; the meeting may decide to seek consent.
 *
 * @param returnee when the youth is expected home: a returnee without a case yet is registered this way
 */
public record DeIdentifiedCase(UUID id, String code, List<RiskIndicator> riskIndicators,
                               @Nullable ExpectedHome returnee, boolean seekConsent) {

    public DeIdentifiedCase {
        riskIndicators = List.copyOf(riskIndicators);
    }

    /** Where from and when a returnee is expected home. */
    public record ExpectedHome(ExpectedReturn.ReturnFrom from, LocalDate expectedOn) {
    }
}
