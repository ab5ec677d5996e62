package se.sspf.notification.message;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.sspf.contracts.Agency;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.Message;
import se.sspf.notification.domain.MessageTemplates;
import se.sspf.notification.domain.Notice;
import se.sspf.platform.caseview.CaseRecord;

/**
 * Writes a notice for the people of one agency, asking case-service for the youth's name at this
 * moment: when the in-app inbox is read, at every attempt for e-mail and webhooks — so a message read,
 * retried or redelivered after a revocation carries no name.
 */
@Component
public class MessageComposer {

    private final YouthNames youthNames;
    private final String webUrl;

    MessageComposer(YouthNames youthNames, @Value("${sspf.notification.web-url}") String webUrl) {
        this.youthNames = youthNames;
        this.webUrl = webUrl;
    }

    public Composed compose(Notice notice, CaseRecord caseRecord, Agency agency, Language language) {
        return composeWith(notice, caseRecord, notice.kind().mayName() ? nameFor(caseRecord, agency) : null, language);
    }

    /** The youth's name as the agency's people may read it in a notification now, or null. */
    public @Nullable String nameFor(CaseRecord caseRecord, Agency agency) {
        return youthNames.nameFor(caseRecord, agency).orElse(null);
    }

    /** @param name the youth's name as {@link #nameFor} gave it now, or null */
    public Composed composeWith(Notice notice, CaseRecord caseRecord, @Nullable String name, Language language) {
        String link = linkTo(caseRecord);
        String shown = notice.kind().mayName() ? name : null;
        Message message = MessageTemplates.render(notice, caseRecord.caseCode(), shown, language, link);
        return new Composed(caseRecord, message, shown, link);
    }

    /** The message without a name, as lists of deliveries show it. */
    public Message nameless(Notice notice, CaseRecord caseRecord, Language language) {
        return MessageTemplates.render(notice, caseRecord.caseCode(), null, language, linkTo(caseRecord));
    }

    private String linkTo(CaseRecord caseRecord) {
        return webUrl + "/cases/" + caseRecord.caseId();
    }
}
