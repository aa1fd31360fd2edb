package dev.netlint.core.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReportCreatingTheFolderAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("target/netlint/netlint.json");

        AtomicFile.write(target, out -> out.write("{}\n"));

        assertThat(target).hasContent("{}");
        assertThat(children(target.getParent())).containsExactly("netlint.json");
    }

    @Test
    void replacesAnEarlierReport() throws IOException {
        Path target = dir.resolve("netlint.json");
        Files.writeString(target, "old");

        AtomicFile.write(target, out -> out.write("new"));

        assertThat(target).hasContent("new");
    }

    @Test
    void aReporterThatFailsHalfWayLeavesTheEarlierReportWholeAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("netlint.sarif");
        Files.writeString(target, "complete earlier report");
        AtomicFile.Content failing = (Writer out) -> {
            out.write("{\"runs\": [");
            out.flush();
            throw new IOException("disk full");
        };

        assertThatThrownBy(() -> AtomicFile.write(target, failing)).hasMessage("disk full");

        assertThat(target).hasContent("complete earlier report");
        assertThat(children(dir)).containsExactly("netlint.sarif");
    }

    private static String[] children(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    // ---------------------------------------------------------------- what the path names

    @Test
    void aDeviceFileIsWrittenToAndStaysADevice() throws IOException {
        Path device = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device) && !Files.isRegularFile(device));

        AtomicFile.write(device, out -> out.write("{}\n"));

        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(children(Path.of("/dev"))).noneMatch(name -> name.startsWith(".zero"));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        AtomicFile.write(link, out -> out.write("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(children(dir)).containsExactly("link.json", "real.json");
    }

    @Test
    void aFolderIsNotAFileToWrite() throws IOException {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("plain"), "a file, not a folder");

        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("reports"), out -> out.write("x")))
                .isInstanceOfSatisfying(AtomicFile.CannotWrite.class, e -> assertThat(e.reason()).isEqualTo("is a folder"));
        assertThatThrownBy(() -> AtomicFile.write(Path.of("/"), out -> out.write("x")))
                .isInstanceOfSatisfying(AtomicFile.CannotWrite.class, e -> assertThat(e.reason()).isEqualTo("is a folder"));
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("plain/report.json"), out -> out.write("x")))
                .isInstanceOfSatisfying(AtomicFile.CannotWrite.class,
                        e -> assertThat(e.reason()).isEqualTo(dir.resolve("plain") + " is not a folder"));
    }

    @Test
    void aFailureNamesTheTargetAndTheReasonNotTheTemporaryFile() {
        // /proc takes no new files, whoever runs the test (root included).
        Path target = Path.of("/proc/netlint-report.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write("x")))
                .isInstanceOfSatisfying(AtomicFile.CannotWrite.class, e -> {
                    assertThat(e.target()).isEqualTo(target);
                    assertThat(e.getMessage()).startsWith("/proc/netlint-report.json: ").doesNotContain(".tmp");
                    assertThat(e.reason()).isNotBlank();
                });
    }

    @Test
    void aReadOnlyFolderIsSaidToBeOneNotNamedByTheTemporaryFile() throws IOException {
        assertThat(AtomicFile.reason(new java.nio.file.AccessDeniedException(dir.resolve(".r.json.x.tmp").toString()),
                "fallback")).isEqualTo("permission denied");
        assertThat(AtomicFile.reason(new java.nio.file.FileSystemException(dir.toString(), null,
                "No space left on device"), "fallback")).isEqualTo("no space left on device");
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root writes into read-only folders");
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicFile.write(readOnly.resolve("r.json"), out -> out.write("x")))
                    .isInstanceOfSatisfying(AtomicFile.CannotWrite.class,
                            e -> assertThat(e.getMessage()).isEqualTo(readOnly.resolve("r.json") + ": permission denied"));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // ---------------------------------------------------------------- modes

    @Test
    void aNewReportHasTheModeOfANewFileAndAReplacedOneKeepsItsMode() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("new.json");

        AtomicFile.write(report, out -> out.write("{}"));

        assertThat(Files.getPosixFilePermissions(report)).as("0666 less the umask, as for any new file")
                .isEqualTo(Files.getPosixFilePermissions(plain));
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(report, shared);
        AtomicFile.write(report, out -> out.write("{\"again\": true}"));
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(shared);
    }

    // ---------------------------------------------------------------- text

    @Test
    void aLoneSurrogateIsWrittenAsTheReplacementCharacter() throws IOException {
        Path target = dir.resolve("netlint.txt");

        AtomicFile.write(target, out -> out.write("name \ud800 end\n"));

        assertThat(Files.readString(target)).isEqualTo("name \ufffd end\n");
    }

    // ---------------------------------------------------------------- interrupted

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void theTemporaryFileIsRemovedWhenTheProcessIsTerminated() throws Exception {
        Path target = dir.resolve("netlint.sarif");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), target.toString()).redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
            assertThat(line).isEqualTo("writing");
            assertThat(children(dir)).singleElement().satisfies(name -> assertThat(name).endsWith(".tmp"));
        } finally {
            process.destroy();
        }
        process.waitFor();

        assertThat(children(dir)).as("SIGTERM runs the shutdown hook that removes the temporary file").isEmpty();
    }

    /** Starts a report, says so, and never finishes it: the test stops it with SIGTERM. */
    public static final class SlowWriter {

        public static void main(String[] args) throws IOException {
            AtomicFile.write(Path.of(args[0]), out -> {
                out.write("{\"runs\": [");
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
