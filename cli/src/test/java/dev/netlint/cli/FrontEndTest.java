package dev.netlint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The command line is a thin front end: it uses the core's entry point ({@code dev.netlint.core.check}),
 * the report types ({@code report}, {@code finding}) and the types their public API hands out (the
 * {@code Report} of an outcome, the {@code Location} of a finding), nothing else of the core: no
 * configuration, engine, loader or rule of its own.
 */
class FrontEndTest {

    /** The packages of the entry point and the report types, whose public API the front ends may use. */
    private static final String[] API = {"dev.netlint.core.check", "dev.netlint.core.report", "dev.netlint.core.finding"};

    @Test
    void theCommandLineUsesOnlyTheEntryPointAndTheReportTypes() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.netlint.cli");
        classes().that().resideInAPackage("dev.netlint.cli..").should().onlyDependOnClassesThat(
                        JavaClass.Predicates.resideInAnyPackage("java..", "picocli..", "dev.netlint.cli..",
                                        "dev.netlint.core.check..", "dev.netlint.core.report..", "dev.netlint.core.finding..")
                                .or(exposedByTheApi()))
                .check(cli);
    }

    /** The types named in the public signatures of the entry point's and the report types' public classes. */
    static DescribedPredicate<JavaClass> exposedByTheApi() {
        JavaClasses api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(API);
        Set<String> exposed = new HashSet<>();
        for (JavaClass type : api) {
            if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaMember member : type.getMembers()) {
                if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                if (member instanceof JavaCodeUnit code) {
                    exposed.addAll(names(code.getReturnType()));
                    code.getParameterTypes().forEach(parameter -> exposed.addAll(names(parameter)));
                } else if (member instanceof JavaField field) {
                    exposed.addAll(names(field.getType()));
                }
            }
        }
        return DescribedPredicate.describe("exposed by the public API of " + String.join(", ", API),
                (JavaClass type) -> exposed.contains(type.getName()));
    }

    private static Set<String> names(JavaType type) {
        Set<String> names = new HashSet<>();
        type.getAllInvolvedRawTypes().forEach(raw -> names.add(raw.getName()));
        return names;
    }
}
