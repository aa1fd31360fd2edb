package dev.netlint.core.internal.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The findings of one rule on one device, at most {@link Engine#MAX_FINDINGS_PER_RULE} of them: the first
 * in report order are kept as they come (a bounded heap), the others only counted. However many findings
 * a rule reports, a device holds a thousand of it in memory, and the report lists a thousand and one
 * finding that stands for the rest: at their highest severity, at the location of the last one listed,
 * suppressed only when all those it stands for are.
 */
final class RuleFindings {

    private final String rule;
    /** The kept findings, the last in report order on top. */
    private final PriorityQueue<Finding> kept = new PriorityQueue<>(Finding.ORDER.reversed());
    private int left;
    private int leftSuppressed;
    private Severity leftSeverity;
    private Suppression leftSuppression;

    RuleFindings(String rule) {
        this.rule = rule;
    }

    /** Adds a finding (its suppression already decided). */
    void add(Finding finding) {
        if (kept.size() < Engine.MAX_FINDINGS_PER_RULE) {
            kept.add(finding);
            return;
        }
        Finding last = kept.peek();
        if (Finding.ORDER.compare(finding, last) < 0) {
            kept.poll();
            kept.add(finding);
            leave(last);
        } else {
            leave(finding);
        }
    }

    private void leave(Finding finding) {
        left++;
        if (finding.suppressed()) {
            leftSuppressed++;
            if (leftSuppression == null) {
                leftSuppression = finding.suppression();
            }
        } else if (leftSeverity == null || finding.severity().compareTo(leftSeverity) > 0) {
            leftSeverity = finding.severity();
        }
    }

    /** The kept findings in report order. */
    List<Finding> kept() {
        List<Finding> list = new ArrayList<>(kept);
        list.sort(Finding.ORDER);
        return list;
    }

    /** The finding that stands for those left out, to list right after {@code last}; {@code null} when none is. */
    Finding more(Finding last) {
        if (left == 0) {
            return null;
        }
        boolean allSuppressed = leftSeverity == null;
        String message = "and " + left + " more " + rule + " finding" + (left == 1 ? "" : "s") + " on this device"
                + (leftSuppressed > 0 && !allSuppressed ? " (" + leftSuppressed + " of them suppressed)" : "")
                + ", not listed: netlint lists at most " + Engine.MAX_FINDINGS_PER_RULE
                + " findings of a rule per device";
        return new Finding(rule, allSuppressed ? last.severity() : leftSeverity, message, last.location(), List.of(),
                allSuppressed ? leftSuppression : null);
    }
}
