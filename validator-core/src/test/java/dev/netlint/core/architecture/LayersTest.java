package dev.netlint.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages only look down (docs/architecture.md draws them):
 * util (what any layer may use: the lazy value), then model, then finding, plan and io; load; rule; engine;
 * config; report; and the entry point on top.
 */
class LayersTest {

    private static JavaClasses core;

    @BeforeAll
    static void load() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.netlint.core");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.netlint.core.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void theModelImportsNothingAboveIt() {
        classes().that().resideInAPackage("..core.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("..core.model..", "..core.internal.util..", "java..", "inet.ipaddr..").check(core);
    }

    @Test
    void findingsKnowOnlyTheModel() {
        classes().that().resideInAPackage("..core.finding..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("..core.finding..", "..core.model..", "java..").check(core);
    }

    @Test
    void thePlanKnowsOnlyTheModel() {
        classes().that().resideInAPackage("..core.plan..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("..core.plan..", "..core.model..", "..core.internal.util..", "java..", "inet.ipaddr..")
                .check(core);
    }

    @Test
    void theUtilitiesKnowNothingOfNetlint() {
        classes().that().resideInAPackage("..core.internal.util..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("..core.internal.util..", "java..").check(core);
    }

    @Test
    void fileWritingKnowsNothingOfNetlint() {
        classes().that().resideInAPackage("..core.internal.io..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("..core.internal.io..", "java..").check(core);
    }

    @Test
    void theLoaderKnowsNeitherRulesNorWhatRunsThem() {
        noClasses().that().resideInAPackage("..core.internal.load..").should().dependOnClassesThat()
                .resideInAnyPackage("..core.rule..", "..core.plan..", "..core.internal.engine..", "..core.internal.config..",
                        "..core.report..").check(core);
    }

    @Test
    void rulesKnowNeitherTheEngineNorTheConfigurationNorTheReports() {
        noClasses().that().resideInAPackage("..core.rule..").should().dependOnClassesThat()
                .resideInAnyPackage("..core.internal.engine..", "..core.internal.config..", "..core.report..", "..core.internal.load..")
                .check(core);
    }

    @Test
    void theEntryPointIsOnTopNothingInTheCoreImportsIt() {
        noClasses().that().resideOutsideOfPackage("..core.run..").should().dependOnClassesThat()
                .resideInAPackage("..core.run..").check(core);
    }

    @Test
    void theConfigurationDoesNotImportTheReports() {
        noClasses().that().resideInAPackage("..core.internal.config..").should().dependOnClassesThat()
                .resideInAPackage("..core.report..").check(core);
    }
}
