package se.sspf.casework.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.Participant;
import se.sspf.casework.domain.SspfCase;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.casework.CaseStatus;
import se.sspf.contracts.casework.RiskIndicator;

/**
 * A case as the API shows it: pseudonymous; the identity has an endpoint of its own. Social services'
 * reasons for deciding and closing are its own records and are not shown to other agencies here.
 */
public record CaseView(UUID id, String caseCode, String youthRef, CaseStatus status, Set<RiskIndicator> riskIndicators,
                       Agency proposedBy, Instant proposedAt, UUID consentId, boolean identified,
                       List<ParticipantView> participants, ExpectedReturn expectedReturn, Boolean planFollowed,
                       Set<InformationCategory> sharedWithYou) {

    public record ParticipantView(String ref, Agency agency, String role, boolean dutyOfConfidentiality) {
    }

    /**
     * @param expectedReturn the expected return where the reader may see it (else null)
     * @param sharedWithYou  the categories the consent lets the reader see from the case's other agencies now:
     *                       the consent state that applies to the reader, never how much is withheld
     */
    public static CaseView of(SspfCase c, ExpectedReturn expectedReturn, Set<InformationCategory> sharedWithYou) {
        return new CaseView(c.id(), c.caseCode(), c.youthRef(), c.status(), c.riskIndicators(), c.proposedBy(),
                c.proposedAt(), c.consentId(), c.identified(), c.participants().stream().map(CaseView::viewOf).toList(),
                expectedReturn, c.planFollowed(), sharedWithYou);
    }

    private static ParticipantView viewOf(Participant participant) {
        return new ParticipantView(participant.ref(), participant.agency(), participant.role().name(),
                participant.dutyOfConfidentiality());
    }
}
