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
 * model, then finding and plan; rule; result; under {@code internal}: util and io, load (its files as text
 * and parse events, then the schema tables, then the runbooks, then the devices), engine, config; then
 * report; and the entry point on top. The API below the engine never imports an internal package, so
 * {@code internal} is one storey of its own, above the API types it works with.
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
                .resideInAnyPackage("..core.model..", "java..", "inet.ipaddr..").check(core);
    }

    @Test
    void findingsKnowOnlyTheModel() {
        classes().that().resideInAPackage("..core.finding..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("..core.finding..", "..core.model..", "java..").check(core);
    }

    @Test
    void thePlanKnowsOnlyTheModel() {
        classes().that().resideInAPackage("..core.plan..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("..core.plan..", "..core.model..", "java..", "inet.ipaddr..")
                .check(core);
    }

    @Test
    void theApiBelowTheEngineNeverImportsTheInternals() {
        noClasses().that().resideInAnyPackage("..core.model..", "..core.finding..", "..core.plan..", "..core.rule..",
                "..core.result..").should().dependOnClassesThat().resideInAPackage("..core.internal..").check(core);
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
    void theLoaderReadsTextThenTablesThenRunbooksThenDevices() {
        String top = "dev.netlint.core.internal.load";
        noClasses().that().resideInAPackage(top + ".source").should().dependOnClassesThat()
                .resideInAnyPackage(top, top + ".schema", top + ".runbook").check(core);
        noClasses().that().resideInAPackage(top + ".schema").should().dependOnClassesThat()
                .resideInAnyPackage(top, top + ".runbook").check(core);
        noClasses().that().resideInAPackage(top + ".runbook").should().dependOnClassesThat()
                .resideInAPackage(top).check(core);
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
