package dev.netlint.bench;

import dev.netlint.core.plan.Forwarding;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Generated inputs in a temporary folder, for the JMH states; deleted at tear-down. */
final class Inputs {

    private Inputs() {
    }

    /** A folder holding the huge device with {@code routes} routes, as {@code config.yaml}. */
    static Path huge(int routes) throws IOException {
        Path dir = Files.createTempDirectory("netlint-bench-huge-");
        Generate.huge(dir, routes, Generate.DEFAULT_SEED);
        return dir;
    }

    /** A folder holding a tree of {@code devices} devices. */
    static Path tree(int devices) throws IOException {
        Path dir = Files.createTempDirectory("netlint-bench-tree-");
        Generate.tree(dir, devices, Generate.DEFAULT_SEED);
        return dir;
    }

    /**
     * The forwarding model with its tries filled: it fills them at its first lookup, so a benchmark of
     * building the model asks one.
     */
    static Forwarding filled(Forwarding forwarding) {
        forwarding.lookup(new IPAddressString("0.0.0.0").getAddress());
        return forwarding;
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
