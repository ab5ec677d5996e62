package se.sspf.plan.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a plan's version history. */
public record VersionSummary(int version, LocalDate agreedOn, Instant recordedAt, int actions) {
}
