package se.sspf.notification.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.sspf.notification.message.MessageComposer;
import se.sspf.notification.store.InboxStore;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * ReadInbox: the caller's messages, each that may name the youth written again now with the name as
 * case-service gives it for the caller's agency at this moment (through its consent gate, audited there as a
 * disclosure) — so a message read after a revocation or a closing names nobody. Asked once per case a read.
 */
@Service
@RequiredArgsConstructor
class InboxReading {

    private final InboxStore inbox;
    private final CaseRecords cases;
    private final MessageComposer composer;

    List<InboxStore.Entry> of(Caller caller, boolean unreadOnly) {
        Map<UUID, Optional<Named>> byCase = new HashMap<>();
        return inbox.of(caller.subject(), caller.municipality(), unreadOnly).stream().map(stored -> {
            InboxStore.Entry nameless = stored.nameless();
            if (!stored.namedWhenRead() || caller.agency() == null) {
                return nameless;
            }
            return byCase.computeIfAbsent(nameless.caseId(), caseId -> cases.find(caseId)
                            .map(caseRecord -> new Named(caseRecord, composer.nameFor(caseRecord, caller.agency()))))
                    .filter(named -> named.name() != null)
                    .map(named -> {
                        var message = composer.composeWith(stored.notice(), named.caseRecord(), named.name(),
                                stored.language()).message();
                        return new InboxStore.Entry(nameless.id(), nameless.caseId(), nameless.kind(),
                                message.subject(), message.body(), nameless.link(), nameless.createdAt(),
                                nameless.read());
                    })
                    .orElse(nameless);
        }).toList();
    }

    /** Marks the caller's message read; another user's message does not exist for them. */
    void markRead(Caller caller, UUID id) {
        if (!inbox.markRead(caller.subject(), id)) {
            throw ApiProblem.notFound("the message");
        }
    }

    /** A case and the youth's name for the caller's agency now, or null. */
    private record Named(CaseRecord caseRecord, @Nullable String name) {
    }
}
