package dev.netlint.core.rule;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Location;
import java.util.List;

/** Where a rule reports. Each call records one finding of the calling rule. */
public interface FindingSink {

    /** A finding at the rule's default severity. */
    default void report(Location at, String message, Related... related) {
        report(null, at, message, List.of(related));
    }

    /** A finding at {@code severity}, or at the default one when {@code null}. */
    void report(Severity severity, Location at, String message, List<Related> related);
}
