package se.sspf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.plan.PlanRequests.COORDINATOR;
import static se.sspf.plan.PlanRequests.MEMBERS;
import static se.sspf.plan.PlanRequests.MUNICIPALITY;
import static se.sspf.plan.PlanRequests.OFFICER;
import static se.sspf.plan.PlanRequests.TEACHER;
import static se.sspf.plan.PlanRequests.action;
import static se.sspf.plan.PlanRequests.appointment;
import static se.sspf.plan.PlanRequests.check;
import static se.sspf.plan.PlanRequests.commitment;
import static se.sspf.plan.PlanRequests.continuing;
import static se.sspf.plan.PlanRequests.followUp;
import static se.sspf.plan.PlanRequests.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.ContractSchemas;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanWalkTest extends WithTheOtherServices {

    private static final LocalDate TODAY = LocalDate.now(SwedishTime.ZONE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired JdbcClient jdbc;

    @Test
    void aPlanIsAgreedRevisedFollowedUpAndClosedAndItsHistoryStaysReadable() {
        CaseServiceEvents.TestCase testCase = withConsent();
        String path = "/api/plans/" + testCase.id();

        ApiClient.Response agreement = agree(path, firstPlan(TODAY));
        JsonNode agreed = agreement.json();
        assertThat(agreed.path("version").asInt()).isEqualTo(1);
        assertThat(agreed.path("header").path("mainGoal").asString())
                .isEqualTo("Kim ska sluta med sitt kriminella beteende");
        assertThat(agreed.path("areas")).as("the author sees all seven areas").hasSize(7);
        String school = actionId(agreed, "Gå i skolan varje dag");
        String police = actionId(agreed, "Inga nya brott");
        String health = actionId(agreed, "Minska cannabisbruket");
        String leisure = actionId(agreed, "En meningsfull fritid");
        assertThat(api.post(COORDINATOR, path, firstPlan(TODAY)).json().path("type").asString())
                .endsWith("plan-exists");

        ApiClient.Response started = expect(200, api.put(TEACHER, path + "/actions/" + school + "/status",
                Map.of("status", "IN_PROGRESS", "note", "mentor ringer"), ifMatch(agreement)));
        ApiClient.Response notTheirs = api.put(OFFICER, path + "/actions/" + school + "/status",
                Map.of("status", "DONE"), ifMatch(started));
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.contentType()).startsWith("application/problem+json");
        assertThat(api.put(TEACHER, path + "/actions/" + school + "/status", Map.of("status", "DONE"), Map.of())
                .status())
                .as("a change names the version it read").isEqualTo(428);
        assertThat(api.put(TEACHER, path + "/actions/" + school + "/status", Map.of("status", "DONE"),
                ifMatch(agreement)).status())
                .as("somebody changed it since").isEqualTo(412);

        Map<String, Object> revision = plan(TODAY, List.of(
                continuing(school, action("SCHOOL_OCCUPATION", "Gå i skolan varje dag",
                "Mentorn ringer hem och skolan ordnar studiestöd",
                        "Anna Berg", Agency.SCHOOL, "teacher-anna", TODAY.plusDays(40), 1)),
                continuing(health, healthRow(TODAY)),
                action("ECONOMY", "Betala av skadeståndet", "Budget- och skuldrådgivning", "Sara Lind",
                Agency.SOCIAL_SERVICES,
                        "coordinator-sara", TODAY.plusDays(60), 2)), List.of());
        Map<String, Object> revise = followUp(1, TODAY,
                List.of(check(school, "CHANGED", "mer stöd behövs"), check(police, "DONE", "inga nya brott"),
                check(health, "NOT_DONE", "har inte börjat"), check(leisure, "DONE", "spelar innebandy")), "REVISE");
        revise.put("revision", revision);
        ApiClient.Response revision2 = expect(201,
                api.post(COORDINATOR, path + "/follow-ups", revise, ifMatch(started)));
        JsonNode revised = revision2.json();
        assertThat(revised.path("version").asInt()).isEqualTo(2);
        assertThat(status(revised, "Gå i skolan varje dag")).as("a changed action keeps where it stood")
                .isEqualTo("IN_PROGRESS");
        assertThat(status(revised, "Minska cannabisbruket")).as("not done, and kept: it starts again")
                .isEqualTo("PLANNED");
        assertThat(goals(revised)).containsExactlyInAnyOrder("Gå i skolan varje dag", "Minska cannabisbruket",
                "Betala av skadeståndet");

        assertThat(expect(200, api.get(COORDINATOR, path + "/versions")).json())
                .extracting(version -> version.path("version").asInt())
                .containsExactly(1, 2);
        JsonNode first = expect(200, api.get(COORDINATOR, path + "/versions/1")).json();
        assertThat(first.path("current").asBoolean()).isFalse();
        assertThat(goals(first)).contains("Inga nya brott", "En meningsfull fritid");
        assertThat(expect(200, api.get(COORDINATOR, path + "/follow-ups")).json().get(0).path("checks")).hasSize(4);
        assertThat(expect(200, api.get(COORDINATOR, path)).etag()).isEqualTo(revision2.etag());

        String economy = actionId(revised, "Betala av skadeståndet");
        Map<String, Object> carryOn = followUp(2, TODAY,
                List.of(check(school, "DONE", ""), check(health, "NOT_DONE", ""), check(economy, "NOT_DONE", "")),
                "CONTINUE");
        carryOn.put("nextFollowUp", appointment(TODAY.plusWeeks(4), "15:30", "Skolan"));
        ApiClient.Response continued = expect(201,
                api.post(COORDINATOR, path + "/follow-ups", carryOn, ifMatch(revision2)));
        assertThat(continued.json().path("header").path("followUp").path("place").asString()).isEqualTo("Skolan");
        assertThat(api.post(COORDINATOR, path + "/follow-ups", carryOn, ifMatch(revision2)).status())
                .as("the same follow-up sent again is not recorded twice").isEqualTo(412);
        ApiClient.Response moved = expect(200, api.put(COORDINATOR, path + "/follow-up",
                appointment(TODAY.plusWeeks(1), "08:15", "Socialkontoret"), ifMatch(continued)));
        assertThat(moved.json().path("header").path("followUp").path("date").asString())
                .isEqualTo(TODAY.plusWeeks(1).toString());

        Map<String, Object> close = followUp(2, TODAY, List.of(check(school, "DONE", ""), check(health, "DONE", ""),
                check(economy, "DONE", "")), "CLOSE");
        ApiClient.Response closed = expect(201, api.post(COORDINATOR, path + "/follow-ups", close, ifMatch(moved)));
        assertThat(closed.json().path("closed").asBoolean()).isTrue();
        assertThat(api.put(TEACHER, path + "/actions/" + school + "/status", Map.of("status", "IN_PROGRESS"),
                ifMatch(closed)).status())
                .isEqualTo(409);
        assertThat(api.put(COORDINATOR, path + "/follow-up", appointment(TODAY, "08:15", "Skolan"), ifMatch(closed))
                .status()).isEqualTo(409);

        List<ConsumerRecord<String, String>> events = planEvents(testCase, 15);
        assertThat(events).extracting(event -> typeOf(event)).containsExactly(
                "PlanAgreed", "ActionAssigned", "ActionAssigned", "ActionAssigned", "ActionAssigned",
                "FollowUpScheduled", "FollowUpRecorded", "PlanAgreed", "ActionAssigned", "ActionAssigned",
                "FollowUpScheduled", "FollowUpRecorded", "FollowUpScheduled", "FollowUpScheduled", "FollowUpRecorded");
        JsonNode closing = JSON.readTree(events.get(14).value()).path("data");
        assertThat(closing.path("decision").asString()).isEqualTo("CLOSE");
        assertThat(closing.path("planFollowed").asBoolean()).isTrue();
        for (ConsumerRecord<String, String> event : events) {
            EventType type = EventType.valueOf(upperSnake(typeOf(event)));
            assertThat(ContractSchemas.violations(type, event.value())).isEmpty();
            assertThat(event.value()).doesNotContain("Kim", "Anna Berg", "skolan", "Fritidsgården", "cannabis");
        }
        assertThat(jdbc.sql("select count(*) from sspf_audit.entry where resource like ? and action = 'READ'")
                .param("plan/" + testCase.id() + "%").query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void badInputIsRefusedByNameAndNothingIsStored() {
        CaseServiceEvents.TestCase testCase = withConsent();
        String path = "/api/plans/" + testCase.id();

        Map<String, Object> noGoal = new HashMap<>(firstPlan(TODAY));
        noGoal.remove("mainGoal");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.post(COORDINATOR, path, noGoal).status() == 400);
        assertThat(api.post(COORDINATOR, path, noGoal).body()).contains("mainGoal");

        Map<String, Object> dueBeforeAgreed = plan(TODAY,
                List.of(action("HEALTH", "Mål", "Gör", "Sara Lind", Agency.SOCIAL_SERVICES, null, TODAY.minusDays(1),
                1)), List.of());
        ApiClient.Response early = api.post(COORDINATOR, path, dueBeforeAgreed);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("due-after-agreement");

        Map<String, Object> strangerResponsible = plan(TODAY,
                List.of(action("HEALTH", "Mål", "Gör", "Olle", Agency.POLICE, "officer-olle", TODAY, 1)), List.of());
        assertThat(api.post(COORDINATOR, path, strangerResponsible).body()).contains("responsible-takes-part");

        Map<String, Object> unknownArea = plan(TODAY,
                List.of(action("SPORTS", "Mål", "Gör", "Sara", Agency.SOCIAL_SERVICES, null, TODAY, 1)), List.of());
        assertThat(api.post(COORDINATOR, path, unknownArea).status()).isEqualTo(400);
        assertThat(api.post(COORDINATOR, path, Map.of("agreedOn", "yesterday")).status()).isEqualTo(400);
        assertThat(api.post(TEACHER, path, firstPlan(TODAY)).status()).as("staff do not write the plan").isEqualTo(403);
        assertThat(api.get(COORDINATOR, path).status()).as("nothing was stored").isEqualTo(404);

        ApiClient.Response agreement = agree(path, firstPlan(TODAY));
        String school = actionId(agreement.json(), "Gå i skolan varje dag");
        ApiClient.Response unchecked = api.post(COORDINATOR, path + "/follow-ups",
                followUp(1, TODAY, List.of(check(school, "DONE", "")), "CLOSE"), ifMatch(agreement));
        assertThat(unchecked.status()).isEqualTo(400);
        assertThat(unchecked.body()).contains("every-action-checked-once");
        ApiClient.Response stale = api.post(COORDINATOR, path + "/follow-ups", followUp(7, TODAY, List.of(), "CLOSE"),
                ifMatch(agreement));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(expect(200, api.get(COORDINATOR, path)).json().path("closed").asBoolean()).isFalse();
        assertThat(expect(200, api.get(COORDINATOR, path + "/follow-ups")).json()).isEmpty();
        assertThat(expect(200, api.get(COORDINATOR, path + "/versions")).json()).hasSize(1);
    }

    @Test
    void overdueActionsShowInThePlanAndInTheAgencysList() {
        CaseServiceEvents.TestCase testCase = withConsent();
        String path = "/api/plans/" + testCase.id();
        LocalDate lastWeek = TODAY.minusDays(7);
        ApiClient.Response agreement = agree(path, plan(lastWeek, List.of(
                action("SCHOOL_OCCUPATION", "Läxhjälp", "Läxhjälp två dagar i veckan", "Anna Berg", Agency.SCHOOL,
                "teacher-anna", TODAY.minusDays(1), 1), action("SCHOOL_OCCUPATION", "Praktik", "Praktikplats i vår",
                "Anna Berg", Agency.SCHOOL, null, TODAY.plusDays(30), 2)), List.of()));
        JsonNode agreed = agreement.json();

        assertThat(agreed.path("overdueActions").asInt()).isEqualTo(1);
        List<String> overdue = new ArrayList<>();
        expect(200, api.get(TEACHER, "/api/plans/actions?overdue=true")).json()
                .forEach(action -> overdue.add(action.path("goal").asString()));
        assertThat(overdue).containsExactly("Läxhjälp");
        assertThat(expect(200, api.get(TEACHER, "/api/plans/actions")).json()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(expect(200, api.get(OFFICER, "/api/plans/actions?overdue=true")).json()).isEmpty();

        expect(200, api.put(TEACHER, path + "/actions/" + actionId(agreed, "Läxhjälp") + "/status",
                Map.of("status", "DONE"), ifMatch(agreement)));
        assertThat(expect(200, api.get(COORDINATOR, path)).json().path("overdueActions").asInt()).isZero();
    }

    @Test
    void theFamilysPrintablePlanIsSwedishAndHoldsEveryAreaAndRow() {
        CaseServiceEvents.TestCase testCase = withConsent();
        String path = "/api/plans/" + testCase.id();
        agree(path, firstPlan(LocalDate.of(2026, 11, 23)));

        ApiClient.Response printed = expect(200, api.get(COORDINATOR, path + "/print"));
        assertThat(printed.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(printed.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        String text = page.text();
        assertThat(text).contains("Åtgärdsplan", "Namn:", "Ärende: " + testCase.code(), "Datum: 23 november 2026",
                "Närvarande: Mamma Eva, Kim", "Huvudmål: Kim ska sluta med sitt kriminella beteende",
                "Uppföljningsdatum: 4 januari 2027", "Tid: 14.00", "Plats: Fritidsgården Ugglan",
                "Vid akuta problem kan Sara Lind, samordnare, 063-14 30 00 kontaktas och ett tidigare "
                + "uppföljningsmöte kan komma ifråga.");
        assertThat(page.select("tbody th[scope=rowgroup]")).extracting(cell -> cell.text()).containsExactly(
                "Sysselsättning/skola", "Hälsa", "Fritid", "Kriminalitet", "Kompisar", "Ekonomi", "Övrigt");
        List<String> rows = page.select("tbody tr").stream().map(row -> row.text()).toList();
        assertThat(rows).contains(
                "Sysselsättning/skola Gå i skolan varje dag Mentorn ringer hem vid frånvaro Anna Berg, skolan 13 "
                + "december 2026",
                "Hälsa Minska cannabisbruket Behandlingssamtal på mottagningen Sara Lind, socialtjänsten 18 december "
                + "2026",
                "Fritid En meningsfull fritid Börja i innebandylaget Leo Ström, fritidsverksamheten 7 december 2026",
                "Kriminalitet Inga nya brott Samtal med ungdomspolisen varannan vecka Erik Holm, polisen 23 december "
                + "2026", "Kompisar Inget bestämt ännu.", "Jag lovar: Jag umgås med kompisarna från innebandyn",
                "Ekonomi Inget bestämt ännu.", "Övrigt Inget bestämt ännu.");
        assertThat(text).contains("Jag lovar: Jag går till skolan varje dag");
    }

    private ApiClient.Response agree(String path, Map<String, Object> plan) {
        return expect(201, agreeOnceTheCaseIsActive(path, plan));
    }

    private CaseServiceEvents.TestCase withConsent() {
        CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MUNICIPALITY, MEMBERS);
        consentService.register(COORDINATOR, testCase.id(), testCase.youthRef(), TODAY.plusMonths(6));
        return testCase;
    }

    static Map<String, Object> firstPlan(LocalDate agreedOn) {
        return plan(agreedOn, List.of(
                action("SCHOOL_OCCUPATION", "Gå i skolan varje dag", "Mentorn ringer hem vid frånvaro", "Anna Berg",
                Agency.SCHOOL,
                        "teacher-anna", agreedOn.plusDays(20), 1),
                action("CRIMINALITY", "Inga nya brott", "Samtal med ungdomspolisen varannan vecka", "Erik Holm",
                Agency.POLICE,
                        "officer-erik", agreedOn.plusDays(30), 2),
                healthRow(agreedOn),
                action("LEISURE", "En meningsfull fritid", "Börja i innebandylaget", "Leo Ström", Agency.LEISURE,
                "youth-worker-leo",
                        agreedOn.plusDays(14), 1)),
                List.of(commitment("SCHOOL_OCCUPATION", "Jag går till skolan varje dag"),
                        commitment("FRIENDS", "Jag umgås med kompisarna från innebandyn")));
    }

    private static Map<String, Object> healthRow(LocalDate agreedOn) {
        return action("HEALTH", "Minska cannabisbruket", "Behandlingssamtal på mottagningen", "Sara Lind",
                Agency.SOCIAL_SERVICES, "coordinator-sara", agreedOn.plusDays(25), 1);
    }

    static String actionId(JsonNode plan, String goal) {
        return actionOf(plan, goal).path("id").asString();
    }

    static List<String> goals(JsonNode plan) {
        List<String> goals = new ArrayList<>();
        plan.path("areas").forEach(area -> area.path("actions")
                .forEach(action -> goals.add(action.path("goal").asString())));
        return goals;
    }

    private static String status(JsonNode plan, String goal) {
        return actionOf(plan, goal).path("status").asString();
    }

    static JsonNode actionOf(JsonNode plan, String goal) {
        for (JsonNode area : plan.path("areas")) {
            for (JsonNode action : area.path("actions")) {
                if (action.path("goal").asString().equals(goal)) {
                    return action;
                }
            }
        }
        throw new AssertionError("no action '" + goal + "' in " + plan);
    }

    private List<ConsumerRecord<String, String>> planEvents(CaseServiceEvents.TestCase testCase, int count) {
        try (TopicReader reader = new TopicReader(RealInfrastructure.get().kafka().bootstrapServers(),
                topics.of(Topics.PLAN_EVENTS))) {
            List<ConsumerRecord<String, String>> ofCase = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                reader.readFor(Duration.ofMillis(300)).stream().filter(event -> testCase.youthRef().equals(event.key()))
                        .forEach(ofCase::add);
                return ofCase.size() >= count;
            });
            return ofCase;
        }
    }

    private static String typeOf(ConsumerRecord<String, String> event) {
        String type = JSON.readTree(event.value()).path("type").asString();
        return type.split("\\.")[3];
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    /** The If-Match naming the version a response showed. */
    static Map<String, String> ifMatch(ApiClient.Response read) {
        return Map.of("If-Match", read.etag());
    }

    static ApiClient.Response expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
