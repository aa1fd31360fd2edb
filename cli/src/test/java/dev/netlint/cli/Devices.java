package dev.netlint.cli;

import dev.netlint.core.testing.CleanDevice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Device trees for the command-line tests, written below {@code target/cli-tests} (inside the working
 * directory, so that reports show relative paths as they do in a repository), and a way to run the
 * command and keep its output.
 */
final class Devices {

    /** The clean base device of the rule fixtures: clean for every rule of the catalogue. */
    static final String CLEAN = CleanDevice.YAML;

    /** Line of the service pool in {@link #CLEAN}. */
    static final int SERVICE_POOL_LINE = CleanDevice.SERVICE_POOL_LINE;

    /** A pool name with a quote, markup, an ampersand, a line break and an ANSI colour escape (YAML). */
    static final String HOSTILE_YAML = "\"Kubernetes\\\"<&>\\n\\e[31mIPs\"";
    static final String HOSTILE = "Kubernetes\"<&>\n\u001b[31mIPs";

    private Devices() {
    }

    /** The clean device with the service pool overlapping the node pool at .22 (pool-overlap). */
    static String overlap() {
        return CleanDevice.with("192.168.20.30-192.168.20.39", "192.168.20.22-192.168.20.39");
    }

    /** The overlap, with {@code suffix} appended to the offending line. */
    static String overlap(String suffix) {
        String[] lines = overlap().split("\n", -1);
        lines[SERVICE_POOL_LINE - 1] += suffix;
        return String.join("\n", lines);
    }

    /** A fresh, empty folder {@code target/cli-tests/NAME}. */
    static Path tree(String name) {
        Path dir = Path.of("target", "cli-tests", name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a run of the command printed and returned. */
    record Run(int code, String out, String err) {
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> listOf(Object value) {
        return (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object value) {
        return (Map<K, V>) value;
    }

    static Run netlint(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] text = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(o, e, text);
        }
        return new Run(code, out.toString(), err.toString());
    }
}
