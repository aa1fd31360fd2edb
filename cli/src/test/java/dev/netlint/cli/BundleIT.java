package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained bundle {@code netlint-VERSION-linux-x64.tar.gz} (built with {@code -Pbundle}), unpacked
 * elsewhere as a user would, run with no {@code java} on the {@code PATH} and {@code JAVA_HOME} unset.
 */
@EnabledOnOs(OS.LINUX)
class BundleIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("cli/target");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    static Path work;

    private static Path bundle;
    private static Path home;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        try (Stream<Path> files = Files.list(TARGET)) {
            bundle = files.filter(p -> p.getFileName().toString().matches("netlint-\\d.*-linux-x64\\.tar\\.gz"))
                    .findFirst().orElse(null);
        }
        if (bundle == null) {
            assertThat(System.getProperty("netlint.bundle")).as("the bundle profile is on, but no bundle was built")
                    .isNotEqualTo("expected");
            Assumptions.abort("no bundle in cli/target: build with -Pbundle");
        }
        Path unpacked = Files.createDirectories(work.resolve("opt"));
        assertThat(run(List.of("tar", "-xzf", bundle.toString(), "-C", unpacked.toString()), Map.of()).code()).isZero();
        String folder = bundle.getFileName().toString().replaceFirst("-linux-x64\\.tar\\.gz$", "");
        home = unpacked.resolve(folder);
        for (Path device : Samples.folders()) {
            Path copy = Files.createDirectories(work.resolve("samples").resolve(device.getFileName().toString()));
            try (Stream<Path> files = Files.list(device)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
    }

    @Test
    void theChecksumBesideTheBundleIsItsSha256() throws Exception {
        String line = Files.readString(Path.of(bundle + ".sha256"), StandardCharsets.UTF_8).strip();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(bundle)));
        assertThat(line).isEqualTo(digest + "  " + bundle.getFileName());
    }

    @Test
    void holdsTheLauncherTheJarTheNoticesAndARuntime() {
        assertThat(home.resolve("bin/netlint")).isExecutable();
        assertThat(home.resolve("runtime/bin/java")).isExecutable();
        assertThat(home.resolve("lib/netlint.jar")).isRegularFile();
        assertThat(home.resolve("lib/netlint.jsa")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(home.resolve("NOTICE")).isRegularFile();
        assertThat(home.resolve("runtime/legal")).isDirectory();
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesJdepsFindsAndWhatTheyRequire() throws Exception {
        Result jdeps = run(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
                "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                home.resolve("lib/netlint.jar").toString()), Map.of());
        assertThat(jdeps.code()).as(jdeps.err()).isZero();
        List<String> roots = Arrays.asList(jdeps.out().strip().split(","));
        Set<String> closure = Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), roots)
                .modules().stream().map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(runtimeModules()).isEqualTo(closure).contains("java.base").doesNotContain("jdk.compiler", "java.compiler");
    }

    @Test
    void checksTheSamplesWithNoJavaOnThePathAndNoJavaHome() throws Exception {
        Result expected = run(List.of(JAVA, "-jar", TARGET.resolve("netlint.jar").toString(), "check", "samples"), Map.of());
        assertThat(expected.code()).isEqualTo(1);
        Path log = work.resolve("class-load.log");
        Result result = run(List.of(home.resolve("bin/netlint").toString(), "check", "samples"),
                Map.of("NETLINT_OPTS", "-Xlog:class+load=info:file=" + log));
        assertThat(result).isEqualTo(expected);
        assertThat(result.out()).endsWith(" 9 errors, 1 warning, 0 infos\n");
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).filteredOn(l -> l.contains(" java.lang.Object ")).singleElement().asString()
                .contains("source: shared objects file");
        if (runtimeVersion() >= 25) {
            // Java 25 maps the archive made at build time although the bundle now lies elsewhere
            assertThat(lines).filteredOn(l -> l.contains(" dev.netlint.cli.Main "))
                    .singleElement().asString().contains("source: shared objects file (top)");
        }
    }

    @Test
    void aCheckLoadsEveryClassOfTheJarFromTheArchive() throws Exception {
        Assumptions.assumeTrue(runtimeVersion() >= 25, "only Java 25 maps the archive in a moved bundle");
        List<String> lines = classesLoadedByACheck();
        assertThat(lines).filteredOn(l -> l.contains(" dev.netlint.core.run.Netlint ")).singleElement().asString()
                .contains("source: shared objects file (top)");
        // a class file the archive refuses (picocli's own are Java 5: "Pre JDK 6 class not supported by CDS")
        // is loaded, parsed and verified from the jar on every run
        assertThat(lines).filteredOn(l -> l.contains("source: file:") || l.contains("source: jar:")).isEmpty();
    }

    @Test
    void aReportToDevNullLoadsNoSecurityProvider() throws Exception {
        List<String> lines = classesLoadedByACheck();
        assertThat(lines).filteredOn(l -> l.contains(" dev.netlint.core.internal.io.AtomicFile ")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.contains(" java.security.SecureRandom ")).isEmpty();
    }

    /** The classes that checking the samples with a JSON report to {@code /dev/null} loads, one log line each. */
    private static List<String> classesLoadedByACheck() throws Exception {
        Path log = Files.createTempFile(work, "class-load", ".log");
        Result result = run(List.of(home.resolve("bin/netlint").toString(), "check", "--format", "json", "--output",
                "/dev/null", "samples"), Map.of("NETLINT_OPTS", "-Xlog:class+load=info:file=" + log));
        assertThat(result.code()).as(result.err()).isEqualTo(1);
        return Files.readAllLines(log);
    }

    @Test
    void printsItsVersionWithNoJavaAnywhere() throws Exception {
        Result version = run(List.of(home.resolve("bin/netlint").toString(), "--version"), Map.of());
        assertThat(version.code()).isZero();
        assertThat(version.err()).isEmpty();
        assertThat(version.out()).startsWith("netlint ").contains("\ncommit: ", "\nbuilt:  ");
    }

    private static Set<String> runtimeModules() throws IOException {
        for (String line : Files.readAllLines(home.resolve("runtime/release"), StandardCharsets.UTF_8)) {
            if (line.startsWith("MODULES=")) {
                return new TreeSet<>(Arrays.asList(line.substring("MODULES=".length()).replace("\"", "").split(" ")));
            }
        }
        throw new AssertionError("runtime/release names no MODULES");
    }

    private static int runtimeVersion() throws IOException {
        for (String line : Files.readAllLines(home.resolve("runtime/release"), StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_VERSION=")) {
                return Integer.parseInt(line.substring("JAVA_VERSION=".length()).replace("\"", "").split("[.+-]")[0]);
            }
        }
        return 0;
    }

    /**
     * Runs {@code command} in {@link #work} with {@code JAVA_HOME} unset and a {@code PATH} of one empty
     * folder (so no java), plus {@code env}.
     */
    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(work.toFile());
        Path empty = Files.createDirectories(work.resolve("empty-path"));
        if (!command.get(0).equals("tar") && !command.get(0).equals(JAVA) && !command.get(0).endsWith("jdeps")) {
            builder.environment().clear();
            builder.environment().put("PATH", empty.toString());
        }
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("NETLINT_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
