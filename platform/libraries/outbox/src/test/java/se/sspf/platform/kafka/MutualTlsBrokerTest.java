package se.sspf.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * A real KRaft broker with only a mutual-TLS listener and the simple authorizer, as Strimzi runs it for SSPF: a
 * service configured by nothing but the SSPF_KAFKA_* variables reaches it, is known by its certificate, and gets
 * exactly what its ACLs grant. The certificates are made for the run by the JDK's keytool; none is committed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutualTlsBrokerTest {

    private static final String PASSWORD = "test-only-" + UUID.randomUUID();
    private static final String SERVICE = "CN=outbox-test";
    private static final String GRANTED = "sspf.granted.v1";
    private static final String NOT_GRANTED = "sspf.not-granted.v1";

    @TempDir static Path stores;
    private KafkaClusterTestKit cluster;

    @BeforeAll
    void startABrokerThatKnowsClientsByTheirCertificates() throws Exception {
        TestStores made = new TestStores(stores);
        made.selfSigned("broker", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        made.selfSigned("service", SERVICE, null);
        made.trust("broker-trust", "service");
        // The broker's listener is also its inter-broker one: Kafka wants its own certificate trusted there too.
        made.trust("broker-trust", "broker");
        made.trust("service-trust", "broker");
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBaseDirectory(stores.resolve("kafka"))
                .build())
                // The test kit builds plaintext listeners only; its broker listener (EXTERNAL) becomes TLS here.
                .setConfigProp("listener.security.protocol.map", "EXTERNAL:SSL,CONTROLLER:PLAINTEXT")
                .setConfigProp("ssl.keystore.location", stores.resolve("broker.p12").toString())
                .setConfigProp("ssl.keystore.type", "PKCS12")
                .setConfigProp("ssl.keystore.password", PASSWORD)
                .setConfigProp("ssl.truststore.location", stores.resolve("broker-trust.p12").toString())
                .setConfigProp("ssl.truststore.type", "PKCS12")
                .setConfigProp("ssl.truststore.password", PASSWORD)
                .setConfigProp("ssl.client.auth", "required")
                .setConfigProp("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                // the broker itself, on the TLS listener and (plaintext, inside the node) to its controller
                .setConfigProp("super.users", "User:CN=localhost;User:ANONYMOUS")
                .setConfigProp("offsets.topic.replication.factor", (short) 1)
                .setConfigProp("group.initial.rebalance.delay.ms", 0)
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = Admin.create(asBroker())) {
            admin.createTopics(List.of(new NewTopic(GRANTED, 1, (short) 1), new NewTopic(NOT_GRANTED, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
            admin.createAcls(List.of(
                    allow(ResourceType.TOPIC, GRANTED, AclOperation.WRITE),
                    allow(ResourceType.TOPIC, GRANTED, AclOperation.READ),
                    allow(ResourceType.TOPIC, NOT_GRANTED, AclOperation.READ),
                    allow(ResourceType.GROUP, "outbox-test", AclOperation.READ))).all().get(30, TimeUnit.SECONDS);
            // The broker answers from its own authorizer, which learns of the ACLs from the controller's log.
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    admin.describeAcls(AclBindingFilter.ANY).values().get().size() == 4);
        }
    }

    @AfterAll
    void stopTheBroker() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aServiceConfiguredFromItsEnvironmentWritesAndReadsWhatItsAclsGrant() throws Exception {
        KafkaProperties kafka = serviceConfiguredByItsEnvironment();
        Map<String, Object> producerConfig = kafka.buildProducerProperties();
        // Idempotent, as the outbox's producer: Write on a topic is all the broker asks for its producer id.
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(GRANTED, "Y-1", "over mutual TLS")).get(30, TimeUnit.SECONDS);
        }
        var consumerConfig = kafka.buildConsumerProperties();
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-test");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(GRANTED));
            List<String> read = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    read.add(record.value());
                }
                return !read.isEmpty();
            });
            assertThat(read).containsExactly("over mutual TLS");
        }
    }

    @Test
    void theBrokerKnowsTheServiceByItsCertificateAndRefusesATopicItMayOnlyRead() {
        KafkaProperties kafka = serviceConfiguredByItsEnvironment();
        try (var producer = new KafkaProducer<>(kafka.buildProducerProperties(), new StringSerializer(),
                new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(NOT_GRANTED, "Y-1", "refused"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theReadinessChecksDescriptionOfTheClusterNeedsNoPermissionOfItsOwn() throws Exception {
        try (Admin admin = Admin.create(serviceConfiguredByItsEnvironment().buildAdminProperties())) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    /** Only the SSPF_KAFKA_* variables, as the Kubernetes manifests set them, and the bootstrap servers. */
    private KafkaProperties serviceConfiguredByItsEnvironment() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.kafka.bootstrap-servers", cluster.bootstrapServers())
                .withProperty(KafkaClientSecurity.PROTOCOL, "SSL")
                .withProperty(KafkaClientSecurity.KEYSTORE_LOCATION, stores.resolve("service.p12").toString())
                .withProperty(KafkaClientSecurity.KEYSTORE_PASSWORD, PASSWORD)
                .withProperty(KafkaClientSecurity.TRUSTSTORE_LOCATION, stores.resolve("service-trust.p12").toString())
                .withProperty(KafkaClientSecurity.TRUSTSTORE_PASSWORD, PASSWORD);
        new KafkaClientSecurity().postProcessEnvironment(environment, new SpringApplication());
        return Binder.get(environment).bindOrCreate("spring.kafka", KafkaProperties.class);
    }

    private Map<String, Object> asBroker() {
        return Map.of("bootstrap.servers", cluster.bootstrapServers(), "security.protocol", "SSL",
                "ssl.keystore.location", stores.resolve("broker.p12").toString(), "ssl.keystore.type", "PKCS12",
                "ssl.keystore.password", PASSWORD,
                "ssl.truststore.location", stores.resolve("service-trust.p12").toString(),
                "ssl.truststore.type", "PKCS12", "ssl.truststore.password", PASSWORD);
    }

    private static AclBinding allow(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + SERVICE, "*", operation, AclPermissionType.ALLOW));
    }

    /**
     * PKCS12 stores: a self-signed key pair made by the JDK's keytool (the JDK has no public API that signs a
     * certificate), and truststores written with java.security.KeyStore.
     */
    private record TestStores(Path directory) {

        void selfSigned(String store, String name, String extension) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                    .toString(), "-genkeypair", "-alias", store, "-dname", name, "-keyalg", "EC", "-groupname",
                    "secp256r1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store + ".p12", "-storepass",
                    PASSWORD));
            if (extension != null) {
                command.addAll(List.of("-ext", extension));
            }
            Process keytool = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make the key pair " + store + ": " + output);
            }
        }

        /** Adds the certificate of a key pair made above to a truststore, creating the store if need be. */
        void trust(String store, String certificateOf) throws GeneralSecurityException, IOException {
            Path file = directory.resolve(store + ".p12");
            KeyStore trusted = load(file.toFile().exists() ? file : null);
            Certificate certificate = load(directory.resolve(certificateOf + ".p12")).getCertificate(certificateOf);
            trusted.setCertificateEntry(certificateOf, certificate);
            try (OutputStream out = Files.newOutputStream(file)) {
                trusted.store(out, PASSWORD.toCharArray());
            }
        }

        private static KeyStore load(Path file) throws GeneralSecurityException, IOException {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (file == null) {
                store.load(null, null);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, PASSWORD.toCharArray());
                }
            }
            return store;
        }
    }
}
