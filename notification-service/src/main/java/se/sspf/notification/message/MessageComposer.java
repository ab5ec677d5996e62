package se.sspf.notification.message;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.sspf.contracts.Agency;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.Message;
import se.sspf.notification.domain.MessageTemplates;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.names.YouthNames;
import se.sspf.platform.caseview.CaseRecord;

/**
 * Writes a notice for the people of one agency, asking case-service for the youth's name at this
 * moment: at dispatch for the in-app inbox, at every attempt for e-mail and webhooks — so a retry or
 * a redelivery after a revocation carries no name.
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
        String name = notice.kind().mayName() ? youthNames.nameFor(caseRecord, agency).orElse(null) : null;
        String link = linkTo(caseRecord);
        return new Composed(caseRecord, MessageTemplates.render(notice, caseRecord.caseCode(), name, language, link), name, link);
    }

    /** The message without a name, as lists of deliveries show it. */
    public Message nameless(Notice notice, CaseRecord caseRecord, Language language) {
        return MessageTemplates.render(notice, caseRecord.caseCode(), null, language, linkTo(caseRecord));
    }

    private String linkTo(CaseRecord caseRecord) {
        return webUrl + "/cases/" + caseRecord.caseId();
    }
}
