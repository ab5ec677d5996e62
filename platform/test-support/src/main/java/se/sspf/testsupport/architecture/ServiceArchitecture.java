package se.sspf.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import se.sspf.contracts.AgencyRecord;

/**
 * The rules of structure every service keeps, applied by each service's ArchitectureTest. Together they make
 * the consent gate structural: an agency's record comes out of the database only through a store, and a store
 * hands it out only sealed ({@value #OWNED}), which only the gate's {@code GatedReads} opens.
 */
public final class ServiceArchitecture {

    /** The sealed form of an agency's record (platform/consent-gate), named here since that library depends on this one. */
    static final String OWNED = "se.sspf.platform.consentgate.Owned";

    private ServiceArchitecture() {
    }

    /** SQL lives in stores: a class in a {@code store} package or named {@code …Store}. */
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
    public static final ArchRule AGENCY_RECORDS_LEAVE_STORES_SEALED = methods().that().areDeclaredInClassesThat(areStores())
            .and().arePublic()
            .should(handOutAgencyRecordsOnlySealed())
            .as("stores hand agencies' records out only sealed in Owned, for the consent gate to open")
            .allowEmptyShould(true);

    /** A service's rules are plain Java that a unit test reaches without Spring, a database, a broker or the network. */
    public static final ArchRule DOMAIN_KNOWS_NO_FRAMEWORKS = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..", "se.sspf.platform..", "java.net..")
            .allowEmptyShould(true);

    private static final List<String> SERVICES = List.of("se.sspf.casework", "se.sspf.consent", "se.sspf.plan",
            "se.sspf.notification", "se.sspf.gateway");

    /** A service uses no other service's code: what it needs of another it learns from events or the API. */
    public static ArchRule usesNoOtherService(String servicePackage) {
        String[] others = SERVICES.stream().filter(service -> !service.equals(servicePackage)).map(service -> service + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("the classes of " + servicePackage + " use no other service's code")
                .allowEmptyShould(true);
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
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns the agency record "
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
                if (!field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                    findBare(field.getType(), storePackage, seen, bare);
                }
            }
        }
    }
}
