package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every registered rule: metadata, doc page (with its sections and its vendor source, named by
 * title and link), a firing fixture that names the message it expects, and a quiet fixture.
 */
class CatalogueTest {

    @TestFactory
    Stream<DynamicTest> everyRuleIsComplete() {
        return Fixtures.rules().all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            assertThat(rule.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(rule.summary()).isNotBlank();
            String doc = rule.doc();
            assertThat(doc).startsWith("# " + rule.id()).contains("## Why it matters").contains("## How to fix");
            assertThat(doc).as("the vendor source of %s, by title and link", rule.id()).contains("**Source:**")
                    .containsPattern("\\]\\(https://(learn\\.microsoft\\.com/azure/databox-online/|github\\.com/Azure-Samples/)")
                    .doesNotContainIgnoringCase("seed").doesNotContain("SPEC");
            Path dir = Fixtures.ROOT.resolve(rule.id());
            assertThat(dir).as("fixture folder of %s", rule.id()).isDirectory();
            List<Fixtures.Case> cases = Fixtures.of(dir);
            assertThat(cases).as("a firing fixture of %s that expects it", rule.id())
                    .anySatisfy(c -> {
                        assertThat(c.fires()).isTrue();
                        assertThat(c.expected()).extracting(Fixtures.Mark::rule).contains(rule.id());
                    });
            assertThat(cases).as("a firing fixture of %s that names its message by a fragment", rule.id())
                    .flatMap(Fixtures.Case::details)
                    .anySatisfy(d -> {
                        assertThat(d.mark().rule()).isEqualTo(rule.id());
                        assertThat(d.fragment()).isNotBlank();
                    });
            assertThat(cases).as("a quiet fixture of %s", rule.id())
                    .anySatisfy(c -> {
                        assertThat(c.quiet()).isTrue();
                        assertThat(c.expected()).extracting(Fixtures.Mark::rule).doesNotContain(rule.id());
                    });
        }));
    }

    /**
     * Every {@code @Rule} class of the product's class path is registered (as Checkstyle's AllChecksTest
     * finds its checks by scanning): the build's annotation processor writes the services file, and a
     * class it missed would never run while every other test stayed green.
     */
    @Test
    void everyRuleClassOnTheClassPathIsRegistered() throws Exception {
        List<String> classes = RuleClasses.onClassPath();
        assertThat(classes).as("@Rule classes found on the class path").hasSizeGreaterThan(40);
        for (String name : classes) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            for (Rule rule : type.getAnnotationsByType(Rule.class)) {
                String id = rule.id();
                assertThat(Fixtures.rules().find(id)).as("%s has @Rule(id = \"%s\") but is not registered", name, id)
                        .hasValueSatisfying(meta -> assertThat(meta.logic().getClass().getName()).isEqualTo(name));
            }
        }
        assertThat(Fixtures.rules().all()).extracting(meta -> meta.logic().getClass().getName())
                .allMatch(classes::contains);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureFolderNamesARule() {
        try (Stream<Path> dirs = Files.list(Fixtures.ROOT)) {
            List<Path> all = dirs.filter(Files::isDirectory).sorted().toList();
            return all.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                    () -> assertThat(Fixtures.rules().find(dir.getFileName().toString()))
                            .as("rule of fixture folder %s", dir).map(RegisteredRule::id).isPresent()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
