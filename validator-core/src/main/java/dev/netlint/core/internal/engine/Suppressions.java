package dev.netlint.core.internal.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Suppression;
import java.nio.file.Path;
import java.util.List;

/**
 * Marks findings suppressed by a comment of the file ({@link InlineSuppressions}) or by a suppression
 * of the config file. Suppressed findings stay in the report, marked, and are counted apart.
 */
final class Suppressions {

    private Suppressions() {
    }

    /** The finding, suppressed when a comment of its file or a suppression of the config file says so. */
    static Finding apply(Finding finding, InlineSuppressions inline, List<PathSuppression> configured,
                         Path workingDirectory) {
        Suppression reason = inline.of(finding);
        if (reason == null) {
            reason = configured(finding, configured, workingDirectory);
        }
        return reason == null ? finding : finding.suppressedBy(reason);
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
