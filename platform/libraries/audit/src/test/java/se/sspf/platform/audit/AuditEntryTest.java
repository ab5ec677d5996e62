package se.sspf.platform.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;

class AuditEntryTest {

    @Test
    void anAccessUnderConsentMustNameTheConsentAndItsVersion() {
        assertThatThrownBy(() -> new AuditEntry("Y-ABCDEF12", "officer-1", Agency.POLICE, "2380", AuditAction.READ,
                "case/1", "meeting", LegalBasis.CONSENT, UUID.randomUUID(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consent and its version");
    }

    @Test
    void anAccessToOwnRecordsNamesNoConsent() {
        assertThatThrownBy(() -> new AuditEntry("Y-ABCDEF12", "teacher-1", Agency.SCHOOL, "2380", AuditAction.READ,
                "case/1", "meeting", LegalBasis.OWN_AGENCY_RECORD, UUID.randomUUID(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryWithoutAPurposeIsRefused() {
        assertThatThrownBy(() -> new AuditEntry("Y-ABCDEF12", "teacher-1", Agency.SCHOOL, "2380", AuditAction.READ,
                "case/1", null, LegalBasis.OWN_AGENCY_RECORD, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("purpose");
    }
}
