package se.sspf.notification.message;

import org.jspecify.annotations.Nullable;
import se.sspf.notification.domain.Message;
import se.sspf.platform.caseview.CaseRecord;

/**
 * A message as it may go to one agency's people now.
 *
 * @param youthName the name it carries, or null
 */
public record Composed(CaseRecord caseRecord, Message message, @Nullable String youthName, String link) {
}
