package dev.netlint.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rule sees a device through the rule API, the model and the plan: never the loader, the engine or the reports. */
class RulesLayersTest {

    private static JavaClasses rules;

    @BeforeAll
    static void load() {
        rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.netlint.rules");
    }

    @Test
    void rulesUseOnlyTheRuleApiTheModelAndThePlan() {
        classes().that().resideInAPackage("dev.netlint.rules..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.netlint.rules..", "dev.netlint.core.rule..", "dev.netlint.core.model..",
                        "dev.netlint.core.plan..", "dev.netlint.core.finding..", "java..", "inet.ipaddr..",
                        "org.apache.commons.validator..")
                .check(rules);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.netlint.rules.(*)..").should().beFreeOfCycles().check(rules);
    }
}
