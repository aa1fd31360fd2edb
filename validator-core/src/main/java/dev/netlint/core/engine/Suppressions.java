package dev.netlint.core.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.ListIterator;

/**
 * Marks findings suppressed by a comment of the file ({@link InlineSuppressions}) or by a suppression
 * of the config file. Suppressed findings stay in the report, marked, and are counted apart.
 */
final class Suppressions {

    private Suppressions() {
    }

    static void apply(List<Finding> findings, InlineSuppressions inline, List<PathSuppression> configured,
                      Path workingDirectory) {
        for (ListIterator<Finding> it = findings.listIterator(); it.hasNext(); ) {
            Finding finding = it.next();
            Suppression reason = inline.of(finding);
            if (reason == null) {
                reason = configured(finding, configured, workingDirectory);
            }
            if (reason != null) {
                it.set(finding.suppressedBy(reason));
            }
        }
    }

    private static Suppression configured(Finding finding, List<PathSuppression> configured, Path workingDirectory) {
        if (configured.isEmpty()) {
            return null;
        }
        Path file = workingDirectory.resolve(finding.location().file());
        for (PathSuppression suppression : configured) {
            if (suppression.matches(finding.rule(), file)) {
                return new Suppression("config", suppression.reason() == null ? "" : suppression.reason());
            }
        }
        return null;
    }
}
