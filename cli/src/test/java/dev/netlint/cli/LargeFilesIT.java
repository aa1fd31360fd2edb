package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Files near the 64 MiB size limit are decoded and parsed as streams: the built jar checks them in a
 * 256 MiB heap (the files were held whole, in bytes, characters and a copy, and ran out of memory).
 */
class LargeFilesIT {

    private static final Path JAR = Path.of("target/netlint.jar").toAbsolutePath();
    private static final long SIXTY_MB = 60L * 1024 * 1024;
    private static Path dir;

    @BeforeAll
    static void write() throws IOException {
        dir = Files.createTempDirectory("netlint-large");
        // Each file in a folder of its own: a file given on the command line is its folder's device.
        for (String folder : List.of("yaml", "json", "comments")) {
            Files.createDirectories(dir.resolve(folder));
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("yaml/big.yaml"), StandardCharsets.UTF_8)) {
            out.write("device:\n  certificates:\n");
            long written = 0;
            for (int i = 0; written < SIXTY_MB; i++) {
                String line = String.format(Locale.ROOT, "    - { name: cert%d, thumbprint: \"%040x\", path: "
                        + "\"C:/certs/%d.pfx\" }%n", i, (long) i * 2654435761L, i);
                out.write(line);
                written += line.length();
            }
            out.write("kubernetes:\n  podSubnet: 10.244.0.1/16\n");
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("json/big.json"), StandardCharsets.UTF_8)) {
            out.write("{\"device\": {\"certificates\": [\n");
            long written = 0;
            for (int i = 0; written < SIXTY_MB; i++) {
                String line = String.format(Locale.ROOT, "  {\"name\": \"cert%d\", \"path\": \"C:/certs/%d.pfx\"},%n",
                        i, i);
                out.write(line);
                written += line.length();
            }
            out.write("  {}]}, \"kubernetes\": {\"podSubnet\": \"10.244.0.1/16\"}}\n");
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("comments/comments.yaml"), StandardCharsets.UTF_8)) {
            out.write("kubernetes:\n  podSubnet: 10.244.0.1/16\n");
            for (long written = 0; written < 32L * 1024 * 1024; written += 90) {
                out.write("# a comment line that explains nothing in particular, padded to ninety characters .....\n");
            }
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static SamplesIT.Result netlint256(String file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Xmx256m", "-jar", JAR.toString(), "check", "--format", "json", file));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new SamplesIT.Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /** The finding after 60 MB of text proves the whole file was read: the pod subnet has host bits set. */
    private static void checkedWhole(SamplesIT.Result result, String file) {
        assertThat(result.err()).as(file).isEqualTo("netlint: no configuration file\n");
        assertThat(result.code()).as(file).isZero();
        assertThat(result.out()).as(file).contains("\"rule\": \"cluster-cidr-not-canonical\"");
    }

    @Test
    void sixtyMegabytesOfYamlInA256MegabyteHeap() throws Exception {
        assertThat(Files.size(dir.resolve("yaml/big.yaml"))).isGreaterThan(SIXTY_MB);
        checkedWhole(netlint256("yaml/big.yaml"), "big.yaml");
    }

    @Test
    void sixtyMegabytesOfJsonInA256MegabyteHeap() throws Exception {
        checkedWhole(netlint256("json/big.json"), "big.json");
    }

    @Test
    void thirtyTwoMegabytesOfCommentsInA256MegabyteHeap() throws Exception {
        checkedWhole(netlint256("comments/comments.yaml"), "comments.yaml");
    }
}
