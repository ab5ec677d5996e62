package se.sspf.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import se.sspf.testsupport.architecture.ServiceArchitecture;

@AnalyzeClasses(packages = "se.sspf.casework", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules of structure every service keeps (platform/libraries/test-support). */
    @ArchTest
    static final ArchTests serviceArchitecture = ArchTests.in(ServiceArchitecture.class);

    /** The identity is opened in one place only. */
    @ArchTest
    static final ArchRule onlyTheIdentityFeatureUsesTheVault = noClasses()
            .that().resideOutsideOfPackage("..casework.identity..")
            .should().dependOnClassesThat().haveSimpleName("IdentityVault");
}
