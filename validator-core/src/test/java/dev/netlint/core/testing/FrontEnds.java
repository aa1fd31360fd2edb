package dev.netlint.core.testing;

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
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a front end (the command line, the Maven plugin) may use of the core: the entry point
 * ({@code core.check}), the report types ({@code core.report}, {@code core.finding}) and the types their
 * public API hands out. Each front end's {@code FrontEndTest} applies it to its own classes.
 */
public final class FrontEnds {

    /** The packages of the entry point and the report types, whose public API the front ends may use. */
    private static final String[] API = {"dev.netlint.core.check", "dev.netlint.core.report", "dev.netlint.core.finding"};

    private FrontEnds() {
    }

    /** The classes of a front end, without its tests. */
    public static JavaClasses classesOf(String frontEndPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(frontEndPackage);
    }

    /**
     * The classes of {@code frontEndPackage} depend only on Java, on {@code libraries} (package patterns,
     * as {@code picocli..}), on their own package, on the entry point and the report types, and on what
     * their public API hands out.
     */
    public static ArchRule useOnlyTheCoreApi(String frontEndPackage, String... libraries) {
        List<String> allowed = new ArrayList<>(List.of("java..", frontEndPackage + ".."));
        allowed.addAll(List.of(libraries));
        for (String api : API) {
            allowed.add(api + "..");
        }
        return classes().that().resideInAPackage(frontEndPackage + "..").should().onlyDependOnClassesThat(
                JavaClass.Predicates.resideInAnyPackage(allowed.toArray(String[]::new)).or(exposedByTheApi()));
    }

    /** The types named in the public signatures of the entry point's and the report types' public classes. */
    private static DescribedPredicate<JavaClass> exposedByTheApi() {
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
