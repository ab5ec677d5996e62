package se.sspf.platform.consentgate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.platform.audit.AuditEntry;
import se.sspf.platform.audit.AuditTrail;
import se.sspf.platform.consentrules.ShareQuestion;

/**
 * The one way a service opens the records it holds for a reader: item by item, a reader sees what its
 * own agency owns, and another agency's record only while the consent gate permits it for every owner
 * and the record's category, and never once the case's sharing has ended. Each disclosure to another
 * agency is audited with the consent it relied on, in the reader's transaction, before the data leaves.
 */
@RequiredArgsConstructor
public final class GatedReads {

    private final ConsentGate gate;
    private final AuditTrail trail;

    /** What the reader may see of the records, in their order; what is withheld is simply absent. */
    public <T> List<T> open(Reading reading, Collection<Owned<T>> records) {
        return reading(reading, opener -> opener.open(records));
    }

    public <T> Optional<T> open(Reading reading, Owned<T> record) {
        return reading(reading, opener -> opener.open(record));
    }

    public <T> Optional<T> openIfAny(Reading reading, Optional<Owned<T>> record) {
        return record.flatMap(present -> open(reading, present));
    }

    /**
     * One read of several kinds of record (a plan's header, areas, rows and commitments): the gate is asked
     * once per owner and category, and the read is audited once, when the work is done.
     */
    public <R> R reading(Reading reading, Function<Opener, R> work) {
        Decisions decisions = new Decisions(reading);
        R result = work.apply(decisions);
        decisions.audit();
        return result;
    }

    /** Opens records within one read. */
    public interface Opener {

        <T> List<T> open(Collection<Owned<T>> records);

        default <T> Optional<T> open(Owned<T> record) {
            return open(List.of(record)).stream().findFirst();
        }
    }

    /**
     * For a disclosure that leaves the agencies' record systems (a notification to the reader's agency):
     * only where a valid consent covers the owner, the reader and the category, the owner's own reading
     * included — an owner needs a consent naming it and some partner.
     */
    public <T> Optional<T> openUnderConsent(Reading reading, Owned<T> record) {
        Agency reader = reading.reader();
        Optional<GateDecision> permit = reading.sharingEnded() ? Optional.empty() : record.owners().stream()
                .flatMap(owner -> (record.owners().contains(reader) ? partnersOf(owner) : List.of(reader)).stream()
                        .map(partner -> gate.check(question(reading, owner, partner, record.category()))))
                .filter(decision -> decision.verdict() == ShareVerdict.PERMIT_CONSENT)
                .findFirst();
        permit.ifPresent(decision -> trail.record(disclosure(reading, decision)));
        return permit.map(decision -> record.content());
    }

    private static List<Agency> partnersOf(Agency owner) {
        return Arrays.stream(Agency.values()).filter(agency -> agency != owner).toList();
    }

    private static ShareQuestion question(Reading reading, Agency owner, Agency reader, InformationCategory category) {
        return new ShareQuestion(reading.municipality(), reading.youthRef(), owner, reader, category);
    }

    private static AuditEntry disclosure(Reading reading, GateDecision decision) {
        return new AuditEntry(reading.youthRef(), reading.actor(), reading.reader(), reading.municipality(),
                AuditAction.READ, reading.resource(), reading.purpose(), LegalBasis.CONSENT, decision.consentId(),
                decision.consentVersion());
    }

    /** The gate asked once per owner and category within one read; the consents the read relied on, for its audit. */
    private final class Decisions implements Opener {

        private final Reading reading;
        private final Map<Agency, Map<InformationCategory, GateDecision>> asked = new EnumMap<>(Agency.class);
        private final Map<UUID, GateDecision> reliedOn = new LinkedHashMap<>();

        Decisions(Reading reading) {
            this.reading = reading;
        }

        @Override
        public <T> List<T> open(Collection<Owned<T>> records) {
            List<T> shown = new ArrayList<>();
            for (Owned<T> record : records) {
                if (mayOpen(record)) {
                    shown.add(record.content());
                }
            }
            return shown;
        }

        private boolean mayOpen(Owned<?> record) {
            if (record.owners().contains(reading.reader())) {
                return true;
            }
            if (reading.sharingEnded()) {
                return false;
            }
            for (Agency owner : record.owners()) {
                GateDecision decision = asked.computeIfAbsent(owner, any -> new EnumMap<>(InformationCategory.class))
                        .computeIfAbsent(record.category(), category ->
                        gate.check(question(reading, owner, reading.reader(), category)));
                if (!decision.permitted()) {
                    return false;
                }
            }
            record.owners().forEach(owner -> {
                GateDecision decision = asked.get(owner).get(record.category());
                reliedOn.putIfAbsent(decision.consentId(), decision);
            });
            return true;
        }

        void audit() {
            reliedOn.values().forEach(decision -> trail.record(disclosure(reading, decision)));
        }
    }
}
