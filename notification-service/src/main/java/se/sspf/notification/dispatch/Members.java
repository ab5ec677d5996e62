package se.sspf.notification.dispatch;

import java.util.List;

import se.sspf.notification.domain.Member;
import se.sspf.platform.caseview.CaseRecord;

/** The case view's participants as the notices' domain knows them. */
public final class Members {

    private Members() {
    }

    public static List<Member> of(CaseRecord caseRecord) {
        return caseRecord.members().stream().map(member -> new Member(member.ref(), member.agency(), member.role())).toList();
    }
}
