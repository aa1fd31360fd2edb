package dev.netlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class FailOnTest {

    @Test
    void parsesTheSeveritiesInAnyCase() {
        assertThat(FailOn.parse("error")).isEqualTo(Severity.ERROR);
        assertThat(FailOn.parse(" Warning ")).isEqualTo(Severity.WARNING);
        assertThat(FailOn.parse("INFO")).isEqualTo(Severity.INFO);
    }

    @Test
    void neverIsNoThresholdSoNothingReachesIt() {
        assertThat(FailOn.parse("never")).isNull();
        assertThat(new Summary(1, 1, 3, 2, 1, 0).reaches(FailOn.parse("Never"))).isFalse();
    }

    @Test
    void anythingElseIsRefusedWithTheAcceptedNames() {
        assertThatThrownBy(() -> FailOn.parse("errors"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fail-on takes error, warning, info or never, not 'errors'");
        assertThatThrownBy(() -> FailOn.parse("off")).isInstanceOf(IllegalArgumentException.class);
    }
}
