package dev.netlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The device folders of the repository's {@code samples/}. */
final class Samples {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize().resolve("samples");

    private Samples() {
    }

    /**
     * Every sample device folder, in name order: not {@code target} (what {@code cd samples && mvn
     * validate} leaves) nor a hidden folder.
     */
    static List<Path> folders() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).filter(dir -> {
                String name = dir.getFileName().toString();
                return !name.equals("target") && !name.startsWith(".");
            }).sorted().toList();
        }
    }

    /** The folders of the samples that must pass: those not named {@code broken-*}. */
    static List<Path> clean() throws IOException {
        return folders().stream().filter(dir -> !dir.getFileName().toString().startsWith("broken-")).toList();
    }
}
