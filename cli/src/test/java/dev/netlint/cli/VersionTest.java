package dev.netlint.cli;

import static dev.netlint.cli.Devices.netlint;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code netlint version}: the version, the commit of the build and the time of the build. */
class VersionTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void namesTheCommitItWasBuiltFromOrSaysUnknownOutsideGit() throws Exception {
        String head = gitHead();
        String commit = netlint("version").out().lines().filter(l -> l.startsWith("commit: ")).findFirst().orElseThrow();
        if (head == null) {
            assertThat(commit).isEqualTo("commit: unknown");
        } else {
            assertThat(commit).startsWith("commit: " + head);
        }
    }

    @Test
    void statesTheVersionAndTheTimeOfTheBuildInUtc() {
        Devices.Run version = netlint("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().lines().toList()).hasSize(3).first().isEqualTo("netlint 0.1.0");
        String built = version.out().lines().filter(l -> l.startsWith("built:  ")).findFirst().orElseThrow();
        Instant time = Instant.parse(built.substring("built:  ".length()));
        assertThat(Duration.between(time, Instant.now())).isPositive().isLessThan(Duration.ofDays(1));
    }

    /** The commit checked out in this source tree, or null when it is no git work tree (a source archive). */
    private static String gitHead() throws IOException, InterruptedException {
        Process git;
        try {
            git = new ProcessBuilder("git", "-C", ROOT.toString(), "rev-parse", "HEAD").redirectErrorStream(true).start();
        } catch (IOException noGit) {
            return null;
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
            return null;
        }
        return out;
    }
}
