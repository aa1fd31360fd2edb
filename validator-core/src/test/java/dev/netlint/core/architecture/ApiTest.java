package dev.netlint.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The declared API of validator-core: what a third party may use to write a rule, run a check and read
 * findings and the model. Every other package is under {@code dev.netlint.core.internal} and may change
 * in any release; an API type never hands one of its types out (docs/architecture.md, "The public API").
 * The rules and the front ends are held to less than this API by their own tests ({@code RulesLayersTest},
 * {@code FrontEndTest}).
 */
class ApiTest {

    /** The packages a third party may use. */
    static final String[] API = {"dev.netlint.core.run", "dev.netlint.core.rule", "dev.netlint.core.model",
        "dev.netlint.core.plan", "dev.netlint.core.finding", "dev.netlint.core.result", "dev.netlint.core.report"};

    private static final String INTERNAL = "dev.netlint.core.internal..";

    private static JavaClasses core;

    @BeforeAll
    static void load() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.netlint.core");
    }

    @Test
    void everyPackageIsDeclaredApiOrInternal() {
        classes().should().resideInAnyPackage(withInternal())
                .as("every package of the core is declared API (ApiTest.API) or lives under " + INTERNAL)
                .check(core);
    }

    @Test
    void theApiNeverHandsOutAnInternalType() {
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(API)
                .should(new ArchCondition<JavaCodeUnit>("not take or return an internal type") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        // the raw types and every type argument: a Map<String, Internal> hands one out too
                        Set<JavaClass> types = new LinkedHashSet<>();
                        unit.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
                        types.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                        for (JavaClass type : types) {
                            if (internal(type)) {
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                        + " exposes the internal type " + type.getName()));
                            }
                        }
                    }
                }).check(core);
        fields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(API)
                .should(new ArchCondition<JavaField>("not be of an internal type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                            if (internal(type)) {
                                events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                        + " exposes the internal type " + type.getName()));
                            }
                        }
                    }
                }).check(core);
    }

    private static boolean internal(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        return base.getPackageName().startsWith("dev.netlint.core.internal");
    }

    private static String[] withInternal() {
        String[] all = java.util.Arrays.copyOf(API, API.length + 1);
        all[API.length] = INTERNAL;
        return all;
    }
}
