package dev.netlint.core.engine;

import dev.netlint.core.rule.Severity;
import java.util.Locale;

/** A rule's level set by configuration: off, or a severity for all of its findings. */
public enum RuleLevel {
    OFF, INFO, WARNING, ERROR;

    public static RuleLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + text + "' (off, info, warning, error)", e);
        }
    }

    /** The severity this level imposes, or {@code null} for {@link #OFF}. */
    public Severity severity() {
        return this == OFF ? null : Severity.valueOf(name());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
