package dev.netlint.core.internal.engine;

import dev.netlint.core.result.Timings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Timings sum nanoseconds per phase and per rule and show them in whole milliseconds. */
class TimingsTest {

    @Test
    void phasesAreSummedAndShownInMilliseconds() {
        Timings timings = new Timings();
        timings.addLoad(1_500_000);
        timings.addLoad(2_600_000);
        timings.addPlan(7_000_000);
        timings.addRules(9_999_999);

        assertThat(timings.loadMillis()).isEqualTo(4);
        assertThat(timings.planMillis()).isEqualTo(7);
        assertThat(timings.rulesMillis()).isEqualTo(9);
    }

    @Test
    void theSlowestRulesComeFirstAndTiesByName() {
        Timings timings = new Timings();
        timings.addRule("b", 3_000_000);
        timings.addRule("a", 2_000_000);
        timings.addRule("a", 1_000_000);
        timings.addRule("c", 5_000_000);
        timings.addRule("d", 100_000);

        assertThat(timings.slowest(3)).containsExactly(Map.entry("c", 5L), Map.entry("a", 3L), Map.entry("b", 3L));
        assertThat(timings.slowest(10)).hasSize(4).last().isEqualTo(Map.entry("d", 0L));
    }
}
