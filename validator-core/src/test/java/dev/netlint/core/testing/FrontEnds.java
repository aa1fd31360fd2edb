package dev.netlint.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a front end (the command line, the Maven plugin) may use of the core: the entry point
 * ({@code core.run}), the formats ({@code core.report}) and the findings ({@code core.finding}), and
 * nothing else: no engine, configuration, loader, model or rule type, not even one that the entry point
 * hands out (a front end that took the engine's report from the outcome would choose its writers itself).
 * Each front end's {@code FrontEndTest} applies it to its own classes.
 */
public final class FrontEnds {

    /** The packages of the core a front end may use. */
    public static final List<String> CORE_API = List.of("dev.netlint.core.run", "dev.netlint.core.report",
            "dev.netlint.core.finding");

    private FrontEnds() {
    }

    /** The classes of a front end, without its tests. */
    public static JavaClasses classesOf(String frontEndPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(frontEndPackage);
    }

    /**
     * The classes of {@code frontEndPackage} depend only on Java, on {@code libraries} (package patterns,
     * as {@code picocli..}), on their own package and on {@link #CORE_API}; and they call no method that
     * returns another type of the core (bytecode names the owner of a called method, not what it returns).
     */
    public static ArchRule useOnlyTheCoreApi(String frontEndPackage, String... libraries) {
        List<String> allowed = new ArrayList<>(List.of("java..", frontEndPackage + ".."));
        allowed.addAll(List.of(libraries));
        CORE_API.forEach(api -> allowed.add(api + ".."));
        ArchRule depends = classes().that().resideInAPackage(frontEndPackage + "..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new));
        ArchRule receives = noClasses().that().resideInAPackage(frontEndPackage + "..").should()
                .callMethodWhere(DescribedPredicate.describe("it returns a type of the core outside " + CORE_API,
                        FrontEnds::returnsBeyondTheApi));
        return CompositeArchRule.of(depends).and(receives)
                .because("a front end maps its options onto a check request and the outcome onto its own result;"
                        + " what it prints, and how, is the report package's");
    }

    private static boolean returnsBeyondTheApi(JavaMethodCall call) {
        Set<JavaClass> returned = new HashSet<>();
        returned.add(call.getTarget().getRawReturnType());
        call.getTarget().resolveMember().ifPresent(method -> returned.addAll(method.getReturnType().getAllInvolvedRawTypes()));
        return returned.stream().anyMatch(FrontEnds::beyondTheApi);
    }

    private static boolean beyondTheApi(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("dev.netlint.core.")
                && CORE_API.stream().noneMatch(api -> name.equals(api) || name.startsWith(api + "."));
    }
}
