package se.sspf.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import se.sspf.testsupport.architecture.ServiceArchitecture;

@AnalyzeClasses(packages = "se.sspf.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules of structure every service keeps (platform/libraries/test-support). */
    @ArchTest
    static final ArchTests serviceArchitecture = ArchTests.in(ServiceArchitecture.class);
}
