package se.sspf.platform.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;

/**
 * How every Kafka client of a service (listeners, the outbox's producer, the consent view, the re-drive, the admin
 * and health clients) reaches the brokers, from the environment and in one place: {@code spring.kafka.properties.*}
 * is the one map Spring Boot hands to all of them. PLAINTEXT unless told otherwise, as on the local stack; in a
 * cluster SSL with the service's own certificate (mutual TLS), because the broker's ACLs know the service by it.
 *
 * <p>Only what is set is passed on: an empty keystore location would make the Kafka client look for a file named "".
 * A protocol the platform does not support, or SSL without the service's certificate, stops the start with the name
 * of the variable at fault, never its value.
 */
class KafkaClientSecurity implements EnvironmentPostProcessor {

    static final String PROTOCOL = "SSPF_KAFKA_SECURITY_PROTOCOL";
    static final String TRUSTSTORE_LOCATION = "SSPF_KAFKA_TRUSTSTORE_LOCATION";
    static final String TRUSTSTORE_TYPE = "SSPF_KAFKA_TRUSTSTORE_TYPE";
    static final String TRUSTSTORE_PASSWORD = "SSPF_KAFKA_TRUSTSTORE_PASSWORD";
    static final String KEYSTORE_LOCATION = "SSPF_KAFKA_KEYSTORE_LOCATION";
    static final String KEYSTORE_TYPE = "SSPF_KAFKA_KEYSTORE_TYPE";
    static final String KEYSTORE_PASSWORD = "SSPF_KAFKA_KEYSTORE_PASSWORD";

    private static final String PLAINTEXT = "PLAINTEXT";
    private static final String SSL = "SSL";
    /** What Strimzi writes into a KafkaUser's Secret (user.p12) and the cluster CA's (ca.p12). */
    private static final String DEFAULT_STORE_TYPE = "PKCS12";
    private static final String CLIENT_PROPERTIES = "spring.kafka.properties.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new LinkedHashMap<>();
        clientProperties(environment).forEach((key, value) -> properties.put(CLIENT_PROPERTIES + key, value));
        environment.getPropertySources().addLast(new MapPropertySource("sspfKafkaClientSecurity", properties));
    }

    /** The Kafka client properties the environment asks for, by Kafka's own names. */
    static Map<String, String> clientProperties(PropertyResolver environment) {
        String protocol = valueOf(environment, PROTOCOL);
        protocol = protocol == null ? PLAINTEXT : protocol.toUpperCase(Locale.ROOT);
        if (!List.of(PLAINTEXT, SSL).contains(protocol)) {
            throw new IllegalStateException(PROTOCOL + " must be PLAINTEXT or SSL (mutual TLS)");
        }
        Map<String, String> client = new LinkedHashMap<>();
        client.put("security.protocol", protocol);
        if (protocol.equals(SSL)) {
            // Without its own certificate the service would be anonymous to the broker, and the ACLs deny anonymous.
            store(environment, client, "ssl.keystore", KEYSTORE_LOCATION, KEYSTORE_TYPE, KEYSTORE_PASSWORD, true);
            // Without a truststore the JDK's own trusted authorities judge the brokers (a managed Kafka).
            store(environment, client, "ssl.truststore", TRUSTSTORE_LOCATION, TRUSTSTORE_TYPE, TRUSTSTORE_PASSWORD,
                    false);
        }
        return client;
    }

    private static void store(PropertyResolver environment, Map<String, String> client, String kafkaPrefix,
                              String locationVariable, String typeVariable, String passwordVariable,
                              boolean required) {
        String location = valueOf(environment, locationVariable);
        if (location == null) {
            if (required) {
                throw new IllegalStateException(PROTOCOL + "=SSL needs " + locationVariable
                        + ": the service's certificate, by which the broker knows it");
            }
            return;
        }
        String password = valueOf(environment, passwordVariable);
        if (password == null) {
            throw new IllegalStateException(locationVariable + " is set, so " + passwordVariable + " must be too");
        }
        String type = valueOf(environment, typeVariable);
        client.put(kafkaPrefix + ".location", location);
        client.put(kafkaPrefix + ".type", type == null ? DEFAULT_STORE_TYPE : type);
        client.put(kafkaPrefix + ".password", password);
    }

    private static String valueOf(PropertyResolver environment, String variable) {
        String value = environment.getProperty(variable);
        return value == null || value.isBlank() ? null : value;
    }
}
