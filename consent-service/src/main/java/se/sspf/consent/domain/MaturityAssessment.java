package se.sspf.consent.domain;

import java.time.LocalDate;

import se.sspf.contracts.Agency;

/**
 * Social services' individual assessment that a youth under 18 is old and mature enough for their
 * own consent to suffice (consent form, appendix 2): who assessed it, when and why.
 */
public record MaturityAssessment(String assessedBy, Agency agency, LocalDate assessedOn, String reason) {
}
