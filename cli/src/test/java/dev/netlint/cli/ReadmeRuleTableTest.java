package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule table of docs/rules.md is the output of {@code netlint rules --format markdown} (its links, relative
 * to the repository's root, made relative to docs/), not a copy kept by hand.
 */
class ReadmeRuleTableTest {

    private static final String BEGIN = "<!-- The table below is the output of `netlint rules --format markdown`, its links"
            + " made relative to docs/; a test fails when they differ. -->\n";
    private static final String END = "<!-- end of the rule table -->";

    @Test
    void theReadmeTableIsWhatTheCommandPrints() throws IOException {
        String readme = Files.readString(Path.of("../docs/rules.md"));
        int start = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(start).as("docs/rules.md marks where its rule table starts").isNotNegative();
        assertThat(end).as("docs/rules.md marks where its rule table ends").isGreaterThan(start);
        String table = readme.substring(start + BEGIN.length(), end);

        CliRun run = CliRun.of("rules", "--format", "markdown");

        assertThat(run.code()).isZero();
        assertThat(table).as("docs/rules.md's rule table; paste the output of `netlint rules --format markdown` there,"
                + " with ../ before each link").isEqualTo(run.out().replace("](", "](../"));
    }
}
