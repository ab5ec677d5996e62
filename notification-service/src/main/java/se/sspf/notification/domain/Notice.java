package se.sspf.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Something to tell about a case, from one event; or a test ping ({@link NoticeKind#PING}), about no case.
 *
 * @param eventId the event it comes from: with a recipient, what makes telling idempotent (none on a notice read
 *                back from the inbox, to write its message again)
 * @param caseId  the case it is about; none for a ping
 * @param at      the meeting's or follow-up's time, if any
 * @param day     the due date or the consent's last day, if any
 */
public record Notice(@Nullable UUID eventId, NoticeKind kind, @Nullable UUID caseId, @Nullable Instant at,
                     @Nullable LocalDate day) {

    /**
     * An id made from what it is about, the same however often it is made: a notice's of this service's own, from
     * no event (a warning, a reminder), or the CloudEvent's that carries a notice of a case to an agency's system.
     */
    public static UUID idOf(Object... about) {
        String name = Arrays.stream(about).map(String::valueOf).collect(Collectors.joining("/"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
