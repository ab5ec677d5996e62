package se.sspf.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.Topics;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.notification.NotificationServiceInstance;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event → webhook delivered, under a fixed event rate (open loop): plan events are published at
 * planned instants, a real notification-service consumes them, and a real HTTP endpoint notes when
 * each signed delivery arrives. Latency runs from the planned publish instant to the arrival, so a
 * slow stretch also counts against the events queued behind it. Real PostgreSQL and Kafka (test-support).
 *
 * <p>{@code -Drate=50 -Dseconds=30}. Without case-service beside it the service asks for no names,
 * so this is the path without the one name look-up per recipient agency (an HTTP round trip).
 */
public final class WebhookLatency {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MUNICIPALITY = "2380";

    public static void main(String[] args) {
        BenchmarkMain.run(WebhookLatency::measure);
    }

    private static void measure() throws Exception {
        int rate = Integer.getInteger("rate", 50);
        int seconds = Integer.getInteger("seconds", 30);
        String prefix = "bench" + UUID.randomUUID().toString().substring(0, 8) + ".";
        TopicNames topics = new TopicNames(prefix);
        String bootstrap = RealInfrastructure.get().kafka().bootstrapServers();
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            long now = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            arrivals.putIfAbsent(JSON.readTree(body).path("id").asString(), now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        int port = FreePort.next();
        try (NotificationServiceInstance service = new NotificationServiceInstance(port, prefix);
             CaseServiceEvents caseEvents = new CaseServiceEvents(bootstrap, topics);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                     Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 0),
                     new StringSerializer(), new ByteArraySerializer())) {
            service.start();
            subscribe(port, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/police");
            CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MUNICIPALITY,
                    List.of(new CaseServiceEvents.Member("officer-1", Agency.POLICE, "STAFF")));
            Publisher publisher = new Publisher(producer, topics, testCase);

            run(publisher, arrivals, rate, 5);                              // warm-up: JIT, connections, the case view
            ThreadCpu cpu = ThreadCpu.now();
            long[] latencies = run(publisher, arrivals, rate, seconds);
            ThreadCpu spent = ThreadCpu.now().minus(cpu);
            System.out.printf("event → webhook delivered, %d events at %d/s for %d s (open loop, from the planned "
                    + "publish instant)%n", latencies.length, rate, seconds);
            System.out.println(new Percentiles(latencies).summary());
            // CPU time does not grow with the waiting a loaded machine adds: comparable where latencies are not.
            System.out.printf("CPU per event: consumer %.2f ms, senders %.2f ms, this whole JVM (service, broker, "
                    + "harness) %.2f ms%n", spent.consumer() / 1e6 / latencies.length,
                    spent.senders() / 1e6 / latencies.length, spent.process() / 1e6 / latencies.length);
        } finally {
            receiver.stop(0);
        }
    }

    private static long[] run(Publisher publisher, Map<String, Long> arrivals, int rate,
                              int seconds) throws InterruptedException {
        int total = rate * seconds;
        long period = 1_000_000_000L / rate;
        String[] ids = new String[total];
        long[] due = new long[total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            due[i] = start + i * period;
            LockSupport.parkNanos(due[i] - System.nanoTime());
            ids[i] = publisher.publish();
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        long[] latencies = new long[total];
        for (int i = 0; i < total; i++) {
            while (!arrivals.containsKey(ids[i])) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("event " + i + " of " + total + " never reached the webhook");
                }
                Thread.sleep(5);
            }
            latencies[i] = arrivals.get(ids[i]) - due[i];
        }
        return latencies;
    }

    /**
     * Publishes ActionDueSoon events for the case as plan-service does; returns the id the webhook's CloudEvent will
     * have.
     */
    private record Publisher(KafkaProducer<String, byte[]> producer, TopicNames topics,
                             CaseServiceEvents.TestCase testCase) {

        private static final CloudEventCodec PLAN_SERVICE = new CloudEventCodec("plan-service");

        String publish() {
            UUID eventId = UUID.randomUUID();
            byte[] event = PLAN_SERVICE.write(eventId, Instant.now(), EventType.ACTION_DUE_SOON, testCase.youthRef(),
                    new ActionDueSoon(testCase.id(), MUNICIPALITY, UUID.randomUUID(), Agency.POLICE, "officer-1",
                            LocalDate.now(SwedishTime.ZONE).plusDays(2)));
            producer.send(new ProducerRecord<>(topics.of(Topics.PLAN_EVENTS), testCase.youthRef(), event));
            return UUID.nameUUIDFromBytes((eventId + "/" + testCase.id()).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    /** CPU nanoseconds so far of the service's Kafka consumer threads, its delivery senders, and the whole JVM. */
    private record ThreadCpu(long consumer, long senders, long process) {

        static ThreadCpu now() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long consumer = 0;
            long senders = 0;
            for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (thread == null) {
                    continue;
                }
                long cpu = Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
                if (thread.getThreadName().startsWith("org.springframework.kafka.KafkaListenerEndpointContainer")) {
                    consumer += cpu;
                } else if (thread.getThreadName().startsWith("delivery-sender")) {
                    senders += cpu;
                }
            }
            return new ThreadCpu(consumer, senders,
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime());
        }

        ThreadCpu minus(ThreadCpu before) {
            return new ThreadCpu(consumer - before.consumer, senders - before.senders, process - before.process);
        }
    }

    private static void subscribe(int port, String url) throws Exception {
        String admin = TestTokens.forUser(MUNICIPALITY, Agency.POLICE, Role.ADMIN);
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/subscriptions"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("url", url))))
                        .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("subscribing failed: " + created.statusCode() + " " + created.body());
        }
    }

    private WebhookLatency() {
    }
}
