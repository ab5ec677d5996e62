package se.sspf.notification.domain;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;

/** A participant of the case; an invited person (no agency) has no account to notify. */
public record Member(String ref, @Nullable Agency agency, String role) {

    boolean coordinator() {
        return "COORDINATOR".equals(role);
    }

    /** The navigator (lots) follows up every action of the case and is the family's one contact. */
    boolean navigator() {
        return "NAVIGATOR".equals(role);
    }
}
