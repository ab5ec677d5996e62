package se.sspf.consent.reading;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.consent.access.ConsentAccess;
import se.sspf.consent.access.ConsentAudit;
import se.sspf.consent.store.ConsentStore;
import se.sspf.consent.store.HistoryEntry;
import se.sspf.consent.store.StoredConsent;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.platform.security.Caller;

/** Reading consents and their history; every read of a consent is audited before it is returned. */
@Service
@RequiredArgsConstructor
public class ConsentReading {

    private final ConsentAccess access;
    private final ConsentStore store;
    private final ConsentAudit audit;
    private final TransactionTemplate transaction;

    public StoredConsent one(Caller caller, UUID id) {
        return transaction.execute(status -> {
            StoredConsent stored = access.handledBy(caller, store.find(id));
            audit.record(caller, AuditAction.READ, stored.consent(), "reading the consent");
            return stored;
        });
    }

    public List<HistoryEntry> history(Caller caller, UUID id) {
        return transaction.execute(status -> {
            StoredConsent stored = access.handledBy(caller, store.find(id));
            audit.record(caller, AuditAction.READ, stored.consent(), "reading the consent's history");
            return store.history(id);
        });
    }

    /** The consents of a case the caller may see, newest first, one page of them. */
    public List<StoredConsent> ofCase(Caller caller, UUID caseId, int page, int size) {
        return transaction.execute(status -> {
            access.caseHandledBy(caller, caseId);
            List<StoredConsent> page1 = store.findByCase(caseId).stream()
                    .filter(stored -> ConsentAccess.names(stored, caller))
                    .sorted(Comparator.comparing((StoredConsent stored) -> stored.consent().registeredAt()).reversed())
                    .skip((long) page * size)
                    .limit(size)
                    .toList();
            page1.forEach(stored -> audit.record(caller, AuditAction.READ, stored.consent(),
                    "listing the case's consents"));
            return page1;
        });
    }
}
