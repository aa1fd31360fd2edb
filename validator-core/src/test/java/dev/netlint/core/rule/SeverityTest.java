package dev.netlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Severity;
import org.junit.jupiter.api.Test;

/** Severities: their labels, their order by gravity and how they are parsed. */
class SeverityTest {

    @Test
    void severitiesAreOrderedMildestFirst() {
        assertThat(Severity.ERROR.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.WARNING.atLeast(Severity.ERROR)).isFalse();
        assertThat(Severity.INFO.atLeast(Severity.INFO)).isTrue();
    }

    @Test
    void labelsAreLowerCaseAndParseInAnyCase() {
        assertThat(Severity.WARNING.label()).isEqualTo("warning");
        assertThat(Severity.parse("error")).isEqualTo(Severity.ERROR);
        assertThat(Severity.parse(" Warning ")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("INFO")).isEqualTo(Severity.INFO);
        assertThatThrownBy(() -> Severity.parse("fatal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown severity 'fatal' (error, warning, info)");
    }
}
