package dev.netlint.core.engine;

import dev.netlint.core.rule.Severity;
import java.util.Locale;

/**
 * The fail-on level of the command line, the Maven plugin and the config file: the lowest severity
 * that fails a check, or {@code never}.
 */
public final class FailOn {

    public static final String NAMES = "error, warning, info or never";

    private FailOn() {
    }

    /**
     * Parses {@code error}, {@code warning}, {@code info} or {@code never}, in any case.
     *
     * @return the threshold for {@link Summary#reaches(Severity)}; {@code null} for {@code never}
     * @throws IllegalArgumentException for any other text
     */
    public static Severity parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return null;
        }
        for (Severity severity : Severity.values()) {
            if (severity.label().equals(value)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("fail-on takes " + NAMES + ", not '" + text + "'");
    }
}
