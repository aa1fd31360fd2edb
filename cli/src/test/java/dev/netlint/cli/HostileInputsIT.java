package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Runs {@code src/test/scripts/hostile-inputs.sh} against the distribution's launcher: links to a secret
 * outside the tree appear in no report of any format, and a glob that backtracking takes hours on
 * finishes at once. The script can be run by hand the same way.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileInputsIT {

    private static final Path LAUNCHER = Path.of("target/netlint/bin/netlint").toAbsolutePath();
    private static final Path SCRIPT = Path.of("src/test/scripts/hostile-inputs.sh").toAbsolutePath();

    @Test
    void everyAttackOfTheScriptFails() throws Exception {
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), LAUNCHER.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("hostile-inputs: every attack failed");
    }
}
