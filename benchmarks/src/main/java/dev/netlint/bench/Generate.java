package dev.netlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the synthetic inputs of the benchmark (docs/performance.md), deterministically from a seed.
 *
 * <pre>
 * Generate huge DIR [--routes N] [--required-networks N] [--services N] [--pools N]
 *                   [--virtual-networks N] [--format yaml|json] [--seed S]
 *     one clean device, DIR/config.yaml or DIR/config.json: N routes (default 100,000), N/5 required
 *     networks and N/10 services unless given, no extra pools or virtual networks unless given
 * Generate tree DIR [--devices N] [--format mixed|yaml] [--seed S]
 *     N realistic devices (default 1,000), one folder each, one in twenty broken on purpose; mixed:
 *     YAML files and JSON ones in the vendor's export shape, yaml: the same devices, every file YAML
 * </pre>
 *
 * DIR is created; a DIR this generator wrote before is replaced, any other non-empty DIR is refused.
 */
public final class Generate {

    static final long DEFAULT_SEED = 20240917L;
    /** Marks a folder as written by this generator, so that it may be replaced. */
    static final String MARKER = ".netlint-bench";

    private static final List<String> HUGE_OPTIONS = List.of("--routes", "--required-networks", "--services",
            "--pools", "--virtual-networks", "--format", "--seed");
    private static final List<String> TREE_OPTIONS = List.of("--devices", "--format", "--seed");

    private Generate() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            System.err.println("usage: Generate huge DIR [--routes N] [--required-networks N] [--services N] [--pools N]"
                    + " [--virtual-networks N] [--format yaml|json] [--seed S]"
                    + " | Generate tree DIR [--devices N] [--format mixed|yaml] [--seed S]");
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("generate: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the generator and returns the line it prints. */
    static String run(String... args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("a kind (huge or tree) and a folder are required");
        }
        String kind = args[0];
        Path dir = Path.of(args[1]);
        List<String> known = switch (kind) {
            case "huge" -> HUGE_OPTIONS;
            case "tree" -> TREE_OPTIONS;
            default -> throw new IllegalArgumentException("unknown kind '" + kind + "' (huge or tree)");
        };
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i += 2) {
            if (!known.contains(args[i])) {
                throw new IllegalArgumentException(HUGE_OPTIONS.contains(args[i]) || TREE_OPTIONS.contains(args[i])
                        ? args[i] + " does not apply to " + kind : "unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            options.put(args[i], args[i + 1]);
        }
        long seed = options.containsKey("--seed") ? number("--seed", options.get("--seed")) : DEFAULT_SEED;
        String format = options.getOrDefault("--format", kind.equals("huge") ? "yaml" : "mixed");
        long start = System.nanoTime();
        String what;
        if (kind.equals("huge")) {
            if (!format.equals("yaml") && !format.equals("json")) {
                throw new IllegalArgumentException("--format of huge is yaml or json, not '" + format + "'");
            }
            int routes = count(options, "--routes", HugeDevice.DEFAULT_ROUTES);
            HugeDevice.Size size = new HugeDevice.Size(routes, count(options, "--required-networks", routes / 5),
                    count(options, "--services", routes / 10), count(options, "--pools", 0),
                    count(options, "--virtual-networks", 0));
            what = huge(dir, size, seed, format.equals("json"));
        } else {
            if (!format.equals("mixed") && !format.equals("yaml")) {
                throw new IllegalArgumentException("--format of tree is mixed or yaml, not '" + format + "'");
            }
            what = tree(dir, count(options, "--devices", DeviceTree.DEFAULT_DEVICES), seed, format.equals("yaml"));
        }
        return String.format(Locale.ROOT, "%s (seed %d, %.1f s)", what, seed, (System.nanoTime() - start) / 1e9);
    }

    static String huge(Path dir, int routes, long seed) throws IOException {
        return huge(dir, HugeDevice.Size.ofRoutes(routes), seed, false);
    }

    /** Writes the huge device of {@code size} into {@code dir}, as {@code config.json} or {@code config.yaml}. */
    static String huge(Path dir, HugeDevice.Size size, long seed, boolean json) throws IOException {
        prepare(dir);
        Path file = dir.resolve(json ? "config.json" : "config.yaml");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (json) {
                HugeDevice.writeJson(size, seed, out);
            } else {
                HugeDevice.write(size, seed, out);
            }
        }
        return String.format(Locale.ROOT, "wrote %s: %s, %.1f MB", file, HugeDevice.describe(size),
                Files.size(file) / 1e6);
    }

    static String tree(Path dir, int devices, long seed) throws IOException {
        return tree(dir, devices, seed, false);
    }

    static String tree(Path dir, int devices, long seed, boolean yamlOnly) throws IOException {
        if (devices < 1) {
            throw new IllegalArgumentException("--devices must be at least 1");
        }
        prepare(dir);
        DeviceTree.Summary summary = DeviceTree.write(dir, devices, seed, DeviceTree.BROKEN_EVERY, yamlOnly);
        return String.format(Locale.ROOT, "wrote %s: %d devices (%d two-node; layouts %s%s), %d broken on purpose",
                dir, summary.devices(), summary.twoNode(), summary.layouts(), yamlOnly ? ", every file YAML" : "",
                summary.brokenCount());
    }

    private static int count(Map<String, String> options, String option, int fallback) {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        long n = number(option, value);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " is too large");
        }
        return (int) n;
    }

    private static long number(String option, String value) {
        try {
            long n = Long.parseLong(value.replace("_", "").replace(",", ""));
            if (n < 0) {
                throw new IllegalArgumentException(option + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
        }
    }

    /** Empties a folder this generator wrote before, refuses any other non-empty one. */
    private static void prepare(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            boolean empty;
            try (Stream<Path> children = Files.list(dir)) {
                empty = children.findAny().isEmpty();
            }
            if (!empty) {
                if (!Files.exists(dir.resolve(MARKER))) {
                    throw new IllegalArgumentException(dir + " is not empty and was not written by this generator");
                }
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                        if (!path.equals(dir)) {
                            Files.delete(path);
                        }
                    }
                }
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "written by dev.netlint.bench.Generate; replaced on the next run\n",
                StandardCharsets.UTF_8);
    }
}
