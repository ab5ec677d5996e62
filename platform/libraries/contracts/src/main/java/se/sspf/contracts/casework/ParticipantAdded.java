package se.sspf.contracts.casework;

import java.util.UUID;

import se.sspf.contracts.Agency;

/**
 * Somebody joined the case. An invited person (no agency) has no professional duty of confidentiality.
 *
 * @param participantRef the user's opaque id, or an invited person's pseudonymous reference
 */
public record ParticipantAdded(UUID caseId, String municipality, String participantRef, Agency agency,
                               String role) implements CaseEvent {
}
