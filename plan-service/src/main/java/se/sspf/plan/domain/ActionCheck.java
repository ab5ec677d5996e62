package se.sspf.plan.domain;

import java.util.UUID;

/** A follow-up's finding for one action, with a note. */
public record ActionCheck(UUID actionId, CheckOutcome outcome, String note) {
}
