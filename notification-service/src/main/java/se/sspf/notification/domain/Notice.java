package se.sspf.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Something to tell about a case, from one event.
 *
 * @param eventId the event it comes from: with a recipient, what makes telling idempotent
 * @param at      the meeting's or follow-up's time, if any
 * @param day     the due date or the consent's last day, if any
 */
public record Notice(UUID eventId, NoticeKind kind, UUID caseId, Instant at, LocalDate day) {

    /**
     * The id of a notice of this service's own, from no event (a warning, a reminder): made from what it is about,
     * so that it is the same however often it is made.
     */
    public static UUID idOf(Object... about) {
        String name = Arrays.stream(about).map(String::valueOf).collect(Collectors.joining("/"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
