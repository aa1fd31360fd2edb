package dev.netlint.core.result;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Spelling;
import java.util.List;
import java.util.Locale;

/** A rule's level set by configuration: off, or a severity for all of its findings. */
public enum RuleLevel {
    OFF, INFO, WARNING, ERROR;

    public static RuleLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + text + "' (off, info, warning, error)"
                    + Spelling.suggestion(text.trim(), List.of("off", "info", "warning", "error")), e);
        }
    }

    /**
     * The level {@code text} sets for the rule {@code ruleId}: as {@link #parse}, and refused for
     * {@code parse-error} below {@code error}, because a device whose file cannot be read must never
     * pass. The config file, the command line and the Maven plugin all set levels through this.
     *
     * @throws IllegalArgumentException with a message naming the rule and why
     */
    public static RuleLevel forRule(String ruleId, String text) {
        RuleLevel level = parse(text);
        if (ruleId.equals(LoadProblem.PARSE_ERROR) && level != ERROR) {
            throw new IllegalArgumentException(ruleId + " cannot be set to " + level.label() + ": a device file"
                    + " that cannot be read must fail the check, so " + ruleId + " is always an error");
        }
        return level;
    }

    /** The severity this level imposes, or {@code null} for {@link #OFF}. */
    public Severity severity() {
        return this == OFF ? null : Severity.valueOf(name());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
