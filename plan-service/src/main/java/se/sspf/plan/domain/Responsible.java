package se.sspf.plan.domain;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;

/**
 * Who carries out an action: a person, as the family will read it on the plan, and the agency
 * answerable for it.
 *
 * @param participantRef the person's user id when they take part in the case (for reminders); may be null
 */
public record Responsible(String person, Agency agency, @Nullable String participantRef) {
}
