package se.sspf.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.sspf.testsupport.architecture.ServiceArchitecture;

@AnalyzeClasses(packages = "se.sspf.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules are plain Java that a unit test reaches without Spring, a database or a broker (platform/test-support). */
    @ArchTest
    static final ArchRule theDomainKnowsNoFrameworks = ServiceArchitecture.DOMAIN_KNOWS_NO_FRAMEWORKS;

    @ArchTest
    static final ArchRule noOtherServicesCode = ServiceArchitecture.usesNoOtherService("se.sspf.notification");

    /** Nothing here sends to Kafka itself. */
    @ArchTest
    static final ArchRule nothingTalksToKafkaDirectly = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka.core..");

    /** A name is asked for in one place, where messages are written, and only from case-service. */
    @ArchTest
    static final ArchRule onlyTheComposerAsksForNames = noClasses()
            .that().resideOutsideOfPackages("..notification.names..", "..notification.message..")
            .should().dependOnClassesThat().haveSimpleName("YouthNames");

    /** An agency's record leaves a store only sealed, for the consent gate to open (platform/test-support). */
    @ArchTest
    static final ArchRule agencyRecordsLeaveStoresSealed = ServiceArchitecture.AGENCY_RECORDS_LEAVE_STORES_SEALED;

    /** SQL is written only in stores (platform/test-support). */
    @ArchTest
    static final ArchRule sqlOnlyInStores = ServiceArchitecture.SQL_ONLY_IN_STORES;
}
