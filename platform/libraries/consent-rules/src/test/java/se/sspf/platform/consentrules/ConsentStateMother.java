package se.sspf.platform.consentrules;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;

/** Consent states for the rule tests: a valid consent between police and school about school and crime. */
final class ConsentStateMother {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final String MUNICIPALITY = "2380";
    static final String YOUTH = "Y-7Q2M9X4K";

    private ConsentStateMother() {
    }

    static ConsentState.Entry validForPoliceAndSchool() {
        return new ConsentState.Entry(UUID.randomUUID(), 1, UUID.randomUUID(), ConsentStatus.ACTIVE,
                Set.of(Agency.POLICE, Agency.SCHOOL, Agency.SOCIAL_SERVICES),
                Set.of(InformationCategory.SCHOOL_OCCUPATION, InformationCategory.CRIMINALITY),
                NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 30), ExpiryCause.VALID_UNTIL,
                NOW.minusSeconds(3_600));
    }

    static ConsentState.Entry withStatus(ConsentState.Entry entry, ConsentStatus status) {
        return new ConsentState.Entry(entry.consentId(), entry.version(), entry.caseId(), status, entry.agencies(),
                entry.categories(), entry.validFrom(), entry.expiresAt(), entry.expiryCause(), NOW);
    }

    static ConsentState.Entry validBetween(ConsentState.Entry entry, Instant from, Instant expiresAt,
            ExpiryCause cause) {
        return new ConsentState.Entry(entry.consentId(), entry.version(), entry.caseId(), entry.status(),
                entry.agencies(), entry.categories(), from, expiresAt, cause, entry.changedAt());
    }

    static ConsentState stateOf(ConsentState.Entry... entries) {
        return new ConsentState(YOUTH, MUNICIPALITY, List.of(entries));
    }
}
