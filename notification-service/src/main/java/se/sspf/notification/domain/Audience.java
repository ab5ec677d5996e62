package se.sspf.notification.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;

/**
 * Who hears a notice: users of the case (in-app and e-mail) and agencies (their systems, by webhook).
 * Only participants with an agency: a person the family invited has no account here.
 */
public record Audience(List<Member> users, Set<Agency> agencies) {

    /** These members; all of the case for the notices everybody hears. */
    public static Audience of(Collection<Member> members) {
        List<Member> users = members.stream().filter(member -> member.agency() != null).distinct()
                .sorted(Comparator.comparing(Member::ref)).toList();
        Set<Agency> agencies = users.stream().map(Member::agency)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Agency.class)));
        return new Audience(users, agencies);
    }

    /** The case's coordinators, who renew a consent. */
    public static Audience coordinators(List<Member> members) {
        return of(members.stream().filter(Member::coordinator).toList());
    }

    /** The named participants. */
    public static Audience named(List<Member> members, Collection<String> refs) {
        return of(members.stream().filter(member -> refs.contains(member.ref())).toList());
    }

    /** The one person named responsible, or else everybody of the agency answerable. */
    public static Audience responsible(List<Member> members, Agency agency, @Nullable String ref) {
        List<Member> named = members.stream()
                .filter(member -> member.agency() == agency && member.ref().equals(ref))
                .toList();
        if (!named.isEmpty()) {
            return of(named);
        }
        Audience ofAgency = of(members.stream().filter(member -> member.agency() == agency).toList());
        // The agency's system hears of it even when nobody of the agency takes part yet.
        return new Audience(ofAgency.users(), EnumSet.of(agency));
    }

    /**
     * An action's reminder (due soon, overdue): those {@link #responsible} for it and the case's navigators, who
     * follow up every action; each person once. The agencies' systems are the answerable agency's only.
     */
    public static Audience reminded(List<Member> members, Agency agency, @Nullable String ref) {
        Audience responsible = responsible(members, agency, ref);
        List<Member> users = Stream.concat(responsible.users().stream(), members.stream().filter(Member::navigator))
                .toList();
        return new Audience(of(users).users(), responsible.agencies());
    }
}
