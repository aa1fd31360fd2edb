package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule table of docs/rules.md is the output of {@code netlint rules --format markdown} (its links, relative
 * to the repository's root, made relative to docs/), not a copy kept by hand; the number of rules that
 * README.md and docs/rules.md write in words is the catalogue's.
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

    private static final Pattern RULE_COUNT = Pattern.compile("\\b(\\d+) rules\\b");

    /** Every "N rules" of a text, as numbers. */
    static List<Integer> ruleCounts(String text) {
        List<Integer> counts = new ArrayList<>();
        Matcher m = RULE_COUNT.matcher(text);
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        return counts;
    }

    @Test
    void theRuleCountsOfTheReadmeAndTheRulePageAreTheCatalogues() throws IOException {
        CliRun run = CliRun.of("rules", "--format", "json");
        assertThat(run.code()).isZero();
        int rules = run.out().split("\"id\":", -1).length - 1;
        assertThat(rules).as("the rules of the catalogue").isGreaterThan(50);

        assertThat(ruleCounts(Files.readString(Path.of("../README.md")))).as("README.md's \"N rules\"")
                .hasSize(2).containsOnly(rules);
        String page = Files.readString(Path.of("../docs/rules.md"));
        assertThat(ruleCounts(page)).as("docs/rules.md's \"N rules\"").isNotEmpty().containsOnly(rules);
        Matcher groups = Pattern.compile("(\\d+)\\s+about\\s+(the network|a change|the input)").matcher(page);
        int sum = 0;
        while (groups.find()) {
            sum += Integer.parseInt(groups.group(1));
            if (groups.group(2).equals("the input")) {
                assertThat(Integer.parseInt(groups.group(1))).as("docs/rules.md's rules about the input")
                        .isEqualTo(Pattern.compile("\"category\":\\s*\"Input\"").matcher(run.out()).results().count());
            }
        }
        assertThat(sum).as("docs/rules.md's rules about the network, a change and the input, summed")
                .isEqualTo(rules);
    }

    @Test
    void aRuleCountIsReadWhereverTheTextSaysIt() {
        assertThat(ruleCounts("It reads them. 62 rules, a command line; docs/rules.md: the 61 rules, each"
                + " with its page; the rules of 2024")).containsExactly(62, 61);
    }
}
