package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table is the output of {@code netlint rules --format markdown}, not a copy kept by hand. */
class ReadmeRuleTableTest {

    private static final String BEGIN = "<!-- The table below is the output of `netlint rules --format markdown`; a test"
            + " fails when they differ. -->\n";
    private static final String END = "<!-- end of the rule table -->";

    @Test
    void theReadmeTableIsWhatTheCommandPrints() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(start).as("the README marks where its rule table starts").isNotNegative();
        assertThat(end).as("the README marks where its rule table ends").isGreaterThan(start);
        String table = readme.substring(start + BEGIN.length(), end);

        CliRun run = CliRun.of("rules", "--format", "markdown");

        assertThat(run.code()).isZero();
        assertThat(table).as("README.md's rule table; paste the output of `netlint rules --format markdown` there")
                .isEqualTo(run.out());
    }
}
