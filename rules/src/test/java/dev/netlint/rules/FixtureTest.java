package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture produces exactly the findings its markers name, rule and line, and nothing else; where a
 * marker gives a severity or a fragment of the message, a finding of that rule on that line has them.
 * Where a case marks the lines a rule's findings point back at, they point at exactly those lines.
 */
class FixtureTest {

    @TestFactory
    Stream<DynamicTest> eachFixtureFiresExactlyItsMarkers() {
        return Fixtures.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<Finding> findings = c.run();
            List<Fixtures.Mark> actual = c.actual(findings);
            String detail = findings.stream()
                    .map(f -> f.location() + " " + f.rule() + ": " + f.text())
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            assertThat(actual).as("findings of %s:%s", c.name(), detail).isEqualTo(c.expected());
            for (Fixtures.Detail expected : c.details()) {
                Fixtures.Mark mark = expected.mark();
                assertThat(findings).as("%s: %s %s \"%s\" among:%s", c.name(), mark, expected.severity(),
                        expected.fragment(), detail).anySatisfy(f -> {
                            assertThat(f.rule()).isEqualTo(mark.rule());
                            assertThat(f.location().line()).isEqualTo(mark.line());
                            assertThat(Path.of(f.location().file()).getFileName().toString()).isEqualTo(mark.file());
                            if (expected.severity() != null) {
                                assertThat(f.severity().name()).isEqualToIgnoringCase(expected.severity());
                            }
                            if (expected.fragment() != null) {
                                assertThat(f.text()).contains(expected.fragment());
                            }
                        });
            }
            List<Fixtures.Mark> related = c.expectedRelated();
            if (!related.isEmpty()) {
                assertThat(c.actualRelated(findings)).as("related locations of %s:%s", c.name(), detail)
                        .isEqualTo(related);
            }
            for (Fixtures.Detail note : c.relatedDetails()) {
                if (note.fragment() == null) {
                    continue;
                }
                assertThat(findings).flatMap(Finding::related)
                        .as("%s: a note \"%s\" at %s", c.name(), note.fragment(), note.mark())
                        .anySatisfy(r -> {
                            assertThat(r.location().line()).isEqualTo(note.mark().line());
                            assertThat(r.message()).contains(note.fragment());
                        });
            }
        }));
    }
}
