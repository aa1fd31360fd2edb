package dev.netlint.core.internal.engine;

import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.model.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts of a report, and whether they reach a fail-on threshold. */
class SummaryTest {

    private static Finding finding(Severity severity) {
        return new Finding("r", severity, "m", Location.ofFile("f.yaml"), List.of(), null);
    }

    @Test
    void findingsAreCountedBySeverityAndSuppressedOnesApart() {
        DeviceResult a = new DeviceResult("a", List.of("a/1.yaml", "a/2.yaml"), List.of(finding(Severity.ERROR),
                finding(Severity.WARNING), finding(Severity.ERROR).suppressedBy(new Suppression("inline", "why"))),
                Map.of());
        DeviceResult b = new DeviceResult("b", List.of("b/1.yaml"), List.of(finding(Severity.INFO),
                finding(Severity.INFO), finding(Severity.WARNING).suppressedBy(new Suppression("config", null))),
                Map.of());

        assertThat(Summary.of(List.of(a, b))).isEqualTo(new Summary(2, 3, 1, 1, 2, 2));
        assertThat(Summary.of(List.of())).isEqualTo(new Summary(0, 0, 0, 0, 0, 0));
    }

    @Test
    void aThresholdIsReachedByAFindingAtOrAboveIt() {
        Summary info = new Summary(1, 1, 0, 0, 1, 5);
        Summary warning = new Summary(1, 1, 0, 1, 0, 0);
        Summary error = new Summary(1, 1, 1, 0, 0, 0);
        Summary none = new Summary(1, 1, 0, 0, 0, 3);

        assertThat(info.reaches(Severity.INFO)).isTrue();
        assertThat(info.reaches(Severity.WARNING)).isFalse();
        assertThat(warning.reaches(Severity.INFO)).isTrue();
        assertThat(warning.reaches(Severity.WARNING)).isTrue();
        assertThat(warning.reaches(Severity.ERROR)).isFalse();
        assertThat(error.reaches(Severity.ERROR)).isTrue();
        assertThat(error.reaches(Severity.WARNING)).isTrue();
        assertThat(error.reaches(Severity.INFO)).isTrue();
        assertThat(none.reaches(Severity.INFO)).isFalse();
        assertThat(error.reaches(null)).isFalse();
    }
}
