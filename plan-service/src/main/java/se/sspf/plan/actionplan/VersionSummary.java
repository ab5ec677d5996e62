package se.sspf.plan.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a plan's version history; the dates and the count are null to a reader who may not see the header. */
public record VersionSummary(int version, LocalDate agreedOn, Instant recordedAt, Integer actions) {
}
