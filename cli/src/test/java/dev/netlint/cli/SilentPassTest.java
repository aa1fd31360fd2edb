package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.overlap;
import static dev.netlint.cli.Devices.read;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netlint.cli.Devices.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A broken device never passes without a word: what is given is checked or refused, symbolic links
 * are followed, the configuration used is named and comes from the repository, and a device that
 * cannot be read fails whatever the configuration says.
 */
class SilentPassTest {

    private static Path fifo(Path path) throws Exception {
        assumeTrue(new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0, "mkfifo works");
        return path;
    }

    // ---------------------------------------------------------------- symbolic links

    @Test
    void aDeviceFolderThatIsASymbolicLinkAndALinkedFolderOfAFleetAreChecked() throws IOException {
        Path dir = tree("symlinks");
        write(dir, "store/edge-01/device.yaml", overlap());
        write(dir, "fleet/edge-02/device.yaml", CLEAN);
        Files.createSymbolicLink(dir.resolve("edge"), dir.resolve("store/edge-01").toAbsolutePath());
        Files.createSymbolicLink(dir.resolve("fleet/edge-01"), dir.resolve("store/edge-01").toAbsolutePath());

        Run device = netlint("check", dir.resolve("edge"));
        assertThat(device.code()).isEqualTo(Main.FINDINGS);
        assertThat(device.out()).contains("target/cli-tests/symlinks/edge/device.yaml:17:59: error:")
                .endsWith("1 device, 1 file: 1 error, 0 warnings, 0 infos\n");

        Run fleet = netlint("check", dir.resolve("fleet"), dir.resolve("edge"));
        assertThat(fleet.code()).isEqualTo(Main.FINDINGS);
        assertThat(fleet.out()).as("one folder behind two links is one device")
                .contains("target/cli-tests/symlinks/fleet/edge-01/device.yaml:17:59: error:")
                .endsWith("2 devices, 2 files: 1 error, 0 warnings, 0 infos\n");
    }

    // ---------------------------------------------------------------- paths given

    @Test
    void aPathGivenIsCheckedEvenWhenAnIgnoreGlobMatchesIt() {
        Path dir = tree("explicit-ignored");
        write(dir, ".netlint.yaml", "ignore: [\"archive/**\"]\n");
        write(dir, "archive/old/device.yaml", overlap());
        write(dir, "live/device.yaml", CLEAN);

        assertThat(netlint("check", dir).code()).as("below the path given, the glob applies").isZero();
        Run run = netlint("check", dir.resolve("archive/old"));
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("archive/old/device.yaml:17:59: error:");
    }

    @Test
    @Timeout(120) // a hang guard (a FIFO read would block), generous for a loaded machine
    void aFifoADeviceFileOrAFolderWithoutDevicesIsAUsageError() throws Exception {
        Path dir = tree("not-devices");
        Path pipe = fifo(dir.resolve("device.yaml"));
        write(dir, "empty/README.md", "nothing to check here\n");

        Run run = netlint("check", pipe);
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("netlint: " + pipe + ": a FIFO (named pipe), not a device file or folder\n");

        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        run = netlint("check", device);
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("netlint: /dev/zero: a character device, not a device file or folder\n");

        run = netlint("check", dir.resolve("empty"));
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("netlint: target/cli-tests/not-devices/empty: no device file (*.json, *.yaml,"
                + " *.yml, *.ps1) in this folder\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @Timeout(120) // a hang guard (a FIFO read would block), generous for a loaded machine
    void aBaselineThatIsAFifoDoesNotBlock() throws Exception {
        Path dir = tree("baseline-fifo");
        write(dir, "site/device.yaml", CLEAN);
        Path pipe = fifo(dir.resolve("baseline.json"));

        Run run = netlint("check", dir.resolve("site"), "--baseline", pipe);

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("netlint: target/cli-tests/baseline-fifo/baseline.json: is a FIFO (named pipe),"
                + " not a file\n");
    }

    // ---------------------------------------------------------------- which configuration

    @Test
    void aConfigurationAboveTheRepositoryIsNotUsedAndTheOneUsedIsNamed() throws IOException {
        Path dir = tree("far-config");
        write(dir, ".netlint.yaml", "failOn: never\n");
        Files.createDirectories(dir.resolve("repo/.git"));
        write(dir, "repo/site/device.yaml", overlap());

        Run run = netlint("check", dir.resolve("repo/site"));
        assertThat(run.code()).as("failOn: never above the repository turns nothing green").isEqualTo(Main.FINDINGS);
        assertThat(run.err()).isEqualTo("netlint: no configuration file\n");

        write(dir, "repo/.netlint.yaml", "root: true\nrules:\n  pool-overlap: warning\n");
        run = netlint("check", dir.resolve("repo/site"));
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo("netlint: configuration: target/cli-tests/far-config/repo/.netlint.yaml\n");

        run = netlint("check", dir.resolve("repo/site"), "--config", dir.resolve(".netlint.yaml"));
        assertThat(run.err()).isEqualTo("netlint: configuration: target/cli-tests/far-config/.netlint.yaml\n");
    }

    @Test
    void devicesWithDifferentConfigurationsNameEachOnce() {
        Path dir = tree("several-configs");
        write(dir, "lab/.netlint.yaml", "failOn: never\n");
        write(dir, "lab/a/device.yaml", CLEAN);
        write(dir, "lab/b/device.yaml", CLEAN);
        write(dir, "plant/device.yaml", CLEAN);

        Run run = netlint("check", dir.resolve("lab"), dir.resolve("plant"));

        assertThat(run.err()).isEqualTo("""
                netlint: configuration: target/cli-tests/several-configs/lab/.netlint.yaml (2 devices)
                netlint: no configuration file (1 device)
                """);
    }

    // ---------------------------------------------------------------- a device that cannot be read

    @Test
    void parseErrorCannotBeTurnedDown() {
        Path dir = tree("parse-error-level");
        write(dir, "site/device.yaml", CLEAN);

        Run option = netlint("check", dir.resolve("site"), "--rule", "parse-error=warning");
        assertThat(option.code()).isEqualTo(Main.USAGE);
        assertThat(option.err()).startsWith("netlint: --rule parse-error: parse-error cannot be set to warning: a device"
                + " file that cannot be read must fail the check, so parse-error is always an error\n");

        write(dir, ".netlint.yaml", "rules: {parse-error: off}\n");
        Run config = netlint("check", dir.resolve("site"));
        assertThat(config.code()).isEqualTo(Main.USAGE);
        assertThat(config.err()).isEqualTo("netlint: target/cli-tests/parse-error-level/.netlint.yaml:1: rules.parse-error:"
                + " parse-error cannot be set to off: a device file that cannot be read must fail the check, so"
                + " parse-error is always an error\n");
    }

    @Test
    void aSuppressedOrBaselinedParseErrorStillFails() {
        Path dir = tree("parse-error-accepted");
        write(dir, "site/device.yaml", "device: [unclosed\n");
        Path baseline = dir.resolve("baseline.json");

        Run written = netlint("check", dir.resolve("site"), "--write-baseline", baseline);
        assertThat(written.code()).as("a device that cannot be read cannot pass").isEqualTo(Main.FINDINGS);
        Run baselined = netlint("check", dir.resolve("site"), "--baseline", baseline);
        assertThat(baselined.code()).isEqualTo(Main.FINDINGS);
        assertThat(baselined.out()).endsWith("0 errors, 0 warnings, 0 infos, 1 suppressed\n");
        assertThat(baselined.err()).contains("netlint: 1 suppressed parse-error finding still fails the check: a device"
                + " whose file cannot be read cannot pass\n");

        write(dir, ".netlint.yaml", "suppressions:\n  - { rule: \"*\", reason: \"everything is fine\" }\n");
        assertThat(netlint("check", dir.resolve("site")).code()).isEqualTo(Main.FINDINGS);
        assertThat(netlint("check", dir.resolve("site"), "--fail-on", "never").code()).isZero();
    }

    // ---------------------------------------------------------------- file-size limit

    @Test
    void theFileSizeLimitIsSetOnTheCommandLineOrInTheConfiguration() {
        Path dir = tree("max-file-size");
        write(dir, "site/device.yaml", CLEAN);

        Run small = netlint("check", dir.resolve("site"), "--max-file-size", "512", "--format", "json");
        assertThat(small.code()).isEqualTo(Main.FINDINGS);
        assertThat(small.out()).contains("\"rule\": \"parse-error\"").contains("over the size limit of 512 bytes");

        write(dir, ".netlint.yaml", "maxFileSize: 512 B\n");
        assertThat(netlint("check", dir.resolve("site")).code()).isEqualTo(Main.FINDINGS);
        assertThat(netlint("check", dir.resolve("site"), "--max-file-size", "64MiB").code())
                .as("the command line wins").isZero();

        Run bad = netlint("check", dir.resolve("site"), "--max-file-size", "lots");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).startsWith("netlint: --max-file-size: 'lots' is not a size: write a number of bytes, or"
                + " a number followed by KiB, MiB or GiB, for example 64MiB\n");
        assertThat(read(dir.resolve("site/device.yaml"))).isEqualTo(CLEAN);
    }
}
