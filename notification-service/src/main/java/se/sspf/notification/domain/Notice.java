package se.sspf.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something to tell about a case, from one event.
 *
 * @param eventId the event it comes from: with a recipient, what makes telling idempotent
 * @param at      the meeting's or follow-up's time, if any
 * @param day     the due date or the consent's last day, if any
 */
public record Notice(UUID eventId, NoticeKind kind, UUID caseId, Instant at, LocalDate day) {
}
