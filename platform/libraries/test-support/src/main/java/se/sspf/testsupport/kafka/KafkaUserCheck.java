package se.sspf.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.ClassUtils;
import se.sspf.contracts.EventType;

/**
 * Checks that a service's KafkaUser allows exactly what the running service does on Kafka: no topic, group or
 * operation it does not use, none it uses missing. What it does is asked of its application context (only beans
 * whose classes the service has in production: {@link ProductionClassPath}), not of a second list kept by hand:
 * <ul>
 *   <li>its Kafka listeners: each one's topics are read in its consumer group, as the running listener container
 *   says; the platform's error handler parks what it cannot handle, so each topic's {@code <topic>.DLT} is
 *   written;</li>
 *   <li>the Kafka clients the platform libraries run themselves (the consent view, the re-drive of parked events),
 *   as they describe themselves;</li>
 *   <li>the events it publishes: an event's record is constructed only by the code that announces it (the domain
 *   returns it, the outbox sends it), so the topics of the event types whose records the service's own classes and
 *   its platform libraries construct are the topics it writes — except the records a library rebuilds of a topic
 *   its own client reads (the consent view keeps states compact and rebuilds one for the rule to decide on);</li>
 *   <li>the topics it declares (NewTopic) and whether its producer is transactional.</li>
 * </ul>
 * Topic names are compared without the test's topic prefix, as a deployment without a prefix names them.
 */
public final class KafkaUserCheck {

    private static final String PLATFORM = "se.sspf.platform.";

    private KafkaUserCheck() {
    }

    /**
     * The service's KafkaUser in platform/deployment allows exactly what {@link #observe} finds it doing.
     *
     * @param ownClientType the type of the platform's own Kafka clients (se.sspf.platform.events.OwnKafkaClient,
     *                      which this library cannot name: the platform's libraries test with it)
     */
    public static <C> void assertTheManifestAllowsExactlyWhatItDoes(ApplicationContext context, Class<C> ownClientType,
                                                                    Function<C, KafkaUse.OwnClient> describe) {
        String service = context.getEnvironment().getRequiredProperty("spring.application.name");
        KafkaUse use = observe(context, ownClientType, describe);
        assertThat(KafkaUserManifest.aclsOf(KafkaUserManifest.file(), service))
                .as("the ACLs of the KafkaUser %s in %s, against what it reads %s, writes %s, declares %s and "
                        + "its groups %s", service, KafkaUserManifest.FILE, use.reads(), use.writes(), use.declares(),
                        use.groups())
                .containsExactlyInAnyOrderElementsOf(use.acls());
    }

    /** What the service does on Kafka, by the contract's topic names. */
    public static <C> KafkaUse observe(ApplicationContext context, Class<C> ownClientType,
                                       Function<C, KafkaUse.OwnClient> describe) {
        ProductionClassPath production = ProductionClassPath.ofThisModule();
        String prefix = context.getEnvironment().getProperty("sspf.kafka.topic-prefix", "");
        Function<String, String> contractName = topic -> {
            assertThat(topic).as("a topic the service uses is behind its prefix").startsWith(prefix);
            return topic.substring(prefix.length());
        };
        Set<String> reads = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (MessageListenerContainer container : runningListeners(context, production)) {
            groups.add(container.getGroupId());
            for (String topic : container.getContainerProperties().getTopics()) {
                reads.add(contractName.apply(topic));
                if (container instanceof AbstractMessageListenerContainer<?, ?> parking
                        && parking.getCommonErrorHandler() != null) {
                    writes.add(contractName.apply(topic) + ".DLT");
                }
            }
        }
        Map<String, Set<String>> readByLibrary = new HashMap<>();
        for (C bean : context.getBeansOfType(ownClientType).values()) {
            if (production.holds(ClassUtils.getUserClass(bean))) {
                KafkaUse.OwnClient client = describe.apply(bean);
                client.reads().stream().map(contractName).forEach(reads::add);
                client.reads().stream().map(contractName).forEach(topic -> readByLibrary
                        .computeIfAbsent(libraryOf(ClassUtils.getUserClass(bean).getPackageName()), library -> new TreeSet<>())
                        .add(topic));
                client.writes().stream().map(contractName).forEach(writes::add);
                client.group().ifPresent(groups::add);
            }
        }
        writes.addAll(topicsOfTheEventsItConstructs(context, production, readByLibrary));
        Set<String> declares = context.getBeansOfType(NewTopic.class).values().stream().map(NewTopic::name)
                .map(contractName).collect(Collectors.toCollection(TreeSet::new));
        Optional<String> transactional = context.getBeansOfType(KafkaTemplate.class).values().stream()
                .map(template -> template.getProducerFactory().getTransactionIdPrefix())
                .filter(Objects::nonNull).findFirst();
        return new KafkaUse(reads, writes, declares, groups, transactional);
    }

    /**
     * The running listener containers of the service's own @KafkaListener methods. A container's listener does not
     * name its bean, so the methods are found on the beans and matched to a running container by topics and group.
     */
    private static List<MessageListenerContainer> runningListeners(ApplicationContext context,
                                                                   ProductionClassPath production) {
        Environment environment = context.getEnvironment();
        var running = context.getBean(KafkaListenerEndpointRegistry.class).getAllListenerContainers();
        List<MessageListenerContainer> listeners = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !production.holds(ClassUtils.getUserClass(type))) {
                continue;
            }
            assertThat(AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(type), KafkaListener.class))
                    .as("%s: a class-level @KafkaListener, which this check does not read", type.getName()).isFalse();
            Map<Method, KafkaListener> methods = MethodIntrospector.selectMethods(ClassUtils.getUserClass(type),
                    (MethodIntrospector.MetadataLookup<KafkaListener>) method ->
                            AnnotatedElementUtils.findMergedAnnotation(method, KafkaListener.class));
            for (var listener : methods.entrySet()) {
                KafkaListener annotation = listener.getValue();
                assertThat(annotation.topicPattern()).as("%s names its topics", listener.getKey()).isEmpty();
                assertThat(annotation.topicPartitions()).as("%s names its topics", listener.getKey()).isEmpty();
                Set<String> topics = Arrays.stream(annotation.topics()).map(environment::resolveRequiredPlaceholders)
                        .collect(Collectors.toSet());
                String group = environment.resolveRequiredPlaceholders(annotation.groupId());
                MessageListenerContainer container = running.stream()
                        .filter(c -> group.equals(c.getGroupId())
                                && topics.equals(Set.of(c.getContainerProperties().getTopics())))
                        .findFirst().orElseThrow(() -> new AssertionError("no listener container runs " + listener
                                .getKey() + " (topics " + topics + ", group '" + group + "')"));
                listeners.add(container);
            }
        }
        return listeners;
    }

    /** The packages of the application and of the platform libraries whose beans it runs, scanned for event records. */
    private static Set<String> topicsOfTheEventsItConstructs(ApplicationContext context,
                                                             ProductionClassPath production,
                                                             Map<String, Set<String>> readByLibrary) {
        Set<String> packages = new TreeSet<>();
        Map<String, Object> applications = context.getBeansWithAnnotation(SpringBootApplication.class);
        assertThat(applications).as("the service's @SpringBootApplication").isNotEmpty();
        applications.values().forEach(application -> packages.add(ClassUtils.getUserClass(application)
                .getPackageName()));
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type != null && type.getPackageName().startsWith(PLATFORM) && production.holds(type)) {
                // the whole library: se.sspf.platform.<library>
                packages.add(libraryOf(type.getPackageName()));
            }
        }
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(packages);
        Set<String> topics = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            Set<String> readHere = readByLibrary.getOrDefault(libraryOf(javaClass.getPackageName()), Set.of());
            for (var call : javaClass.getConstructorCallsFromSelf()) {
                Arrays.stream(EventType.values())
                        .filter(type -> type.dataClass().getName().equals(call.getTargetOwner().getName()))
                        // A library that reads a topic into a view of its own rebuilds that topic's records: it reads.
                        .filter(type -> !readHere.contains(type.topic()))
                        .forEach(type -> topics.add(type.topic()));
            }
        }
        return topics;
    }

    /** A platform library is its package below se.sspf.platform; an application's classes are one library. */
    private static String libraryOf(String packageName) {
        return packageName.startsWith(PLATFORM)
                ? String.join(".", Arrays.copyOf(packageName.split("\\."), 4)) : packageName;
    }
}
