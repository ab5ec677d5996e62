package se.sspf.e2e;

import java.util.EnumSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/**
 * One case the sweep reads, in one consent situation: its ids for the sweep's parameters, and what a
 * valid consent of this very case covers now (nothing once revoked, expired or torn up by the closing).
 */
@RequiredArgsConstructor
final class SweptCase {

    /**
     * A well-formed id that names nothing: for a parameter the situation has no record of (no consent yet, no plan).
     */
    static final String NOTHING = "00000000-0000-4000-8000-000000000000";

    private final Situation situation;
    private final String caseId;
    private final String youthRef;
    private final Set<Agency> coveredAgencies = EnumSet.noneOf(Agency.class);
    private final Set<InformationCategory> coveredCategories = EnumSet.noneOf(InformationCategory.class);
    private String consentId = NOTHING;
    private String meetingId = NOTHING;
    private String actionId = NOTHING;
    private String groupId = NOTHING;
    private String groupMeetingId = NOTHING;

    Situation situation() {
        return situation;
    }

    String caseId() {
        return caseId;
    }

    String youthRef() {
        return youthRef;
    }

    String consentId() {
        return consentId;
    }

    String meetingId() {
        return meetingId;
    }

    String actionId() {
        return actionId;
    }

    /** The working group and its meeting the sweep reads about this case (registered there when it has a consent). */
    String groupId() {
        return groupId;
    }

    String groupMeetingId() {
        return groupMeetingId;
    }

    void groupMeetingHeld(String group, String meeting) {
        groupId = group;
        groupMeetingId = meeting;
    }

    void consentRegistered(String id) {
        consentId = id;
    }

    void meetingScheduled(String id) {
        meetingId = id;
    }

    void actionAgreed(String id) {
        actionId = id;
    }

    void consentInForce(Set<Agency> agencies, Set<InformationCategory> categories) {
        coveredAgencies.addAll(agencies);
        coveredCategories.addAll(categories);
    }

    /** Revoked, expired, or torn up by the closing: nothing is shared any more. */
    void consentEnded() {
        coveredAgencies.clear();
        coveredCategories.clear();
    }

    Set<Agency> coveredAgencies() {
        return Set.copyOf(coveredAgencies);
    }

    Set<InformationCategory> coveredCategories() {
        return Set.copyOf(coveredCategories);
    }

    boolean consentCovers(Agency owner, Agency reader, InformationCategory category) {
        return coveredAgencies.contains(owner) && coveredAgencies.contains(reader)
                && coveredCategories.contains(category);
    }

    boolean hasConsentOfItsOwn() {
        return !NOTHING.equals(consentId);
    }
}
