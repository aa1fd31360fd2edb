package dev.netlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes the synthetic inputs of the benchmark (SPEC §8), deterministically from a seed.
 *
 * <pre>
 * Generate huge DIR [--routes N] [--seed S]    one clean device, DIR/config.yaml: N routes (default
 *                                              100,000), N/5 required networks, N/10 services
 * Generate tree DIR [--devices N] [--seed S]   N realistic devices (default 1,000), one folder each,
 *                                              one in twenty broken on purpose
 * </pre>
 *
 * DIR is created; a DIR this generator wrote before is replaced, any other non-empty DIR is refused.
 */
public final class Generate {

    static final long DEFAULT_SEED = 20240917L;
    /** Marks a folder as written by this generator, so that it may be replaced. */
    static final String MARKER = ".netlint-bench";

    private Generate() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            System.err.println("usage: Generate huge DIR [--routes N] [--seed S] | Generate tree DIR [--devices N] [--seed S]");
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
        long seed = DEFAULT_SEED;
        int count = -1;
        for (int i = 2; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--seed" -> seed = number(args[i], value);
                case "--routes", "--devices" -> {
                    if (!args[i].equals(kind.equals("huge") ? "--routes" : "--devices")) {
                        throw new IllegalArgumentException(args[i] + " does not apply to " + kind);
                    }
                    count = (int) number(args[i], value);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        String what = switch (kind) {
            case "huge" -> huge(dir, count < 0 ? HugeDevice.DEFAULT_ROUTES : count, seed);
            case "tree" -> tree(dir, count < 0 ? DeviceTree.DEFAULT_DEVICES : count, seed);
            default -> throw new IllegalArgumentException("unknown kind '" + kind + "' (huge or tree)");
        };
        return String.format(Locale.ROOT, "%s (seed %d, %.1f s)", what, seed, (System.nanoTime() - start) / 1e9);
    }

    static String huge(Path dir, int routes, long seed) throws IOException {
        HugeDevice.Size size = HugeDevice.Size.ofRoutes(routes);
        prepare(dir);
        Path file = dir.resolve("config.yaml");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HugeDevice.write(size, seed, out);
        }
        return String.format(Locale.ROOT, "wrote %s: %d routes, %d required networks, %d services, %.1f MB", file,
                size.routes(), size.requiredNetworks(), size.services(), Files.size(file) / 1e6);
    }

    static String tree(Path dir, int devices, long seed) throws IOException {
        if (devices < 1) {
            throw new IllegalArgumentException("--devices must be at least 1");
        }
        prepare(dir);
        DeviceTree.Summary summary = DeviceTree.write(dir, devices, seed);
        return String.format(Locale.ROOT, "wrote %s: %d devices (%d two-node; layouts %s), %d broken on purpose",
                dir, summary.devices(), summary.twoNode(), summary.layouts(), summary.brokenCount());
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
