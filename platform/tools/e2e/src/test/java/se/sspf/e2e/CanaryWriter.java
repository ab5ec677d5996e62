package se.sspf.e2e;

import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FirstAgreement;
import se.sspf.testsupport.SampleForms;
import tools.jackson.databind.JsonNode;

/**
 * Sets up the sweep's cases through the gateway, each agency writing a unique marker into every
 * free-text field it can write: the proposal's case, the journal, the consent form, the identity,
 * a meeting with its minutes, the action plan with a report of progress, the revocation and the closing.
 */
@RequiredArgsConstructor
final class CanaryWriter {

    static final Set<Agency> FOUR = EnumSet.of(Agency.SCHOOL, Agency.SOCIAL_SERVICES, Agency.POLICE, Agency.LEISURE);
    static final Set<InformationCategory> ALL_CATEGORIES = EnumSet.allOf(InformationCategory.class);
    private static final Map<Agency, String> WRITER = Map.of(Agency.SCHOOL, "skola", Agency.SOCIAL_SERVICES, "soc",
            Agency.POLICE, "polis", Agency.LEISURE, "fritid");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CountedGateway gateway;
    private final List<Marker> markers = new ArrayList<>();
    /** The working group whose meeting every case of this writer is read through. */
    private GroupMeeting groupMeeting;

    private record GroupMeeting(String groupId, String meetingId) {
    }

    List<Marker> markers() {
        return List.copyOf(markers);
    }

    SweptCase write(Situation situation) {
        SweptCase swept = proposeAndStaff(situation);
        journal(swept);
        switch (situation) {
            case NO_CONSENT_YET -> { }
            case CONSENT_NOT_COVERING -> consent(swept, EnumSet.of(Agency.SCHOOL, Agency.SOCIAL_SERVICES),
                    EnumSet.of(InformationCategory.SCHOOL_OCCUPATION, InformationCategory.HEALTH), false);
            case CONSENT_EXPIRED -> consent(swept, FOUR, ALL_CATEGORIES, true);
            case CONSENT_REGISTERED_ON_ANOTHER_CASE -> consentOnAnotherCaseNaming(swept);
            default -> consent(swept, FOUR, ALL_CATEGORIES, false);
        }
        GroupMeeting held = groupMeeting();
        swept.groupMeetingHeld(held.groupId(), held.meetingId());
        if (swept.hasConsentOfItsOwn()) {
            identity(swept);
            meeting(swept);
            registerForTheGroupMeeting(swept);
            plan(swept);
        }
        if (situation == Situation.CONSENT_REVOKED) {
            revoke(swept);
        }
        if (situation == Situation.CASE_CLOSED) {
            close(swept);
        }
        return swept;
    }

    /** The school proposes; social services offers SSPF and brings in the police and the leisure services. */
    private SweptCase proposeAndStaff(Situation situation) {
        ApiClient.Response proposed = expect(201,
                gateway.post("skola", "/api/cases", Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE"))));
        SweptCase swept = new SweptCase(situation, proposed.text("id"), proposed.text("youthRef"));
        String path = "/api/cases/" + swept.caseId();
        expect(200, gateway.post("soc", path + "/decision", Map.of("offered", true,
                "reason", unread(swept, Agency.SOCIAL_SERVICES, "case decision.reason"))));
        expect(200, gateway.post("soc", path + "/participants",
                Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")));
        expect(200, gateway.post("soc", path + "/participants",
                Map.of("ref", "fritid", "agency", "LEISURE", "role", "STAFF")));
        return swept;
    }

    private void journal(SweptCase swept) {
        journalEntry(swept, Agency.SCHOOL, InformationCategory.SCHOOL_OCCUPATION);
        journalEntry(swept, Agency.SCHOOL, InformationCategory.OTHER);
        journalEntry(swept, Agency.SOCIAL_SERVICES, InformationCategory.HEALTH);
        journalEntry(swept, Agency.POLICE, InformationCategory.CRIMINALITY);
        journalEntry(swept, Agency.LEISURE, InformationCategory.LEISURE);
    }

    private void journalEntry(SweptCase swept, Agency writer, InformationCategory category) {
        expect(201, gateway.post(WRITER.get(writer), "/api/cases/" + swept.caseId() + "/journal",
                Map.of("category", category, "text", gated(swept, writer, "journal entry.text", category))));
    }

    private void consent(SweptCase swept, Set<Agency> agencies, Set<InformationCategory> categories, boolean expired) {
        ConsentForms.FreeText text = new ConsentForms.FreeText(consentText(swept, "consent terms.handler.name",
                agencies), consentText(swept, "consent terms.signedFormRef", agencies),
                consentText(swept, "consent terms.invitedPersons.role", agencies));
        Map<String, Object> form = expired
                ? ConsentForms.turnedEighteenYesterday(swept.caseId(), swept.youthRef(), agencies, categories, text)
                : ConsentForms.fifteenYearOld(swept.caseId(), swept.youthRef(), agencies, categories, text);
        swept.consentRegistered(expect(201, gateway.post("soc", "/api/consents", form)).text("id"));
        if (!expired) {
            swept.consentInForce(agencies, categories);
        }
        String path = "/api/cases/" + swept.caseId();
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(gateway.get("soc", path).text("status")));
        awaitTheGateSeesTheConsent(swept);
    }

    /**
     * Case X's consent naming case W's youth (the swept case): refused by the contract; where stored, it must not open
     * W.
     */
    private void consentOnAnotherCaseNaming(SweptCase swept) {
        ApiClient.Response other = expect(201, gateway.post("skola", "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE"))));
        expect(200, gateway.post("soc", "/api/cases/" + other.text("id") + "/decision",
                Map.of("offered", true, "reason", "passar SSPF")));
        gateway.post("soc", "/api/consents", ConsentForms.fifteenYearOld(other.text("id"), swept.youthRef(), FOUR,
                ALL_CATEGORIES, ConsentForms.FreeText.plain()));
    }

    private void identity(SweptCase swept) {
        String name = marker(Agency.SOCIAL_SERVICES, "identity.name");
        markers.add(new Marker(name, "identity.name", Agency.SOCIAL_SERVICES, InformationCategory.OTHER, Set.of(),
                Set.of(Agency.SOCIAL_SERVICES), true, true, swept));
        LocalDate born = swept.situation() == Situation.CONSENT_EXPIRED ? ConsentForms.TURNED_EIGHTEEN_YESTERDAY
                : ConsentForms.FIFTEEN_YEAR_OLD_BORN;
        expect(204, gateway.put("soc", "/api/cases/" + swept.caseId() + "/identity",
                Map.of("name", name, "personalIdentityNumber", SampleForms.personalIdentityNumberBornOn(born)),
                Map.of()));
    }

    /** Social services schedules, inviting whom the consent lets it invite; the police writes the minutes. */
    private void meeting(SweptCase swept) {
        List<String> invitees = new ArrayList<>();
        Set<Agency> seeThePlace = EnumSet.of(Agency.SOCIAL_SERVICES);
        for (Agency agency : List.of(Agency.SCHOOL, Agency.POLICE, Agency.LEISURE)) {
            // case-service invites an agency the consent lets the inviting agency share anything with.
            if (swept.coveredAgencies().containsAll(Set.of(agency, Agency.SOCIAL_SERVICES))) {
                invitees.add(WRITER.get(agency));
                seeThePlace.add(agency);
            }
        }
        String place = marker(Agency.SOCIAL_SERVICES, "meeting place");
        // The invitation (time, place, invitees) is for the invitees, whatever the consent covers: visible by design.
        markers.add(new Marker(place, "meeting place", Agency.SOCIAL_SERVICES, InformationCategory.OTHER, Set.of(),
                seeThePlace, true, false, swept));
        String path = "/api/cases/" + swept.caseId() + "/meetings";
        String meetingId = expect(201, gateway.post("soc", path,
                Map.of("scheduledFor", Instant.now().plus(Duration.ofDays(7)).toString(), "place", place, "invitees",
                invitees, "familyInvited", false, "individual",
                List.of(gated(swept, Agency.SOCIAL_SERVICES, "meeting agenda.individual", InformationCategory.OTHER)),
                "general", List.of(gated(swept, Agency.SOCIAL_SERVICES, "meeting agenda.general",
                InformationCategory.OTHER))))).text("id");
        swept.meetingScheduled(meetingId);
        // The police writes the minutes where it was invited (only an invitee sees the meeting), else social services.
        Agency minuted = seeThePlace.contains(Agency.POLICE) ? Agency.POLICE : Agency.SOCIAL_SERVICES;
        expect(200, gateway.post(WRITER.get(minuted), path + "/" + meetingId + "/minutes", Map.of(
                "text", gated(swept, minuted, "meeting minutes.text", InformationCategory.OTHER),
                "decisions", List.of(Map.of(
                        "what", gated(swept, minuted, "meeting decision.what", InformationCategory.OTHER),
                        "why", gated(swept, minuted, "meeting decision.why", InformationCategory.OTHER),
                        "who", gated(swept, minuted, "meeting decision.who", InformationCategory.OTHER))))));
    }

    /**
     * Social services forms a working group of the four agencies and calls its meeting, once for all the writer's
     * cases: each reader then reads every case's registration through the same meeting.
     */
    private GroupMeeting groupMeeting() {
        if (groupMeeting == null) {
            List<Map<String, String>> members = new ArrayList<>();
            WRITER.forEach((agency, user) -> members.add(Map.of("ref", user, "agency", agency.name(), "role",
                    agency == Agency.SOCIAL_SERVICES ? "CONVENER" : "MEMBER")));
            String groupId = expect(201, gateway.post("soc", "/api/groups", Map.of("kind", "WORKING", "name",
                    "Arbetsgruppen", "meetingIntervalDays", 14, "registrationDeadlineDays", 1, "members",
                    members))).text("id");
            String meetingId = expect(201, gateway.post("soc", "/api/groups/" + groupId + "/meetings", Map.of(
                    "scheduledFor", Instant.now().plus(Duration.ofDays(7)).toString(), "place", "Stadshuset",
                    "general", List.of("Valborg närmar sig")))).text("id");
            groupMeeting = new GroupMeeting(groupId, meetingId);
        }
        return groupMeeting;
    }

    /** The case on the working group meeting's individual part: its own meeting there, seen by its participants. */
    private void registerForTheGroupMeeting(SweptCase swept) {
        expect(201, gateway.post("soc", "/api/groups/" + swept.groupId() + "/meetings/" + swept.groupMeetingId()
                + "/cases", Map.of("caseId", swept.caseId())));
    }

    /** Social services' coordinator agrees the plan, one row per agency; the police reports progress on its row. */
    private void plan(SweptCase swept) {
        List<Map<String, Object>> rows = List.of(
                row(swept, InformationCategory.SCHOOL_OCCUPATION, Agency.SCHOOL),
                row(swept, InformationCategory.HEALTH, Agency.SOCIAL_SERVICES),
                row(swept, InformationCategory.CRIMINALITY, Agency.POLICE),
                row(swept, InformationCategory.LEISURE, Agency.LEISURE));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("agreedOn", ConsentForms.TODAY.toString());
        plan.put("present", List.of(planHeader(swept, "plan present")));
        plan.put("mainGoal", planHeader(swept, "plan mainGoal"));
        plan.put("actions", rows);
        plan.put("commitments", List.of(
                Map.of("area", "HEALTH", "text", gated(swept, Agency.SOCIAL_SERVICES, "plan commitment.text",
                InformationCategory.HEALTH)), Map.of("area", "LEISURE", "text",
                gated(swept, Agency.SOCIAL_SERVICES, "plan commitment.text", InformationCategory.LEISURE))));
        String place = marker(Agency.SOCIAL_SERVICES, "plan followUp.place");
        // Closing the case closes its plan, which then has no next follow-up to show.
        markers.add(new Marker(place, "plan followUp.place", Agency.SOCIAL_SERVICES, InformationCategory.OTHER,
                Set.of(), Set.of(Agency.SOCIAL_SERVICES), swept.situation() != Situation.CASE_CLOSED, false, swept));
        plan.put("followUp", Map.of("date", ConsentForms.TODAY.plusWeeks(6).toString(), "time", "14:00", "place",
                place));
        plan.put("acuteContact", planHeader(swept, "plan acuteContact"));
        ApiClient.Response agreed = expect(201,
                FirstAgreement.onceTheCaseIsActive(() -> gateway.post("soc", "/api/plans/" + swept.caseId(), plan)));
        String policeGoal = (String) rows.get(2).get("goal");
        for (JsonNode area : agreed.json().path("areas")) {
            for (JsonNode action : area.path("actions")) {
                if (policeGoal.equals(action.path("goal").asString())) {
                    swept.actionAgreed(action.path("id").asString());
                }
            }
        }
        String note = marker(Agency.POLICE, "plan action status.note");
        markers.add(new Marker(note, "plan action status.note", Agency.POLICE, InformationCategory.CRIMINALITY,
                Set.of(Agency.SOCIAL_SERVICES), Set.of(Agency.POLICE), true, false, swept));
        expect(200, gateway.put("polis", "/api/plans/" + swept.caseId() + "/actions/" + swept.actionId() + "/status",
                Map.of("status", "IN_PROGRESS", "note", note), Map.of("If-Match", agreed.etag())));
    }

    /**
     * A row social services wrote: the agency responsible always sees it; others while the consent covers both and the
     * area.
     */
    private Map<String, Object> row(SweptCase swept, InformationCategory area, Agency responsible) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", area);
        row.put("goal", planRow(swept, "plan action.goal", area, responsible));
        row.put("actions", planRow(swept, "plan action.actions", area, responsible));
        row.put("dueOn", ConsentForms.TODAY.plusDays(20).toString());
        row.put("step", 1);
        row.put("documentation", planRow(swept, "plan action.documentation", area, responsible));
        row.put("responsible", Map.of("person", planRow(swept, "plan action.responsible.person", area, responsible),
                "agency", responsible, "participantRef", WRITER.get(responsible)));
        return row;
    }

    private String planRow(SweptCase swept, String field, InformationCategory area, Agency responsible) {
        String text = marker(Agency.SOCIAL_SERVICES, field);
        Set<Agency> answerable = responsible == Agency.SOCIAL_SERVICES ? Set.of() : Set.of(responsible);
        Set<Agency> seenRegardless = new HashSet<>(answerable);
        seenRegardless.add(Agency.SOCIAL_SERVICES);
        markers.add(new Marker(text, field, Agency.SOCIAL_SERVICES, area, answerable, seenRegardless, true, false,
                swept));
        return text;
    }

    /** The plan's header speaks of the whole youth: category OTHER. */
    private String planHeader(SweptCase swept, String field) {
        return gated(swept, Agency.SOCIAL_SERVICES, field, InformationCategory.OTHER);
    }

    private void revoke(SweptCase swept) {
        expect(200, gateway.post("soc", "/api/consents/" + swept.consentId() + "/revocation",
                Map.of("revokedBy", "GUARDIAN", "guardianRef", "G-MOTHER01", "reason",
                consentText(swept, "consent revocation.reason", FOUR))));
        swept.consentEnded();
        awaitTheGateSeesTheConsent(swept);
    }

    private void close(SweptCase swept) {
        expect(200, gateway.post("soc", "/api/cases/" + swept.caseId() + "/closing", Map.of("planFollowed", false,
                "reason", unread(swept, Agency.SOCIAL_SERVICES, "case closing.reason"))));
        swept.consentEnded();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "TORN_UP".equals(gateway.get("soc", "/api/consents/" + swept.consentId()).text("status")));
        awaitTheGateSeesTheConsent(swept);
    }

    /**
     * The consent state reaches the gates over Kafka: wait until case-service tells social services what it shares now.
     */
    private void awaitTheGateSeesTheConsent(SweptCase swept) {
        Set<String> expected = new HashSet<>();
        if (swept.coveredAgencies().contains(Agency.SOCIAL_SERVICES) && swept.coveredAgencies().size() > 1) {
            swept.coveredCategories().forEach(category -> expected.add(category.name()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Set<String> shared = new HashSet<>();
            gateway.get("soc", "/api/cases/" + swept.caseId()).json().path("sharedWithYou")
                    .forEach(c -> shared.add(c.asString()));
            return shared.equals(expected);
        });
    }

    /** Gated: the owner reads it; another agency while a valid consent of the case covers both and the category. */
    private String gated(SweptCase swept, Agency owner, String field, InformationCategory category) {
        String text = marker(owner, field);
        markers.add(new Marker(text, field, owner, category, Set.of(), Set.of(owner), true, false, swept));
        return text;
    }

    /** The consent form is read by the participants of the agencies it names, whatever it covers now: by design. */
    private String consentText(SweptCase swept, String field, Set<Agency> named) {
        String text = marker(Agency.SOCIAL_SERVICES, field);
        markers.add(new Marker(text, field, Agency.SOCIAL_SERVICES, InformationCategory.OTHER, Set.of(), named, true,
                false, swept));
        return text;
    }

    /**
     * Social services' reasons for deciding and closing: its own records, shown by no GET (the case view has no
     * reasons).
     */
    private String unread(SweptCase swept, Agency owner, String field) {
        String text = marker(owner, field);
        markers.add(new Marker(text, field, owner, InformationCategory.OTHER, Set.of(), Set.of(owner), false, false,
                swept));
        return text;
    }

    private static String marker(Agency owner, String field) {
        String slug = field.replaceAll("[^A-Za-z]+", "-");
        return "CANARY-" + owner + "-" + slug + "-" + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36);
    }

    static ApiClient.Response expect(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
