package dev.netlint.core.finding;

import dev.netlint.core.model.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a device: immutable, collected, never thrown.
 *
 * @param message the facts, with the values involved
 * @param suppression why the finding does not count, or {@code null} when it counts
 * @param fix what to do about it ({@code move KubernetesServiceIPs to ...}), or {@code null} when the rule
 *     has nothing to say beyond the facts; the text report shows it on a {@code help:} line of its own
 */
public record Finding(String rule, Severity severity, String message, Location location, List<Related> related,
                      Suppression suppression, String fix) {

    /** File, line, column, then rule: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::text);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
    }

    /** A finding whose message says all there is: no fix of its own. */
    public Finding(String rule, Severity severity, String message, Location location, List<Related> related,
                   Suppression suppression) {
        this(rule, severity, message, location, related, suppression, null);
    }

    /**
     * The facts and the fix as one sentence, {@code facts; fix}: what the reports that have a single
     * message field (JSON, SARIF, JUnit, Checkstyle, GitLab) and baselines write.
     */
    public String text() {
        return fix == null ? message : message + "; " + fix;
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding suppressedBy(Suppression reason) {
        return new Finding(rule, severity, message, location, related, reason, fix);
    }
}
