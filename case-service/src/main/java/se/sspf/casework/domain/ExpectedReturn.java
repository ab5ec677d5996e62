package se.sspf.casework.domain;

import java.time.LocalDate;

/** A returnee (återvändare): the youth is expected home from an institution or prison on a date. */
public record ExpectedReturn(ReturnFrom from, LocalDate expectedOn) {

    public enum ReturnFrom {
        /** A youth institution (SiS) or treatment home. */
        INSTITUTION,
        /** Prison or probation (Kriminalvården). */
        PRISON
    }
}
