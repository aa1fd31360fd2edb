package dev.netlint.core.run;

import static dev.netlint.core.testing.TestDevices.pools;
import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fail decision: each device's fail-on level, the violations allowed, and devices that cannot be read. */
class VerdictTest {

    @TempDir
    Path root;

    private Outcome run(UnaryOperator<CheckRequest.Builder> settings) throws CheckException {
        CheckRequest.Builder builder = CheckRequest.builder().workingDirectory(root).paths(List.of(root))
                .vocabulary(TestWords.WORDS).reports(List.of("json"), List.of(root.resolve("out/report.json").toString()));
        return Netlint.run(settings.apply(builder).build(), TestDevices.RULES);
    }

    @Test
    void eachDeviceFailsAtItsOwnLevel() throws CheckException {
        write(root, ".netlint.yaml", "rules:\n  test-pool-names: warning\n");
        write(root, "sites/lab/.netlint.yaml", "failOn: never\n");
        write(root, "sites/lab/device.yaml", pools("A"));
        write(root, "sites/plant/device.yaml", pools("B"));

        Outcome outcome = run(b -> b);

        assertThat(outcome.fails()).as("lab never fails, plant has only a warning").isFalse();
        assertThat(outcome.violations()).isZero();
        assertThat(outcome.failure()).endsWith("(fail_on of each device's configuration)");
        DeviceResult lab = outcome.report().devices().get(0);
        assertThat(outcome.levelOf(lab, lab.findings().get(0))).as("an error that cannot fail reads as a warning")
                .isEqualTo(Severity.WARNING);
        DeviceResult plant = outcome.report().devices().get(1);
        assertThat(outcome.levelOf(plant, plant.findings().get(0))).isEqualTo(Severity.WARNING);

        Outcome strict = run(b -> b.failOn("INFO"));
        assertThat(strict.fails()).as("fail-on info from the request beats never").isTrue();
        assertThat(strict.violations()).isEqualTo(2);
        assertThat(strict.failure()).isEqualTo("2 devices, 2 files: 1 error, 1 warning, 0 infos (fail_on: info)");
        assertThat(strict.levelOf(strict.report().devices().get(0), strict.report().devices().get(0).findings().get(0)))
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void violationsUpToTheAllowedNumberPass() throws CheckException {
        write(root, "a/device.yaml", pools("A", "B"));

        assertThat(run(b -> b.maxAllowedViolations(2)).fails()).isFalse();
        Outcome over = run(b -> b.maxAllowedViolations(1));
        assertThat(over.fails()).isTrue();
        assertThat(over.failure()).isEqualTo("1 device, 1 file: 2 errors, 0 warnings, 0 infos"
                + " (fail_on: error; 2 violations, max_allowed_violations: 1)");
        assertThat(run(b -> b.failOnViolation(false)).fails()).as("violations reported only").isFalse();
    }

    @Test
    void aDeviceThatCannotBeReadFailsWhateverIsAllowedOrSuppressed() throws CheckException {
        write(root, ".netlint.yaml", """
                suppressions:
                  - { rule: "*", reason: "accept everything" }
                """);
        write(root, "broken/device.yaml", "device: [unclosed\n");

        Outcome outcome = run(b -> b.maxAllowedViolations(5));

        assertThat(outcome.report().devices().get(0).findings()).extracting(Finding::rule, Finding::suppressed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parse-error", true));
        assertThat(outcome.report().summary().errors()).isZero();
        assertThat(outcome.fails()).as("a device that could not be read cannot pass").isTrue();
        assertThat(outcome.notes(Note.Stage.RESULT)).containsExactly(new Note(Severity.ERROR, Note.Stage.RESULT,
                "1 suppressed parse-error finding still fails the test: a device whose file cannot be read cannot pass"));

        Outcome never = run(b -> b.failOn("never"));
        assertThat(never.fails()).as("failOn: never reports only").isFalse();
        assertThat(never.notes(Note.Stage.RESULT)).isEmpty();
        assertThat(run(b -> b.failOnViolation(false)).fails()).isFalse();
    }
}
