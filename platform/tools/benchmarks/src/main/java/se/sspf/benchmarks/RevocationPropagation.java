package se.sspf.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.sspf.benchmarks.gate.GateOnlyApplication;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.ConsentStateView;
import se.sspf.platform.consentrules.ShareQuestion;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;

/**
 * How long a revocation takes to reach a gate: a real consent-service and a gate in another
 * application context, over the real broker. For each of {@code -Drevocations=1000} consents: revoke
 * through the API, then ask the gate until it denies. Printed twice: from the revocation's answer
 * (just after its commit) and, as an upper bound, from the moment the revocation was sent.
 */
public final class RevocationPropagation {

    public static void main(String[] args) {
        BenchmarkMain.run(() -> measure(Integer.getInteger("revocations", 1000)));
    }

    private static void measure(int revocations) {
        try (ConsentServiceInstance consentService = new ConsentServiceInstance(FreePort.next(), "",
                Clock.systemUTC())) {
            consentService.start();
            measure(consentService, revocations);
        }
    }

    private static void measure(ConsentServiceInstance consentService, int revocations) {
        try (ConfigurableApplicationContext gateService = startGate(consentService.url())) {
            ConsentGate gate = gateService.getBean(ConsentGate.class);
            ConsentStateView view = gateService.getBean(ConsentStateView.class);
            List<String> youths = new ArrayList<>();
            List<String> consents = new ArrayList<>();
            for (int i = 0; i < revocations; i++) {
                String youth = "Y-" + UUID.randomUUID().toString().substring(0, 13);
                youths.add(youth);
                consents.add(consentService.register(youth, LocalDate.now(SwedishTime.ZONE).plusMonths(6)));
            }
            waitUntil(() -> view.caughtUp() && gate.check(question(youths.get(revocations - 1))).permitted(), 60_000);
            System.out.printf("%d consents registered; the gate permits%n", revocations);

            long[] fromAnswer = new long[revocations];
            long[] fromRequest = new long[revocations];
            for (int i = 0; i < revocations; i++) {
                ShareQuestion question = question(youths.get(i));
                long sent = System.nanoTime();
                consentService.revoke(consents.get(i));
                long answered = System.nanoTime();
                while (gate.check(question).permitted()) {
                    if (System.nanoTime() - answered > 5_000_000_000L) {
                        throw new AssertionError("revocation " + i + " did not reach the gate within 5 s");
                    }
                    Thread.onSpinWait();
                }
                long denied = System.nanoTime();
                fromAnswer[i] = denied - answered;
                fromRequest[i] = denied - sent;
            }
            System.out.printf("revocation -> first deny at the gate, %d revocations%n", revocations);
            System.out.println("from the revocation's answer (commit):  " + new Percentiles(fromAnswer).summary());
            System.out.println("from sending the revocation (bound):    " + new Percentiles(fromRequest).summary());
        }
    }

    private static ShareQuestion question(String youth) {
        return new ShareQuestion("2380", youth, Agency.SCHOOL, Agency.POLICE, InformationCategory.CRIMINALITY);
    }

    private static ConfigurableApplicationContext startGate(String consentServiceUrl) {
        RealInfrastructure servers = RealInfrastructure.get();
        TestDatabase database = servers.postgres().createDatabase("benchmarkgate");
        return new SpringApplicationBuilder(GateOnlyApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.application.name=propagation-gate",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + servers.kafka().bootstrapServers(),
                        "--sspf.consent-gate.consent-service-url=" + consentServiceUrl,
                        "--logging.level.root=WARN");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the gate did not catch up");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private RevocationPropagation() {
    }
}
