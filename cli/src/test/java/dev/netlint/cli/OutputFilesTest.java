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
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The files netlint writes: never over a device file, a device, a link or a folder, and with the usual modes. */
class OutputFilesTest {

    private static String[] children(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aReportNeverReplacesADeviceFileTheRunChecks() throws IOException {
        Path dir = tree("output-over-device");
        Path device = write(dir, "fleet/a/device.yaml", overlap());
        write(dir, "fleet/b/device.yaml", CLEAN);

        Run given = netlint("check", device, "--format", "json", "--output", device);
        assertThat(given.code()).isEqualTo(Main.USAGE);
        assertThat(given.err()).isEqualTo("netlint: " + device + ": is a device file this run checks; a report must not"
                + " replace it\n");
        Run inTree = netlint("check", dir.resolve("fleet"), "--format", "json", "--output", device);
        assertThat(inTree.code()).isEqualTo(Main.USAGE);
        Run baseline = netlint("check", dir.resolve("fleet"), "--write-baseline", device);
        assertThat(baseline.code()).isEqualTo(Main.USAGE);
        assertThat(read(device)).isEqualTo(overlap());
        assertThat(children(device.getParent())).containsExactly("device.yaml");
    }

    @Test
    void anEarlierReportInTheTreeIsReplacedAndNotChecked() {
        Path dir = tree("output-earlier-report");
        write(dir, "site/device.yaml", CLEAN);
        Path report = dir.resolve("site/netlint.json");

        assertThat(netlint("check", dir, "--format", "json", "--output", report).code()).isZero();
        Run again = netlint("check", dir, "--format", "json", "--output", report);
        assertThat(again.code()).isZero();
        assertThat(read(report)).contains("\"files\": 1");
    }

    @Test
    void aDeviceOrASymbolicLinkIsWrittenToAndStaysWhatItIs() throws IOException {
        Path dir = tree("output-special");
        write(dir, "site/device.yaml", CLEAN);
        Path real = write(dir, "reports/real.json", "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), real.toAbsolutePath());

        Run run = netlint("check", dir.resolve("site"), "--format", "json", "--output", link);
        assertThat(run.code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(read(real)).startsWith("{\n  \"tool\"");

        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        run = netlint("check", dir.resolve("site"), "--format", "sarif", "--output", device);
        assertThat(run.code()).isZero();
        assertThat(Files.isRegularFile(device)).as("a device stays a device").isFalse();
    }

    @Test
    void aDashIsStandardOutput() {
        Path dir = tree("output-dash");
        write(dir, "site/device.yaml", CLEAN);
        Path text = dir.resolve("report.txt");

        Run run = netlint("check", dir.resolve("site"), "--format", "text", "--output", text, "--format", "json",
                "--output", "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\n  \"tool\"");
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(read(text)).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
        Run two = netlint("check", dir.resolve("site"), "--format", "json", "--output", "-", "--format", "text");
        assertThat(two.code()).isEqualTo(Main.USAGE);
        assertThat(two.err()).startsWith("netlint: only one report can go to standard output");
    }

    @Test
    void aFolderIsNoOutputFileAndTheReasonIsSaid() throws IOException {
        Path dir = tree("output-folder");
        write(dir, "site/device.yaml", CLEAN);

        Run root = netlint("check", dir.resolve("site"), "--format", "json", "--output", "/");
        assertThat(root.code()).isEqualTo(Main.USAGE);
        assertThat(root.err()).startsWith("netlint: --output /: is a folder; give a file name\n");
        Run newFolder = netlint("check", dir.resolve("site"), "--format", "json", "--output", dir + "/newdir/");
        assertThat(newFolder.code()).isEqualTo(Main.USAGE);
        assertThat(newFolder.err()).startsWith("netlint: --output " + dir + "/newdir/: names a folder (it ends with /);"
                + " give a file name\n");
        assertThat(children(dir)).containsExactly("site");

        Path proc = Path.of("/proc/netlint-report.json");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        Run unwritable = netlint("check", dir.resolve("site"), "--format", "json", "--output", proc);
        assertThat(unwritable.code()).isEqualTo(Main.USAGE);
        assertThat(unwritable.err()).isEqualTo("netlint: no configuration file\nnetlint: cannot write"
                + " /proc/netlint-report.json: cannot create a file in /proc\n");
    }

    @Test
    void twoOutputsNamingOneFileAreAUsageError() {
        Path dir = tree("output-twice");
        write(dir, "site/device.yaml", CLEAN);
        Path out = dir.resolve("out.json");

        Run run = netlint("check", dir.resolve("site"), "--format", "json", "--output", out, "--format", "sarif",
                "--output", dir.resolve("./out.json"));
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("netlint: --output " + dir.resolve("./out.json") + " and --output " + out
                + " name one file; each report needs a file of its own\n");
        Run baseline = netlint("check", dir.resolve("site"), "--format", "json", "--output", out, "--write-baseline",
                out);
        assertThat(baseline.code()).isEqualTo(Main.USAGE);
        assertThat(out).doesNotExist();
    }

    @Test
    void reportsAndBaselinesGetTheUsualModeAndAReplacedFileKeepsItsMode() throws IOException {
        Path dir = tree("output-mode");
        write(dir, "site/device.yaml", CLEAN);
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null);
        Path plain = Files.createFile(dir.resolve("plain"));
        Path report = dir.resolve("report.json");
        Path baseline = dir.resolve("baseline.json");

        assertThat(netlint("check", dir.resolve("site"), "--format", "json", "--output", report, "--write-baseline",
                baseline).code()).isZero();

        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(baseline)).isEqualTo(usual);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(report, shared);
        assertThat(netlint("check", dir.resolve("site"), "--format", "json", "--output", report).code()).isZero();
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(shared);
    }
}
