package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.overlap;
import static dev.netlint.cli.Devices.read;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.cli.Devices.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --output FORMAT:FILE} (golangci-lint's pairing), and files whose extension names another format. */
class OutputPairingTest {

    @Test
    void formatColonFileWritesThatFormatThereBesideTheFormatOnStandardOutput() {
        Path dir = tree("pairing-prefix");
        write(dir, "site/device.yaml", overlap());
        Path sarif = dir.resolve("out/netlint.sarif");
        Path markdown = dir.resolve("out/summary.md");

        Run run = netlint("check", dir.resolve("site"), "--format", "github", "--output", "sarif:" + sarif,
                "--output", "MARKDOWN:" + markdown);
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).startsWith("::error file=").doesNotContain("\"$schema\"");
        assertThat(read(sarif)).contains("\"version\": \"2.1.0\"").contains("pool-overlap");
        assertThat(read(markdown)).startsWith("## netlint: 1 error, 0 warnings, 0 infos\n");
    }

    @Test
    void withoutFormatTheTextReportStaysOnStandardOutput() {
        Path dir = tree("pairing-text");
        write(dir, "site/device.yaml", CLEAN);
        Path json = dir.resolve("netlint.json");

        Run run = netlint("check", dir.resolve("site"), "--output", "json:" + json);
        assertThat(run.code()).isZero();
        assertThat(run.out()).endsWith("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
        assertThat(read(json)).contains("\"tool\"");
    }

    @Test
    void aFileWhoseExtensionNamesAnotherFormatIsRefusedBeforeAnythingIsWritten() {
        Path dir = tree("pairing-refused");
        write(dir, "site/device.yaml", overlap());
        Path sarif = dir.resolve("x.sarif");

        // the order mistake of the issue: github first, so x.sarif would get the github lines
        Run swapped = netlint("check", dir.resolve("site"), "--format", "github", "--format", "sarif", "--output", sarif);
        assertThat(swapped.code()).isEqualTo(Main.USAGE);
        assertThat(swapped.err()).isEqualTo("netlint: --output " + sarif + ": the extension names sarif, but this"
                + " report is github; give --output github:FILE with a fitting name, or put the --format options in"
                + " the order of the files\n");
        assertThat(Files.exists(sarif)).isFalse();

        Run prefixed = netlint("check", dir.resolve("site"), "--output", "junit:" + dir.resolve("report.json"));
        assertThat(prefixed.code()).isEqualTo(Main.USAGE);
        assertThat(prefixed.err()).contains("the extension names json or gitlab, but this report is junit");

        // an extension no format claims, and the right ones, pass
        assertThat(netlint("check", dir.resolve("site"), "--format", "json", "--output", dir.resolve("report.out"))
                .code()).isEqualTo(Main.FINDINGS);
        assertThat(netlint("check", dir.resolve("site"), "--format", "gitlab", "--output", dir.resolve("cq.json"))
                .code()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void aPrefixThatIsNoFormatIsPartOfTheFileName() {
        Path dir = tree("pairing-plain");
        write(dir, "site/device.yaml", CLEAN);
        Path odd = dir.resolve("report:1");

        Run run = netlint("check", dir.resolve("site"), "--format", "json", "--output", odd);
        assertThat(run.code()).isZero();
        assertThat(read(odd)).contains("\"tool\"");
    }
}
