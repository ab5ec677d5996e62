package se.sspf.casework.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;
import se.sspf.contracts.AgencyRecord;

/**
 * A returnee (återvändare): the youth is expected home from an institution or prison on a date. It is
 * the record of the agency that recorded it, shared with the others only under the consent.
 *
 * @param recordedBy the agency that recorded it; absent in cases recorded before it was kept
 */
@AgencyRecord
public record ExpectedReturn(ReturnFrom from, LocalDate expectedOn, @Nullable Agency recordedBy) {

    public enum ReturnFrom {
        /** A youth institution (SiS) or treatment home. */
        INSTITUTION,
        /** Prison or probation (Kriminalvården). */
        PRISON
    }

    /** Social services coordinates returnees: a return recorded before its agency was kept is theirs. */
    public Agency owner() {
        return recordedBy == null ? Agency.SOCIAL_SERVICES : recordedBy;
    }
}
