package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the distribution's launcher, {@code cli/target/netlint/bin/netlint}, as a user would: from
 * another folder, through symbolic links, with {@code JAVA_OPTS} and {@code NETLINT_OPTS}, with
 * every Java 17 or later installed under {@code /usr/lib/jvm}, and without any java.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path HOME = ROOT.resolve("cli/target/netlint");
    private static final Path LAUNCHER = HOME.resolve("bin/netlint");
    private static final Path JAR = ROOT.resolve("cli/target/netlint.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    static Path work;

    /** What {@code java -jar netlint.jar check samples} prints in {@link #work}: the launcher must print the same. */
    private static Result expected;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void copySamples() throws Exception {
        for (Path device : Samples.folders()) {
            Path copy = Files.createDirectories(work.resolve("samples").resolve(device.getFileName().toString()));
            try (Stream<Path> files = Files.list(device)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        expected = run(List.of(JAVA, "-jar", JAR.toString(), "check", "samples"), Map.of());
        assertThat(expected.code()).isEqualTo(1);
        assertThat(expected.out()).contains("[pool-overlap]").endsWith(" 9 errors, 1 warning, 0 infos\n");
    }

    @Test
    void checksTheSamplesFromAnotherFolderAsTheJarDoes() throws Exception {
        Result result = run(List.of(LAUNCHER.toString(), "check", "samples"), Map.of());
        assertThat(result).isEqualTo(expected);
    }

    @Test
    void runsThroughAChainOfSymbolicLinks() throws Exception {
        Path links = Files.createDirectories(work.resolve("links"));
        Path absolute = Files.createSymbolicLink(links.resolve("netlint"), LAUNCHER);
        Path bin = Files.createDirectories(work.resolve("opt/bin"));
        Path relative = Files.createSymbolicLink(bin.resolve("nl"), Path.of("../../links/netlint"));
        try {
            assertThat(run(List.of(absolute.toString(), "check", "samples"), Map.of())).isEqualTo(expected);
            assertThat(run(List.of(relative.toString(), "check", "samples"), Map.of())).isEqualTo(expected);
            // found on the PATH, as an installed command is
            assertThat(run(List.of("sh", "-c", "nl check samples"), Map.of("PATH", bin + ":" + System.getenv("PATH"))))
                    .isEqualTo(expected);
        } finally {
            // the links point outside the temporary folder, which JUnit warns about when it deletes them
            Files.delete(relative);
            Files.delete(absolute);
        }
    }

    @Test
    void passesItsOptionsThenJavaOptsThenNetlintOpts() throws Exception {
        Result result = run(List.of(LAUNCHER.toString(), "--version"), Map.of(
                "JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:CICompilerCount=3",
                "NETLINT_OPTS", "-XX:CICompilerCount=2"));
        assertThat(result.code()).isZero();
        assertThat(result.err()).isEmpty();
        String flags = result.out().lines().filter(l -> l.contains("-XX:")).findFirst().orElse("");
        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:NewSize=50331648", "-XX:SharedArchiveFile=",
                "-XX:CICompilerCount=2").doesNotContain("-XX:CICompilerCount=3");
        assertThat(result.out()).contains("netlint 0.1.0\ncommit: ");
    }

    @Test
    void loadsNetlintsClassesFromTheCdsArchiveMadeByTheBuild() throws Exception {
        Path log = work.resolve("class-load.log");
        Result result = run(List.of(LAUNCHER.toString(), "check", "samples"),
                Map.of("NETLINT_OPTS", "-Xlog:class+load=info:file=" + log));
        assertThat(result).isEqualTo(expected);
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).filteredOn(l -> l.contains(" dev.netlint.cli.Main "))
                .singleElement().asString().contains("source: shared objects file (top)");
        assertThat(lines).filteredOn(l -> l.contains(" dev.netlint.") && l.contains("shared objects file (top)"))
                .hasSizeGreaterThan(100);
        // nor any other class of the jar: one the archive refuses (picocli's own class files are Java 5,
        // "Pre JDK 6 class not supported by CDS") is loaded, parsed and verified from the jar on every run
        assertThat(lines).filteredOn(l -> l.contains("source: file:") || l.contains("source: jar:")).isEmpty();
    }

    @Test
    void runsSilentlyWithEveryInstalledJdkEvenWhereTheArchiveDoesNotMap() throws Exception {
        Set<Path> homes = new LinkedHashSet<>();
        homes.add(Path.of(System.getProperty("java.home")).toRealPath());
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                for (Path dir : dirs.sorted().toList()) {
                    if (Files.isExecutable(dir.resolve("bin/java")) && javaVersion(dir) >= 17) {
                        homes.add(dir.toRealPath());
                    }
                }
            }
        }
        for (Path home : homes) {
            Result result = run(List.of(LAUNCHER.toString(), "check", "samples"), Map.of("JAVA_HOME", home.toString()));
            assertThat(result).as("JAVA_HOME=%s", home).isEqualTo(expected);
        }
    }

    @Test
    void saysInOneLineWhenThereIsNoJava() throws Exception {
        Result badHome = run(List.of(LAUNCHER.toString(), "--version"), Map.of("JAVA_HOME", work.resolve("no-jdk").toString()));
        assertThat(badHome.code()).isEqualTo(2);
        assertThat(badHome.out()).isEmpty();
        assertThat(badHome.err()).startsWith("netlint: JAVA_HOME is set to '" + work.resolve("no-jdk") + "'")
                .hasLineCount(1);

        Path empty = Files.createDirectories(work.resolve("empty-path"));
        Result noJava = run(List.of(LAUNCHER.toString(), "--version"), Map.of("JAVA_HOME", "", "PATH", empty.toString()));
        assertThat(noJava.code()).isEqualTo(2);
        assertThat(noJava.out()).isEmpty();
        assertThat(noJava.err()).isEqualTo("netlint: java not found: set JAVA_HOME to a Java 17 or later installation, "
                + "or put java on the PATH\n");
    }

    @Test
    void zipHoldsTheSameFilesUnderOneVersionedFolder() throws Exception {
        Path zip;
        try (Stream<Path> files = Files.list(ROOT.resolve("cli/target"))) {
            zip = files.filter(p -> p.getFileName().toString().matches("netlint-\\d.*\\.zip")).findFirst().orElseThrow();
        }
        String base = zip.getFileName().toString().replaceFirst("\\.zip$", "/");
        Set<String> inZip = new TreeSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
        }
        Set<String> inFolder = new TreeSet<>();
        try (Stream<Path> files = Files.walk(HOME)) {
            files.filter(Files::isRegularFile).forEach(p -> inFolder.add(base + HOME.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(inZip).isEqualTo(inFolder)
                .contains(base + "bin/netlint", base + "bin/netlint.cmd", base + "lib/netlint.jar", base + "lib/netlint.jsa");
        assertThat(inZip).contains(base + "LICENSE", base + "NOTICE");
        String digest = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
        assertThat(Files.readString(Path.of(zip + ".sha256")).strip()).isEqualTo(digest + "  " + zip.getFileName());
        assertThat(Files.readString(HOME.resolve("bin/netlint.cmd"))).contains("\r\n");
        assertThat(Files.readString(LAUNCHER)).doesNotContain("\r");
    }

    /** The major version in a JDK's {@code release} file, 0 when it cannot be read. */
    private static int javaVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Runs {@code command} in {@link #work}; an empty value in {@code env} removes that variable. */
    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(work.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("NETLINT_OPTS");
        env.forEach((key, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
