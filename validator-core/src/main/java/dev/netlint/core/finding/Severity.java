package dev.netlint.core.finding;

import java.util.Locale;

/** How serious a finding is; declared mildest first so that {@code compareTo} orders by gravity. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses {@code error}, {@code warning} or {@code info}, in any case. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (error, warning, info)");
    }
}
