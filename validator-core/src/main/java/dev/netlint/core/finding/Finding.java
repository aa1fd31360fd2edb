package dev.netlint.core.finding;

import dev.netlint.core.model.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a device: immutable, collected, never thrown.
 *
 * @param suppression why the finding does not count, or {@code null} when it counts
 */
public record Finding(String rule, Severity severity, String message, Location location, List<Related> related,
                      Suppression suppression) {

    /** File, line, column, then rule: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSeverity(Severity level) {
        return new Finding(rule, level, message, location, related, suppression);
    }

    public Finding suppressedBy(Suppression reason) {
        return new Finding(rule, severity, message, location, related, reason);
    }
}
