package se.sspf.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import se.sspf.contracts.AgencyRecord;

/**
 * The rules of structure every service keeps, applied whole by each service's ArchitectureTest
 * ({@code @ArchTest static final ArchTests serviceArchitecture = ArchTests.in(ServiceArchitecture.class)}). They make
 * the consent gate structural: an agency's record comes out of the database only through a store, and a store
 * hands it out only sealed ({@value #OWNED}), which only the gate's {@code GatedReads} opens.
 */
public final class ServiceArchitecture {

    /**
     * The sealed form of an agency's record (platform/libraries/consent-gate), named here since that library depends on
     * this one.
     */
    static final String OWNED = "se.sspf.platform.consentgate.Owned";

    private ServiceArchitecture() {
    }

    /** SQL lives in stores: a class in a {@code store} package or named {@code …Store}. */
    @ArchTest
    public static final ArchRule SQL_ONLY_IN_STORES = noClasses().that(areNotStores())
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
            .as("SQL is written only in stores")
            .because("a store is the one way into a table, and it hands agencies' records out only sealed")
            .allowEmptyShould(true);

    /**
     * A store returns an {@link AgencyRecord} only inside {@code Owned}: in what it returns (its type arguments,
     * and the components of the records of its own package it returns), an agency's record never stands bare.
     */
    @ArchTest
    public static final ArchRule AGENCY_RECORDS_LEAVE_STORES_SEALED = methods().that()
            .areDeclaredInClassesThat(areStores()).and().arePublic()
            .should(handOutAgencyRecordsOnlySealed())
            .as("stores hand agencies' records out only sealed in Owned, for the consent gate to open")
            .allowEmptyShould(true);

    /**
     * A service's rules are plain Java that a unit test reaches without Spring, a database, a broker or the network.
     */
    @ArchTest
    public static final ArchRule DOMAIN_KNOWS_NO_FRAMEWORKS = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..", "se.sspf.platform..",
                    "java.net..")
            .allowEmptyShould(true);

    /**
     * A controller translates HTTP and delegates: what a request does (reading a store, a transaction, an audit
     * entry, an event, a disclosure) is done by the application service it calls, where a test finds it by name.
     */
    @ArchTest
    public static final ArchRule CONTROLLERS_ONLY_DELEGATE = noClasses()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(
                    "org.springframework.transaction.support.TransactionTemplate")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("se.sspf.platform.outbox.Outbox")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("se.sspf.platform.audit.AuditTrail")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("se.sspf.platform.consentgate.GatedReads")
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.kafka..")
            .as("controllers only delegate: they read no store, open no transaction, audit, announce or disclose "
            + "nothing")
            .allowEmptyShould(true);

    /** Business code announces through the outbox; only a {@code publication} package sends to Kafka itself. */
    @ArchTest
    public static final ArchRule ONLY_PUBLICATION_TALKS_TO_KAFKA = noClasses()
            .that().resideOutsideOfPackage("..publication..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka.core..")
            .as("business code announces through the outbox; only a publication package sends to Kafka itself")
            .allowEmptyShould(true);

    /** A service uses no other service's code: what it needs of another it learns from events or the API. */
    @ArchTest
    public static final ArchRule USES_NO_OTHER_SERVICE = classes().should(useNoOtherServicesCode())
            .as("a service uses no other service's code")
            .allowEmptyShould(true);

    private static final List<String> SERVICES = List.of("se.sspf.casework", "se.sspf.consent", "se.sspf.plan",
            "se.sspf.notification", "se.sspf.gateway");

    private static ArchCondition<JavaClass> useNoOtherServicesCode() {
        return new ArchCondition<>("use no other service's code") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = serviceOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target = serviceOf(dependency.getTargetClass());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": " + target.get() + " is another service's code"));
                    }
                }
            }
        };
    }

    private static Optional<String> serviceOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return SERVICES.stream().filter(service -> name.equals(service) || name.startsWith(service + ".")).findFirst();
    }

    private static DescribedPredicate<JavaClass> areStores() {
        return DescribedPredicate.describe("are stores", ServiceArchitecture::isStore);
    }

    private static DescribedPredicate<JavaClass> areNotStores() {
        return DescribedPredicate.describe("are not stores", javaClass -> !isStore(javaClass));
    }

    private static boolean isStore(JavaClass javaClass) {
        JavaClass outermost = javaClass;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.getPackageName().endsWith(".store") || outermost.getSimpleName().endsWith("Store");
    }

    private static ArchCondition<JavaMethod> handOutAgencyRecordsOnlySealed() {
        return new ArchCondition<>("hand out agencies' records only sealed") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<String> bare = new ArrayList<>();
                findBare(method.getReturnType(), method.getOwner().getPackageName(), new HashSet<>(), bare);
                for (String record : bare) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " returns the agency record "
                            + record + " unsealed; return it as Owned<" + record + "> for the consent gate to open"));
                }
            }
        };
    }

    /** Walks a returned type: type arguments, and the fields of the records of the store's own package. */
    private static void findBare(JavaType type, String storePackage, Set<String> seen, List<String> bare) {
        JavaClass raw = type.toErasure();
        if (raw.getName().equals(OWNED) || !seen.add(type.getName())) {
            return;
        }
        if (raw.isAnnotatedWith(AgencyRecord.class)) {
            bare.add(raw.getSimpleName());
            return;
        }
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(argument -> findBare(argument, storePackage, seen, bare));
        }
        if (raw.isRecord() && raw.getPackageName().equals(storePackage)) {
            for (JavaField field : raw.getFields()) {
                if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                    findBare(field.getType(), storePackage, seen, bare);
                }
            }
        }
    }
}
