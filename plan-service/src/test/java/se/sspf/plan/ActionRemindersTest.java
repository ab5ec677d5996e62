package se.sspf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.plan.PlanRequests.COORDINATOR;
import static se.sspf.plan.PlanRequests.MEMBERS;
import static se.sspf.plan.PlanRequests.MUNICIPALITY;
import static se.sspf.plan.PlanRequests.TEACHER;
import static se.sspf.plan.PlanRequests.action;
import static se.sspf.plan.PlanRequests.plan;
import static se.sspf.plan.PlanWalkTest.actionId;
import static se.sspf.plan.PlanWalkTest.expect;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Topics;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestClock;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reminder scan in two instances of plan-service on one database, as a scaled-out deployment runs it. */
@TestPropertySource(properties = "sspf.plan.reminder-scan-interval=100ms")
class ActionRemindersTest extends WithTheOtherServices {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class MovableTime {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired TestClock clock;
    @Value("${spring.datasource.url}") String databaseUrl;
    @Value("${spring.datasource.username}") String databaseUser;
    @Value("${spring.datasource.password:}") String databasePassword;
    @Value("${sspf.consent-gate.consent-service-url}") String consentServiceUrl;

    @Test
    void eachActionGetsEachReminderOnceEvenWithTwoInstancesScanning() {
        try (ConfigurableApplicationContext secondInstance = secondInstance()) {
            LocalDate today = SwedishTime.today(clock);
            CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MUNICIPALITY, MEMBERS);
            consentService.register(COORDINATOR, testCase.id(), testCase.youthRef(), today.plusMonths(6));
            String path = "/api/plans/" + testCase.id();
            Map<String, Object> plan = plan(today.minusDays(5), List.of(
                    schoolAction("A due in two days", today.plusDays(2)),
                    schoolAction("B due in ten days", today.plusDays(10)),
                    schoolAction("C due yesterday", today.minusDays(1)),
                    schoolAction("D due in nine days, done early", today.plusDays(9))), List.of());
            ApiClient.Response agreement = expect(201, agreeOnceTheCaseIsActive(path, plan));
            JsonNode view = agreement.json();
            String a = actionId(view, "A due in two days");
            String b = actionId(view, "B due in ten days");
            String c = actionId(view, "C due yesterday");
            String d = actionId(view, "D due in nine days, done early");
            expect(200, api.put(TEACHER, path + "/actions/" + d + "/status", Map.of("status", "DONE"),
                    PlanWalkTest.ifMatch(agreement)));

            try (TopicReader reader = new TopicReader(RealInfrastructure.get().kafka().bootstrapServers(),
                    topics.of(Topics.PLAN_EVENTS))) {
                List<String> reminders = new ArrayList<>();
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    reminders.addAll(remindersIn(reader, testCase));
                    return reminders.size() >= 2;
                });
                reminders.addAll(remindersIn(reader, testCase, Duration.ofSeconds(2)));
                assertThat(reminders).containsExactlyInAnyOrder("ActionDueSoon " + a, "ActionOverdue " + c);

                clock.advance(Duration.ofDays(8));
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    reminders.addAll(remindersIn(reader, testCase));
                    return reminders.size() >= 4;
                });
                reminders.addAll(remindersIn(reader, testCase, Duration.ofSeconds(2)));
                assertThat(reminders).containsExactlyInAnyOrder(
                        "ActionDueSoon " + a, "ActionOverdue " + c, "ActionOverdue " + a, "ActionDueSoon " + b);
            } finally {
                clock.reset();
            }
        }
    }

    private static Map<String, Object> schoolAction(String goal, LocalDate dueOn) {
        return action("SCHOOL_OCCUPATION", goal, "Mentorn följer upp", "Anna Berg", Agency.SCHOOL, "teacher-anna",
                dueOn, 1);
    }

    private static List<String> remindersIn(TopicReader reader, CaseServiceEvents.TestCase testCase) {
        return remindersIn(reader, testCase, Duration.ofMillis(300));
    }

    private static List<String> remindersIn(TopicReader reader, CaseServiceEvents.TestCase testCase, Duration window) {
        return reader.readFor(window).stream()
                .filter(event -> testCase.youthRef().equals(event.key()))
                .map(event -> JSON.readTree(event.value()))
                .filter(event -> event.path("type").asString().contains(".Action")
                && !event.path("type").asString().contains("Assigned"))
                .map(event -> event.path("type").asString().split("\\.")[3] + " "
                + event.path("data").path("actionId").asString())
                .toList();
    }

    /** A second plan-service on the same database, broker, topics and clock. */
    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(PlanServiceApplication.class)
                .initializers(app -> {
                    app.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder());
                    app.getBeanFactory().registerSingleton("clock", clock);
                })
                .run("--server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + databaseUser,
                        "--spring.datasource.password=" + databasePassword,
                        "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                        "--sspf.kafka.topic-prefix=" + topicPrefix,
                        "--sspf.consent-gate.consent-service-url=" + consentServiceUrl,
                        "--sspf.plan.reminder-scan-interval=100ms",
                        "--logging.level.root=WARN");
    }
}
