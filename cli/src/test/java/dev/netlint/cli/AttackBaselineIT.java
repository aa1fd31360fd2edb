package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Runs {@code src/test/scripts/attack-baseline.sh} through the distribution's launcher: a baseline
 * absorbs no new finding after inserts, reorders and caps, a refresh on some devices keeps the others'
 * entries, and no report replaces the baseline or configuration it reads. The script can be run by
 * hand the same way.
 */
@DisabledOnOs(OS.WINDOWS)
class AttackBaselineIT {

    private static final Path SCRIPT = Path.of("src/test/scripts/attack-baseline.sh").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("target/netlint/bin/netlint").toAbsolutePath();

    @Test
    void aBaselineAbsorbsNoNewFindingEndToEnd() throws Exception {
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), LAUNCHER.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(output).doesNotContain("FAILED").endsWith("attack-baseline: all passed\n");
        assertThat(output.lines().filter(line -> line.startsWith("attack-baseline: ok: "))).hasSize(6);
        assertThat(process.exitValue()).as(output).isZero();
    }
}
