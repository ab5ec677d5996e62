package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.sspf.casework.CaseServiceInstance;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.plan.PlanServiceInstance;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.OidcLogin;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.RunnableJar;
import se.sspf.testsupport.SampleForms;
import se.sspf.testsupport.TestDatabase;

/**
 * The web client in a real browser (Debian's headless Chromium) against the real stack: the identity
 * server and the gateway — which serves the client — as processes from their runnable jars, the
 * consent-, case- and plan-service beside the test on the real PostgreSQL and Kafka. A coordinator
 * registers a consent and builds the plan, the police sees what the consent allows, the consent is
 * revoked and the police no longer sees it; the steering group sees figures only; the police's administrator
 * registers, subscribes, pings and revokes the police's own system. A second walk holds a working group's meeting
 * from the call to the minutes, and the police sees only its own case of the individual part. Each main screen is
 * saved as a screenshot (Swedish) and checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebClientBrowserTest {

    private static final String TOPICS = "web" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private static final Path APPS = Path.of(System.getProperty("sspf.e2e.apps", "target/apps"));
    private static final String PASSWORD = "sspf-demo";
    private static final LocalDate TODAY = LocalDate.now(SwedishTime.ZONE);
    /** On two cores shared with other builds a gateway was seen to take 140 s to start: ready is waited for longer. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final List<AutoCloseable> running = new ArrayList<>();
    private RunnableJar identity;
    private RunnableJar gateway;
    private Browser browser;

    @BeforeAll
    void startTheStackAndTheBrowser() throws Exception {
        identity = new RunnableJar("identity-server-web", APPS.resolve("identity-server-exec.jar"));
        gateway = new RunnableJar("gateway-web", APPS.resolve("gateway-exec.jar"));
        running.add(identity);
        // The browser comes back to the gateway, on its port of this run.
        identity.start("--spring.security.oauth2.authorizationserver.issuer=" + identity.url(),
                "--spring.security.oauth2.authorizationserver.client.sspf-web.registration.redirect-uris="
                + gateway.url() + "/login/callback",
                "--spring.security.oauth2.authorizationserver.client.sspf-web.registration.post-logout-redirect-uris="
                + gateway.url() + "/", "--sspf.identity.web-origins=" + gateway.url());
        ConsentServiceInstance consents = new ConsentServiceInstance(FreePort.next(), TOPICS, Clock.systemUTC())
                .trusting(identity.url());
        running.add(consents);
        consents.start();
        CaseServiceInstance cases = new CaseServiceInstance(FreePort.next(), TOPICS, consents.url())
                .trusting(identity.url());
        running.add(cases);
        cases.start();
        int planPort = FreePort.next();
        PlanServiceInstance plans = new PlanServiceInstance(planPort, TOPICS, consents.url(), identity.url());
        running.add(plans);
        plans.start();
        // notification-service as its own process, on the same broker and topics: the inbox.
        RunnableJar notifications = new RunnableJar("notification-service-web",
                APPS.resolve("notification-service-exec.jar"));
        running.add(notifications);
        TestDatabase inboxDatabase = RealInfrastructure.get().postgres().createDatabase("webinbox");
        notifications.start("--spring.datasource.url=" + inboxDatabase.jdbcUrl(),
                "--spring.datasource.username=" + inboxDatabase.username(),
                "--spring.datasource.password=" + inboxDatabase.password(),
                "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                "--sspf.kafka.topic-prefix=" + TOPICS, "--sspf.oidc.issuer=" + identity.url(),
                "--sspf.oidc.jwk-set-uri=" + identity.url() + "/oauth2/jwks",
                "--sspf.notification.case-service-url=" + cases.url(), "--sspf.notification.web-url=" + gateway.url(),
                "--management.otlp.metrics.export.enabled=false");
        running.add(gateway);
        gateway.start("--SSPF_CONSENT_SERVICE_URL=" + consents.url(), "--SSPF_CASE_SERVICE_URL=" + cases.url(),
                "--SSPF_PLAN_SERVICE_URL=http://127.0.0.1:" + planPort,
                "--SSPF_NOTIFICATION_SERVICE_URL=" + notifications.url(), "--sspf.oidc.issuer=" + identity.url(),
                "--sspf.oidc.jwk-set-uri=" + identity.url() + "/oauth2/jwks",
                "--sspf.gateway.web-origins=" + gateway.url());
        identity.awaitReady("/.well-known/openid-configuration", READY_WITHIN);
        gateway.awaitReady("/actuator/health/readiness", READY_WITHIN);
        notifications.awaitReady("/actuator/health/readiness", READY_WITHIN);
        browser = new Browser(gateway.url());
        running.add(browser);
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void aCoordinatorRegistersAConsentAndAPlanThePoliceSeesWhatItAllowsUntilItIsRevoked() throws Exception {
        // The school proposed the youth, social services offered SSPF and brought in the police; the school keeps
        // notes.
        ApiClient api = new ApiClient(gateway.port());
        String school = token("skola");
        String coordinator = token("soc");
        ApiClient.Response proposed = api.post(school, "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE", "WORRYING_PEER_CONTACTS")));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String caseId = proposed.text("id");
        String code = proposed.text("caseCode");
        assertThat(api.post(coordinator, "/api/cases/" + caseId + "/decision",
                Map.of("offered", true, "reason", "passar SSPF")).status()).isEqualTo(200);
        assertThat(api.post(coordinator, "/api/cases/" + caseId + "/participants",
                Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")).status())
                .isEqualTo(200);
        api.post(school, "/api/cases/" + caseId + "/journal",
                Map.of("category", "SCHOOL_OCCUPATION", "text", "Frånvaro 40 % denna termin"));
        api.post(school, "/api/cases/" + caseId + "/journal",
                Map.of("category", "HEALTH", "text", "Skolsköterskan oroar sig för sömnen"));

        // The coordinator: My cases, the case, the consent form.
        browser.logIn("soc", PASSWORD);
        browser.heading("Mina ärenden");
        assertThat(browser.mainText()).contains(code, "Väntar på samtycke", "Inget samtycke");
        browser.screenshot("01-mina-arenden");
        browser.assertAccessible("Mina ärenden");

        browser.link(code).click();
        browser.heading("Ärende " + code);
        assertThat(browser.mainText()).contains("Hög frånvaro i skolan", "Oroande kamratkontakter", "polis",
                "Viss information delas inte utan samtycke.");
        browser.screenshot("02-arende");
        browser.assertAccessible("Ärende");

        browser.link("Registrera samtycke").click();
        browser.heading("Registrera samtycke – " + code);
        browser.button("Registrera samtycket").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-field"))
                .as("the focus is on the first field at fault").isEqualTo("youthBirthDate");
        assertThat(browser.field("Ungdomens födelsedatum").getAttribute("aria-describedby")).contains("-error");
        browser.screenshot("03-samtycke-fel");
        browser.assertAccessible("Samtycke med fel");

        // A 15-year-old: the form asks for the guardians; one of two has not signed, and consent-service says so at the
        // field.
        browser.date(browser.field("Ungdomens födelsedatum"), TODAY.minusYears(15).minusDays(40).toString());
        assertThat(browser.mainText()).contains("Ungdomen är under 18 år");
        List<WebElement> guardianRefs = browser.driver()
                .findElements(By.xpath("//label[starts-with(normalize-space(.), 'Referens (G-')]"));
        browser.type(browser.driver().findElement(By.id(guardianRefs.get(0).getAttribute("for"))), "G-MOTHER01");
        browser.type(browser.driver().findElement(By.id(guardianRefs.get(1).getAttribute("for"))), "G-FATHER01");
        List<WebElement> guardianDates = browser.driver()
                .findElements(By.xpath("//label[normalize-space(.)='Skrev under den']"));
        browser.date(browser.driver().findElement(By.id(guardianDates.get(1).getAttribute("for"))), "");
        for (String agency : List.of("Skola", "Polis")) {
            browser.driver().findElement(By.xpath("//fieldset[legend[starts-with(., 'Verksamheter')]]//label[.='"
                    + agency + "']")).click();
        }
        for (String category : List.of("Skola/sysselsättning", "Kriminalitet")) {
            browser.driver().findElement(By.xpath("//fieldset[legend[starts-with(., 'Slag av uppgifter')]]//label[.='"
                    + category + "']")).click();
        }
        browser.driver()
                .findElement(By.xpath("//fieldset[legend[starts-with(., 'Får ungdomen följas upp')]]//label[.='Nej']"))
                .click();
        browser.type(browser.field("Handläggarens namn"), "Handläggare Ett");
        browser.type(browser.field("Telefon"), "063-14 30 00");
        browser.type(browser.field("Referens till den underskrivna blanketten"), "SN 2026/77");
        browser.screenshot("04-samtycke-formular");
        browser.assertAccessible("Samtyckesformulär");
        browser.button("Registrera samtycket").click();
        WebElement signersError = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//fieldset[legend[normalize-space(.)='Underskrifter']]/p[@class='error']")));
        assertThat(signersError.getText()).contains("Under 18 år skriver varje vårdnadshavare med vårdnad under");
        browser.screenshot("05-samtycke-regelfel");

        browser.date(browser.driver().findElement(By.id(guardianDates.get(1).getAttribute("for"))), TODAY.toString());
        browser.button("Registrera samtycket").click();
        browser.heading("Ärende " + code);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Samtycket är registrerat."));
        assertThat(browser.mainText()).contains("Gäller t.o.m.");

        // The plan, laid out like appendix 3.
        browser.link("Åtgärdsplan").click();
        browser.heading("Ny åtgärdsplan – " + code);
        browser.type(browser.field("Närvarande (en per rad)"), "Mamma\nPappa\nKim\nSamordnaren\nMentorn\nPolisen");
        browser.type(browser.field("Övergripande mål"), "Kim slutar med sitt kriminella beteende");
        planRow("Skola/sysselsättning", "Gå i skolan varje dag", "Mentorn ringer hem vid frånvaro", "Anna Berg",
                "Skola");
        planRow("Kriminalitet", "Inga nya brott", "Samtal med ungdomspolisen varannan vecka", "Erik Holm", "Polis");
        planRow("Hälsa", "Sova bättre", "Samtal med skolsköterskan", "Sara Lind", "Socialtjänst");
        browser.type(browser.field("Plats"), "Fritidsgården");
        browser.type(browser.field("Kontakt vid akuta problem"), "Samordnaren, 063-14 30 00");
        browser.screenshot("06-atgardsplan-ny");
        browser.assertAccessible("Ny åtgärdsplan");
        browser.button("Spara planen").click();
        browser.heading("Åtgärdsplan – " + code);
        assertThat(browser.mainText()).contains("Planen är sparad.", "Gå i skolan varje dag", "Inga nya brott",
                "Sova bättre");
        browser.screenshot("07-atgardsplan");
        browser.assertAccessible("Åtgärdsplan");

        // The family's printable plan, in a tab of its own.
        String planWindow = browser.driver().getWindowHandle();
        browser.button("Familjens utskrift").click();
        browser.waiting().until(d -> d.getWindowHandles().size() == 2);
        browser.driver().switchTo().window(browser.driver().getWindowHandles().stream()
                .filter(h -> !h.equals(planWindow)).findFirst().orElseThrow());
        browser.waiting().until(d -> d.getPageSource().contains("Gå i skolan varje dag"));
        browser.screenshot("08-familjens-plan");
        browser.driver().close();
        browser.driver().switchTo().window(planWindow);

        // A follow-up: every action checked, continue.
        browser.button("Registrera uppföljning").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Uppföljningen är registrerad."));
        browser.logOut();

        // The police sees the school's note on school and the plan's school and crime rows; not health.
        browser.logIn("polis", PASSWORD);
        browser.heading("Mina ärenden");
        browser.link(code).click();
        browser.heading("Ärende " + code);
        assertThat(browser.mainText()).contains("Frånvaro 40 % denna termin",
                "Viss information delas inte utan samtycke.")
                .doesNotContain("sömnen");
        browser.screenshot("09-polisen-ser-det-samtycket-tillater");
        browser.assertAccessible("Ärende för polisen");
        browser.link("Åtgärdsplan").click();
        browser.heading("Åtgärdsplan – " + code);
        assertThat(browser.mainText()).contains("Gå i skolan varje dag", "Inga nya brott")
                .doesNotContain("Sova bättre", "Kim slutar");
        browser.logOut();

        // A guardian withdraws the consent, through the coordinator.
        browser.logIn("soc", PASSWORD);
        browser.open("/cases/" + caseId);
        browser.heading("Ärende " + code);
        browser.link("Återkalla samtycke").click();
        browser.heading("Återkalla samtycke – " + code);
        browser.driver().findElement(By.xpath("//label[.='En vårdnadshavare']")).click();
        new Select(browser.field("Vårdnadshavare")).selectByVisibleText("G-MOTHER01");
        browser.type(browser.field("Skäl"), "Familjen vill avsluta");
        browser.screenshot("10-aterkalla-samtycke");
        browser.assertAccessible("Återkalla samtycke");
        browser.button("Återkalla samtycket").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Samtycket är återkallat."));
        assertThat(browser.mainText()).contains("Återkallat");
        browser.logOut();

        // The police: the school's note is gone, its own row of the plan stays.
        browser.logIn("polis", PASSWORD);
        browser.open("/cases/" + caseId);
        browser.heading("Ärende " + code);
        browser.waiting().until(d -> {
            if (!browser.mainText().contains("Frånvaro")) return true;
            d.navigate().refresh();
            browser.heading("Ärende " + code);
            return false;
        });
        assertThat(browser.mainText()).contains("Återkallat", "Inget från andra verksamheter delas med dig just nu.",
                "Viss information delas inte utan samtycke.");
        browser.screenshot("11-polisen-efter-aterkallelse");
        // The inbox: the action assigned to the police, and that the consent was revoked.
        browser.link("Inkorg").click();
        browser.heading("Inkorg");
        browser.waiting().until(d -> {
            if (browser.mainText().contains("Samtycke upphört")) return true;
            d.navigate().refresh();
            browser.heading("Inkorg");
            return false;
        });
        assertThat(browser.mainText()).contains(code, "Tilldelad åtgärd");
        browser.screenshot("12-inkorg");
        browser.assertAccessible("Inkorg");
        browser.open("/cases/" + caseId);
        browser.heading("Ärende " + code);
        browser.link("Åtgärdsplan").click();
        browser.heading("Åtgärdsplan – " + code);
        assertThat(browser.mainText()).contains("Inga nya brott").doesNotContain("Gå i skolan varje dag");
        browser.logOut();

        // The steering group: figures, no case, no person; in English when asked, and remembered.
        browser.logIn("styrgrupp", PASSWORD);
        browser.heading("Nyckeltal för styrgruppen");
        assertThat(browser.driver().getPageSource()).doesNotContain(code, "G-MOTHER01", "/cases/");
        assertThat(browser.mainText()).doesNotContain("polis", "skola");
        assertThat(browser.driver().findElements(By.xpath("//nav//a[.='Mina ärenden']"))).isEmpty();
        assertThat(browser.mainText()).contains("Verksamheternas åtaganden", "Tertial 1", "Eskaleringslista");
        browser.screenshot("13-nyckeltal");
        browser.assertAccessible("Nyckeltal");
        browser.button("English").click();
        browser.heading("Figures for the steering group");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.driver().navigate().refresh();
        browser.heading("Figures for the steering group");
        browser.button("Svenska").click();
        browser.heading("Nyckeltal för styrgruppen");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        browser.logOut();

        // The police's administrator connects the police's own system: registers it (the secret shown once),
        // subscribes it to one type, sends it a test ping, and revokes it again.
        browser.logIn("admin-polis", PASSWORD);
        browser.link("Verksamhetssystem").click();
        browser.heading("Verksamhetssystem");
        browser.button("Registrera").click();
        assertThat(browser.mainText()).contains("Fyll i fältet");
        browser.type(browser.field("Systemets namn"), "Polisens ärendesystem");
        browser.button("Registrera").click();
        browser.waiting().until(d -> browser.mainText().contains("Polisens ärendesystem är registrerat."));
        assertThat(browser.mainText()).contains("Klienthemlighet", "hemligheten visas bara den här gången");
        browser.type(browser.field("Systemets adress för webhooks"), "https://polisen.example/sspf");
        browser.field("Ärende avslutat").click();
        browser.button("Prenumerera").click();
        browser.waiting().until(d -> browser.mainText().contains("Prenumerationen är skapad."));
        assertThat(browser.mainText()).contains("Hemlighet för signaturen", "whsec_");
        browser.button("Skicka testping").click();
        browser.waiting().until(d -> browser.mainText().contains("En signerad testping är på väg"));
        assertThat(browser.mainText()).contains("https://polisen.example/sspf", "Ärende avslutat")
                .doesNotContain("whsec_");
        browser.screenshot("14-verksamhetssystem");
        browser.assertAccessible("Verksamhetssystem");
        browser.labelled("Återkalla Polisens ärendesystem").click();
        browser.waiting().until(d -> browser.mainText().contains("Polisens ärendesystem är återkallat"));
        assertThat(browser.mainText()).contains("Inga system är registrerade.");
        browser.logOut();
        browser.screenshot("00-inloggning");
        browser.assertAccessible("Inloggning");
    }

    @Test
    void aWorkingGroupMeetsFromTheCallToTheMinutesAndThePoliceSeesOnlyItsOwnCase() throws Exception {
        // Two consented cases of social services: the police takes part in the first only.
        ApiClient api = new ApiClient(gateway.port());
        String coordinator = token("soc");
        Map<String, String> withPolice = consentedCase(api, coordinator, true);
        Map<String, String> withoutPolice = consentedCase(api, coordinator, false);

        // Social services' coordinator creates the working group: convener itself, the police and the school members.
        browser.logIn("soc", PASSWORD);
        browser.link("Grupper").click();
        browser.heading("Grupper");
        browser.type(browser.field("Namn"), "Centrum");
        browser.type(browser.field("Användar-id (medlem 2)"), "polis");
        new Select(browser.field("Verksamhet (medlem 2)")).selectByVisibleText("Polis");
        browser.button("Lägg till medlem").click();
        browser.type(browser.field("Användar-id (medlem 3)"), "skola");
        new Select(browser.field("Verksamhet (medlem 3)")).selectByVisibleText("Skola");
        browser.screenshot("15-arbetsgrupp-ny");
        browser.assertAccessible("Grupper");
        browser.button("Skapa gruppen").click();
        browser.heading("Arbetsgrupp: Centrum");
        assertThat(browser.mainText()).contains("Sammankallande", "polis", "skola");

        // It calls a meeting with two general items.
        browser.type(browser.field("Plats"), "Stadshuset, sal 3");
        browser.type(browser.field("Allmän del (en punkt per rad)"), "Valborg i parken\nBilbränder i Norra");
        browser.screenshot("16-arbetsgrupp");
        browser.assertAccessible("Arbetsgrupp");
        browser.button("Kalla till mötet").click();
        meetingHeading();
        String meetingPath = URI.create(browser.driver().getCurrentUrl()).getPath();
        assertThat(meetingPath).matches("/groups/[0-9a-f-]{36}/meetings/[0-9a-f-]{36}");

        // Registers the police's case here and the other through the API, adds a de-identified returnee.
        new Select(browser.field("Ärende")).selectByVisibleText(withPolice.get("code"));
        browser.button("Anmäl ärendet").click();
        browser.waiting().until(d -> browser.mainText().contains(
                "Ärende " + withPolice.get("code") + " är anmält till mötet."));
        assertThat(api.post(coordinator, "/api" + meetingPath + "/cases", Map.of("caseId", withoutPolice.get("id")))
                .status()).isEqualTo(201);
        browser.type(browser.field("Kod"), "AVID-01");
        browser.driver().findElement(By.xpath("//fieldset[legend[starts-with(., 'Risktecken')]]//label[.='"
                + "Vistas i destruktiva miljöer']")).click();
        new Select(browser.field("Återvänder från")).selectByVisibleText("institution (SiS) eller behandlingshem");
        browser.date(browser.field("Väntas hem"), TODAY.plusDays(30).toString());
        browser.driver().findElement(By.xpath("//label[.='Mötet vill söka samtycke']")).click();
        browser.button("Lägg till ärendet").click();
        browser.waiting().until(d -> browser.mainText().contains("Det avidentifierade ärendet AVID-01 är tillagt."));

        // The general minutes with one decision.
        browser.type(browser.field("Minnesanteckningar för den allmänna delen"), "Valborg: fritid och polis på plats.");
        browser.type(browser.field("Vad beslutades (beslut 1)"), "Extra kvällsvandring");
        browser.type(browser.field("Varför (beslut 1)"), "Bilbränderna i Norra");
        browser.type(browser.field("Vem gör det (beslut 1)"), "Fritid och polis");
        browser.button("Spara minnesanteckningarna").click();
        browser.waiting().until(d -> browser.mainText().contains("Minnesanteckningarna är sparade."));
        assertThat(browser.mainText()).contains("Individuell del", "Återvändare", "Allmän del",
                withPolice.get("code"), withoutPolice.get("code"), "Samtycke gäller t.o.m.", "AVID-01",
                "Vistas i destruktiva miljöer", "Samtycke ska sökas", "Valborg i parken", "Bilbränder i Norra",
                "Extra kvällsvandring");
        browser.screenshot("17-arbetsgruppens-mote");
        browser.assertAccessible("Arbetsgruppens möte");
        browser.logOut();

        // The police: the general part, the de-identified case, and of the registered cases only its own.
        browser.logIn("polis", PASSWORD);
        browser.link("Grupper").click();
        browser.heading("Grupper");
        browser.link("Centrum").click();
        browser.heading("Arbetsgrupp: Centrum");
        browser.open(meetingPath);
        meetingHeading();
        browser.waiting().until(d -> browser.mainText().contains("Extra kvällsvandring"));
        assertThat(browser.mainText()).contains(withPolice.get("code"), "Valborg i parken", "Bilbränder i Norra",
                "AVID-01").doesNotContain(withoutPolice.get("code"));
        assertThat(browser.driver().getPageSource()).doesNotContain(withoutPolice.get("id"));
        browser.screenshot("18-arbetsgruppens-mote-polisen");
        browser.assertAccessible("Arbetsgruppens möte för polisen");
        browser.logOut();
    }

    /** Waits for a group meeting's page (its heading names the time); says what the page shows if it does not come. */
    private void meetingHeading() {
        browser.waiting().withMessage(() -> "the page shows: " + browser.mainText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"),
                "Arbetsgruppens möte"));
    }

    /** The school proposes, social services offers SSPF (bringing in the police or not) and registers a consent. */
    private Map<String, String> consentedCase(ApiClient api, String coordinator, boolean police) {
        ApiClient.Response proposed = api.post(token("skola"), "/api/cases",
                Map.of("riskIndicators", List.of("SUSPECTED_CRIME")));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String caseId = proposed.text("id");
        assertThat(api.post(coordinator, "/api/cases/" + caseId + "/decision",
                Map.of("offered", true, "reason", "passar SSPF")).status()).isEqualTo(200);
        if (police) {
            assertThat(api.post(coordinator, "/api/cases/" + caseId + "/participants",
                    Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")).status()).isEqualTo(200);
        }
        ApiClient.Response consent = api.post(coordinator, "/api/consents",
                SampleForms.consent(caseId, proposed.text("youthRef")));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "ACTIVE".equals(api.get(coordinator, "/api/cases/" + caseId).text("status")));
        return Map.of("id", caseId, "code", proposed.text("caseCode"));
    }

    private void planRow(String area, String goal, String actions, String person, String agency) {
        browser.button("Lägg till rad i " + area).click();
        String row = " (" + area + ", rad 1)";
        browser.type(browser.labelled("Mål" + row), goal);
        browser.type(browser.labelled("Åtgärder" + row), actions);
        browser.type(browser.labelled("Ansvarig person" + row), person);
        new Select(browser.labelled("Ansvarig verksamhet" + row)).selectByVisibleText(agency);
        browser.type(browser.labelled("Hur det dokumenteras" + row), "Anteckning i journalen");
    }

    private String token(String user) {
        return new OidcLogin(identity.url(), "sspf-web", gateway.url() + "/login/callback").accessToken(user, PASSWORD);
    }
}
