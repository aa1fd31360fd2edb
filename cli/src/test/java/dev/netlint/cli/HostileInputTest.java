package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.read;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.cli.Devices.Run;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Input that once stopped every report or the whole run: a character no encoding carries, floods, memory. */
class HostileInputTest {

    @Test
    void anUnpairedSurrogateInANameIsReplacedAndEveryReportIsWritten() {
        Path dir = tree("lone-surrogate");
        // A YAML double-quoted escape for half a surrogate pair: the name holds a char no encoding can write.
        write(dir, "site/device.yaml", CLEAN.replace("name: web,", "name: \"web\\ud800\","));
        Path out = dir.resolve("out");

        Run run = netlint("check", dir.resolve("site"), "--format", "json", "--output", out.resolve("r.json"),
                "--format", "sarif", "--output", out.resolve("r.sarif"), "--format", "junit",
                "--output", out.resolve("r.xml"), "--format", "text", "--output", out.resolve("r.txt"));

        assertThat(run.err()).doesNotContain("Input length");
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        for (String name : new String[] {"r.json", "r.sarif", "r.xml", "r.txt"}) {
            assertThat(read(out.resolve(name))).as(name).contains("web\ufffd").contains("service-name-invalid");
        }
        Run text = netlint("check", dir.resolve("site"));
        assertThat(text.out()).contains("web\ufffd");
    }

    @Test
    void aBackslashInAFileNameIsReportedAsItIs() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/', "a backslash is a separator");
        Path dir = tree("backslash");
        write(dir, "site/back\\slash.yaml", Devices.overlap());

        Run run = netlint("check", dir.resolve("site"), "--format", "json");

        assertThat(run.out()).contains("\"file\": \"target/cli-tests/backslash/site/back\\\\slash.yaml\"")
                .doesNotContain("back/slash");
    }

    @Test
    void aFloodOfFindingsMakesABoundedReport() throws IOException {
        Path dir = tree("flood");
        StringBuilder keys = new StringBuilder("kubernetes:\n");
        for (int i = 0; i < 100_000; i++) {
            keys.append("  setting-").append(i).append(": 1\n");
        }
        write(dir, "site/device.yaml", CLEAN.replace("kubernetes:\n", keys));
        Path report = dir.resolve("report.json");

        Run run = netlint("check", dir.resolve("site"), "--format", "json", "--output", report);

        assertThat(run.err()).isEqualTo("netlint: no configuration file\n");
        assertThat(Files.size(report)).as("1,000 findings and one that counts the rest").isLessThan(2_000_000);
        assertThat(read(report)).contains("more unknown-key findings on this device, not listed: netlint lists at most"
                + " 1000 findings of a rule per device");
    }

    @Test
    @Timeout(180)
    void runningOutOfMemoryEndsWithOneLineAndExitTwo() throws Exception {
        Path dir = tree("out-of-memory");
        Path file = dir.resolve("site/device.yaml");
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CLEAN.substring(0, CLEAN.indexOf("kubernetes:")));
            out.write("kubernetes:\n  routes:\n");
            for (int i = 0; i < 300_000; i++) {
                out.write("    - { interfaceAlias: Port3, destinationPrefix: 10." + (i >> 16 & 255) + "." + (i >> 8 & 255)
                        + "." + (i & 255) + "/32, nextHop: 192.168.20.1, routeMetric: 100 }\n");
            }
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errFile = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(javaBin, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", dir.resolve("site").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile()).start();
        // a process that hangs (the YAML parser's thread once died of the error and left the reader
        // waiting) fails the test here rather than holding the build until the timeout
        boolean ended = process.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        assertThat(ended).as("ended within 150 s; stderr: %s", err).isTrue();

        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(process.exitValue()).as(err).isEqualTo(Main.USAGE);
        assertThat(err).endsWith(Main.OUT_OF_MEMORY + "\n");
    }
}
