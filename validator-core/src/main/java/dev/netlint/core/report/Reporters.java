package dev.netlint.core.report;

import java.util.Locale;
import java.util.Optional;

/** The report formats, by the name the command line and the Maven plugin use. */
public final class Reporters {

    private Reporters() {
    }

    public static String names() {
        return "text, json, sarif, junit";
    }

    /** The reporter of a format; {@code colour} only matters for text. */
    public static Optional<Reporter> named(String format, boolean colour) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(new TextReporter(colour));
            case "json" -> Optional.of(new JsonReporter());
            case "sarif" -> Optional.of(new SarifReporter());
            case "junit" -> Optional.of(new JunitReporter());
            default -> Optional.empty();
        };
    }
}
