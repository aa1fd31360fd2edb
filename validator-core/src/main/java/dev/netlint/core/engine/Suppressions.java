package dev.netlint.core.engine;

import dev.netlint.core.load.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks findings suppressed by a YAML comment on their line ({@code # netlint-disable-line RULE --
 * reason}) or the line above ({@code # netlint-disable-next-line ...}), or by a suppression of the
 * config file. Suppressed findings stay in the report, marked.
 */
final class Suppressions {

    static final Pattern COMMENT = Pattern.compile(
            "#\\s*netlint-disable-(next-line|line)\\s+([A-Za-z0-9*,\\s-]+?)\\s*(?:--\\s*(.*?))?\\s*$");

    private Suppressions() {
    }

    static void apply(List<Finding> findings, Map<String, SourceFile> sources, List<PathSuppression> configured,
                      Path workingDirectory) {
        for (ListIterator<Finding> it = findings.listIterator(); it.hasNext(); ) {
            Finding finding = it.next();
            Suppression reason = inline(finding, sources.get(finding.location().file()));
            if (reason == null) {
                reason = configured(finding, configured, workingDirectory);
            }
            if (reason != null) {
                it.set(finding.suppressedBy(reason));
            }
        }
    }

    private static Suppression inline(Finding finding, SourceFile source) {
        if (source == null) {
            return null;
        }
        int line = finding.location().line();
        Suppression same = match(source.line(line), "line", finding.rule());
        return same != null ? same : match(source.line(line - 1), "next-line", finding.rule());
    }

    private static Suppression match(String text, String kind, String rule) {
        if (text.indexOf("netlint-disable-") < 0) {
            return null;
        }
        Matcher m = COMMENT.matcher(text);
        if (!m.find() || !m.group(1).equals(kind)) {
            return null;
        }
        for (String id : m.group(2).split("[,\\s]+")) {
            if (id.equals(rule) || id.equals("*")) {
                return new Suppression("inline", m.group(3) == null ? "" : m.group(3));
            }
        }
        return null;
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
