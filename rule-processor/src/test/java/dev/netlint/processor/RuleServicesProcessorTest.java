package dev.netlint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles small rule classes with the processor, as the build compiles the real ones. */
class RuleServicesProcessorTest {

    private static final Map<String, String> API = Map.of(
            "dev/netlint/core/rule/Rule.java", """
                    package dev.netlint.core.rule;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    @java.lang.annotation.Repeatable(Rule.List.class)
                    public @interface Rule {
                        String id();
                        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                        @interface List { Rule[] value(); }
                    }
                    """,
            "dev/netlint/core/rule/DeviceRule.java", """
                    package dev.netlint.core.rule;
                    public interface DeviceRule { }
                    """);

    @TempDir
    Path dir;

    private record Result(boolean ok, List<String> errors, Path classes) {
    }

    private Result compile(Map<String, String> sources) throws IOException {
        Map<String, String> all = new java.util.HashMap<>(API);
        all.putAll(sources);
        return compileOnly(all);
    }

    /** Compiles these sources alone into the same output, with that output on the class path. */
    private Result compileOnly(Map<String, String> all) throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : all.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", classes.toString(), "-implicit:class"), null,
                    manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new RuleServicesProcessor()));
            boolean ok = task.call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
            return new Result(ok, errors, classes);
        }
    }

    @Test
    void everyRuleClassIsRegisteredSorted() throws IOException {
        Result result = compile(Map.of(
                "a/b/Second.java", "package a.b; @dev.netlint.core.rule.Rule(id = \"z\") public final class Second"
                        + " implements dev.netlint.core.rule.DeviceRule { }",
                "a/First.java", "package a; @dev.netlint.core.rule.Rule(id = \"a\") public class First"
                        + " implements dev.netlint.core.rule.DeviceRule { public static final class Inner"
                        + " implements dev.netlint.core.rule.DeviceRule { } }",
                "a/Nested.java", "package a; public class Nested { @dev.netlint.core.rule.Rule(id = \"n\") public static"
                        + " class In implements dev.netlint.core.rule.DeviceRule { } }",
                "a/NotARule.java", "package a; public class NotARule implements dev.netlint.core.rule.DeviceRule { }",
                "a/Several.java", "package a; @dev.netlint.core.rule.Rule(id = \"s\") @dev.netlint.core.rule.Rule(id = \"t\")"
                        + " public class Several implements dev.netlint.core.rule.DeviceRule { }"));

        assertThat(result.errors()).isEmpty();
        assertThat(Files.readAllLines(result.classes().resolve(RuleServicesProcessor.SERVICES)))
                .filteredOn(line -> !line.startsWith("#"))
                .containsExactly("a.First", "a.Nested$In", "a.Several", "a.b.Second");
    }

    @Test
    void aRuleClassTheServiceLoaderCannotLoadIsACompileError() throws IOException {
        Result result = compile(Map.of(
                "a/Abstract.java", "package a; @dev.netlint.core.rule.Rule(id = \"x\") public abstract class Abstract"
                        + " implements dev.netlint.core.rule.DeviceRule { }",
                "a/Hidden.java", "package a; @dev.netlint.core.rule.Rule(id = \"y\") class Hidden"
                        + " implements dev.netlint.core.rule.DeviceRule { }",
                "a/Arguments.java", "package a; @dev.netlint.core.rule.Rule(id = \"z\") public class Arguments"
                        + " implements dev.netlint.core.rule.DeviceRule { public Arguments(int x) { } }",
                "a/NoCheck.java", "package a; @dev.netlint.core.rule.Rule(id = \"w\") public class NoCheck { }"));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).containsExactlyInAnyOrder(
                "a @Rule class must be public and not abstract, so that it can be loaded",
                "a @Rule class must be public and not abstract, so that it can be loaded",
                "a @Rule class needs a public constructor without parameters",
                "a @Rule class must implement dev.netlint.core.rule.DeviceRule");
    }

    /**
     * An incremental compile of one rule (as an IDE's) keeps the rules compiled before in the services
     * file; a rule whose class is gone, or no longer carries {@code @Rule}, leaves it.
     */
    @Test
    void recompilingOneRuleKeepsTheOthers() throws IOException {
        String rule = " implements dev.netlint.core.rule.DeviceRule { }";
        compile(Map.of(
                "a/One.java", "package a; @dev.netlint.core.rule.Rule(id = \"one\") public class One" + rule,
                "a/Two.java", "package a; @dev.netlint.core.rule.Rule(id = \"two\") public class Two" + rule,
                "a/Gone.java", "package a; @dev.netlint.core.rule.Rule(id = \"gone\") public class Gone" + rule,
                "a/Demoted.java", "package a; @dev.netlint.core.rule.Rule(id = \"d\") public class Demoted" + rule));
        Files.delete(dir.resolve("classes/a/Gone.class"));

        Result again = compileOnly(Map.of(
                "a/Two.java", "package a; @dev.netlint.core.rule.Rule(id = \"two\") public class Two" + rule,
                "a/Demoted.java", "package a; public class Demoted" + rule));

        assertThat(again.errors()).isEmpty();
        assertThat(Files.readAllLines(again.classes().resolve(RuleServicesProcessor.SERVICES)))
                .filteredOn(line -> !line.startsWith("#"))
                .containsExactly("a.One", "a.Two");
    }
}
