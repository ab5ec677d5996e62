package se.sspf.notification.dispatch;

import java.util.List;

import se.sspf.notification.domain.Member;
import se.sspf.platform.caseview.CaseRecord;

/** The case view's participants as the notices' domain knows them. */
final class Members {

    private Members() {
    }

    static List<Member> of(CaseRecord caseRecord) {
        return caseRecord.members().stream()
                .map(member -> new Member(member.ref(), member.agency(), member.role()))
                .toList();
    }
}
