package se.sspf.consent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.sspf.consent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The consent rules are plain Java that a unit test reaches without Spring, a database or a broker. */
    @ArchTest
    static final ArchRule theDomainKnowsNoFrameworks = noClasses().that().resideInAPackage("..consent.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..", "se.sspf.platform..");

    /** Business code announces through the outbox; it never sends to Kafka itself. */
    @ArchTest
    static final ArchRule onlyThePublicationTalksToKafka = noClasses()
            .that().resideOutsideOfPackage("..consent.publication..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka.core..");
}
