package se.sspf.consent.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.consent.access.ConsentAccess;
import se.sspf.consent.publication.ConsentPublication;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.platform.audit.AuditEntry;
import se.sspf.platform.audit.AuditTrail;
import se.sspf.platform.consentrules.ShareDecision;
import se.sspf.platform.consentrules.ShareQuestion;
import se.sspf.platform.consentrules.ShareRules;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * DecideShare: the authoritative answer, from this service's own committed records, by the same
 * rule every gate applies to its view. A permit under consent is audited (who asked, for what,
 * relying on which consent) in the same transaction, so no permit leaves unrecorded.
 */
@Service
@RequiredArgsConstructor
public class ShareDecisions {

    private final ConsentPublication publication;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public List<Decided> decide(Caller caller, List<Question> questions) {
        ConsentAccess.requireDecider(caller);
        if (questions.stream().anyMatch(question -> question.readerAgency() != caller.agency())) {
            throw ApiProblem.forbidden("a share decision is asked by the reading agency itself");
        }
        return transaction.execute(status -> {
            Map<String, ConsentState> states = new HashMap<>();
            List<Decided> answers = questions.stream().map(question -> {
                ShareQuestion asked = new ShareQuestion(caller.municipality(), question.youthRef(),
                        question.ownerAgency(), question.readerAgency(), question.category());
                ConsentState state = states.computeIfAbsent(question.youthRef(),
                        youth -> publication.stateOf(caller.municipality(), youth));
                Instant now = clock.instant();
                ShareDecision decision = ShareRules.decide(state, asked, now);
                return new Decided(decision.permitted(), decision.verdict(), decision.consentId(),
                        decision.consentVersion(), now);
            }).toList();
            // Audited after deciding, so that the youth's audit chain is locked for the appends only.
            for (int i = 0; i < answers.size(); i++) {
                Decided answer = answers.get(i);
                Question question = questions.get(i);
                if (answer.verdict() == ShareVerdict.PERMIT_CONSENT) {
                    audit.record(new AuditEntry(question.youthRef(), caller.subject(), caller.agency(),
                            caller.municipality(), AuditAction.READ,
                            "share/" + question.ownerAgency() + "/" + question.category(),
                            "share decision for " + question.readerAgency(), LegalBasis.CONSENT, answer.consentId(),
                            answer.consentVersion()));
                }
            }
            return answers;
        });
    }

    /** A question as asked over the API: the caller's municipality is the token's. */
    public record Question(String youthRef, se.sspf.contracts.Agency ownerAgency, se.sspf.contracts.Agency readerAgency,
                           se.sspf.contracts.InformationCategory category) {
    }

    /** The answer, naming the consent and version it relied on. */
    public record Decided(boolean permitted, ShareVerdict verdict, java.util.UUID consentId, Integer consentVersion,
                          Instant decidedAt) {
    }
}
