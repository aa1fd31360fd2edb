package dev.netlint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats, by the name the command line and the Maven plugin use. */
public final class Reporters {

    private Reporters() {
    }

    public static String names() {
        return "text, json, sarif, junit, html";
    }

    /**
     * The reporter of a format (text without colour): {@code text}, {@code json}, {@code sarif}, {@code junit} or
     * {@code html}.
     */
    public static Optional<Reporter> named(String format) {
        return named(format, false);
    }

    /** The reporter of a format; {@code colour} only matters for text. */
    public static Optional<Reporter> named(String format, boolean colour) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(new TextReporter(colour));
            case "json" -> Optional.of(new JsonReporter());
            case "sarif" -> Optional.of(new SarifReporter());
            case "junit" -> Optional.of(new JunitReporter());
            case "html" -> Optional.of(new HtmlReporter());
            default -> Optional.empty();
        };
    }

    /** What the first kilobytes of a JSON, SARIF or JUnit report, or of a baseline, always hold. */
    private static final List<String> OUTPUT_MARKS = List.of("\"name\": \"" + Version.NAME + "\"",
            "\"netlintBaseline\"", "<testsuites name=\"" + Version.NAME + "\"");

    /**
     * Whether a regular file is a report or a baseline that netlint wrote (its first 4 KiB carry the
     * tool's name where the formats put it). An earlier report in a checked tree is not a device file;
     * any other file is, and a report must never replace it.
     */
    public static boolean isOwnOutput(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return OUTPUT_MARKS.stream().anyMatch(head::contains);
        } catch (IOException e) {
            return false;
        }
    }
}
