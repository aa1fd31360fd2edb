package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.Finding;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every fixture produces exactly the findings its markers name, rule and line, and nothing else. */
class FixtureTest {

    @TestFactory
    Stream<DynamicTest> eachFixtureFiresExactlyItsMarkers() {
        return Fixtures.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<Finding> findings = c.run();
            List<Fixtures.Mark> actual = c.actual(findings);
            String detail = findings.stream()
                    .map(f -> f.location() + " " + f.rule() + ": " + f.message())
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            assertThat(actual).as("findings of %s:%s", c.name(), detail).isEqualTo(c.expected());
        }));
    }
}
