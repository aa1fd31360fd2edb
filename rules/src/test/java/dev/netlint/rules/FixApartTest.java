package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rule of this module states the facts in its message and the remedy apart, as the finding's fix, which the text report
 * shows on a {@code help:} line of its own: no message of any fixture ends with {@code ; move ...},
 * {@code ; use ...} and the like, and every fix reads as an instruction.
 */
class FixApartTest {

    /** The verbs the rules' fixes start with: a message clause that starts with one is a fix left inside. */
    private static final Pattern REMEDY = Pattern.compile(
            ".*; (move|use|set|write|remove|give|add|bind|make|keep|widen|choose|put|fix|enable|declare) .*");

    @Test
    void noMessageCarriesItsFixAndEveryFixIsAnInstruction() {
        List<String> inside = new ArrayList<>();
        int fixes = 0;
        for (Fixtures.Case c : Fixtures.all()) {
            for (Finding finding : c.run()) {
                if (!ofThisModule(finding)) {
                    continue;
                }
                if (REMEDY.matcher(finding.message()).matches()) {
                    inside.add(c.name() + ": " + finding.rule() + ": " + finding.message());
                }
                if (finding.fix() != null) {
                    fixes++;
                    assertThat(finding.fix()).as(c.name()).matches("[a-z].*").doesNotStartWith("; ")
                            .doesNotEndWith(".");
                    assertThat(finding.text()).isEqualTo(finding.message() + "; " + finding.fix());
                }
            }
        }
        assertThat(inside).as("messages that still end with their fix").isEmpty();
        assertThat(fixes).as("the fixtures exercise the fixes").isGreaterThan(50);
    }

    /** The input rules of the core (parse-error, invalid-suppression, ...) speak through the loader, without a fix. */
    private static boolean ofThisModule(Finding finding) {
        return Fixtures.rules().find(finding.rule())
                .map(rule -> rule.logic().getClass().getName().startsWith("dev.netlint.rules."))
                .orElse(false);
    }
}
