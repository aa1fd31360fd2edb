package dev.netlint.core.rule;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Location;
import java.util.List;

/**
 * Where a rule reports. Each call records one finding of the calling rule: the facts in the message,
 * and, where the rule knows one, the fix apart ({@code move KubernetesServiceIPs to ...}), which the
 * text report shows on a {@code help:} line of its own and the other reports append to the message
 * after {@code ; }.
 */
public interface FindingSink {

    /** A finding at the rule's default severity. */
    default void report(Location at, String message, Related... related) {
        report(null, at, message, null, List.of(related));
    }

    /** A finding at the rule's default severity, with its fix ({@code null} for none). */
    default void report(Location at, String message, String fix, Related... related) {
        report(null, at, message, fix, List.of(related));
    }

    /** A finding at {@code severity}, or at the default one when {@code null}. */
    default void report(Severity severity, Location at, String message, List<Related> related) {
        report(severity, at, message, null, related);
    }

    /** A finding at {@code severity} (the default one when {@code null}) with its fix ({@code null} for none). */
    void report(Severity severity, Location at, String message, String fix, List<Related> related);
}
