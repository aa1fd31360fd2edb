package dev.netlint.core.internal.config;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Spelling;
import java.util.List;
import java.util.Locale;

/** The lowest severity that fails a check, or {@link #NEVER}. */
public enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    /** Parses {@code error}, {@code warning}, {@code info} or {@code never}, in any case. */
    public static FailOn parse(String text) {
        for (FailOn value : values()) {
            if (value.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a fail-on level (error, warning, info, never)"
                + Spelling.suggestion(text.trim(), List.of("error", "warning", "info", "never")));
    }

    /** The severity at which findings fail, or {@code null} for never (as {@code Summary.reaches} takes it). */
    public Severity threshold() {
        return this == NEVER ? null : Severity.valueOf(name());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
