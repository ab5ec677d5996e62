package se.sspf.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.sspf.contracts.plan.FollowUpDecision;

/** A follow-up meeting: every action of the version it reviewed checked, and what it decided. */
public record FollowUp(UUID id, int reviewedVersion, LocalDate heldOn, List<ActionCheck> checks,
                       FollowUpDecision decision, String recordedBy, Instant recordedAt) {

    public FollowUp {
        checks = List.copyOf(checks);
    }

    public long count(CheckOutcome outcome) {
        return checks.stream().filter(check -> check.outcome() == outcome).count();
    }
}
