package se.sspf.plan.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A follow-up's finding for one action, with a note. */
public record ActionCheck(UUID actionId, CheckOutcome outcome, @Nullable String note) {
}
