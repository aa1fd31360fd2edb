package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.Summary;
import dev.netlint.core.rule.RegisteredRule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A summary in GitHub-flavoured Markdown, for a CI step summary ({@code $GITHUB_STEP_SUMMARY}) or a pull
 * request comment: the totals, a table of the devices, a table of the findings per rule (each rule
 * linked to its page), then the first {@value #FIRST_FINDINGS} findings with file, line and column.
 * GitHub shows at most ten annotations of a kind per step: the summary carries them all, by count.
 */
final class MarkdownReporter implements Reporter {

    /** How many findings the summary lists one by one; the tables count them all. */
    static final int FIRST_FINDINGS = 50;

    @Override
    public void write(Report report, Writer out) throws IOException {
        Summary summary = report.summary();
        out.write("## " + Version.NAME + ": " + count(summary.errors(), "error") + ", "
                + count(summary.warnings(), "warning") + ", " + count(summary.infos(), "info") + "\n\n");
        out.write(count(summary.devices(), "device") + ", " + count(summary.files(), "file") + " checked"
                + (summary.suppressed() > 0 ? "; " + summary.suppressed() + " suppressed" : "") + ".\n");
        if (report.devices().isEmpty()) {
            return;
        }
        out.write("\n| Device | Errors | Warnings | Infos |\n| --- | ---: | ---: | ---: |\n");
        Map<String, int[]> perRule = new TreeMap<>();
        List<Finding> counted = new ArrayList<>();
        for (DeviceResult device : report.devices()) {
            int[] bySeverity = new int[Severity.values().length];
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    bySeverity[finding.severity().ordinal()]++;
                    perRule.computeIfAbsent(finding.rule(), id -> new int[Severity.values().length])[finding.severity().ordinal()]++;
                    counted.add(finding);
                }
            }
            out.write("| " + code(device.path()) + " | " + bySeverity[Severity.ERROR.ordinal()] + " | "
                    + bySeverity[Severity.WARNING.ordinal()] + " | " + bySeverity[Severity.INFO.ordinal()] + " |\n");
        }
        if (counted.isEmpty()) {
            return;
        }
        out.write("\n| Rule | Errors | Warnings | Infos |\n| --- | ---: | ---: | ---: |\n");
        for (Map.Entry<String, int[]> rule : perRule.entrySet()) {
            int[] n = rule.getValue();
            out.write("| " + ruleLink(report, rule.getKey()) + " | " + n[Severity.ERROR.ordinal()] + " | "
                    + n[Severity.WARNING.ordinal()] + " | " + n[Severity.INFO.ordinal()] + " |\n");
        }
        counted.sort(Finding.ORDER);
        out.write("\n### Findings\n\n");
        for (Finding finding : counted.subList(0, Math.min(FIRST_FINDINGS, counted.size()))) {
            out.write("- " + code(finding.location().toString()) + " **" + finding.severity().name().toLowerCase(java.util.Locale.ROOT)
                    + "** " + ruleLink(report, finding.rule()) + ": " + escape(finding.message()) + "\n");
        }
        if (counted.size() > FIRST_FINDINGS) {
            out.write("- and " + (counted.size() - FIRST_FINDINGS) + " more (the text, JSON or SARIF report lists them all)\n");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A rule's id linked to its page in the repository; an id no rule has (none should) is written bare. */
    private static String ruleLink(Report report, String id) {
        String path = id.equals(Engine.INTERNAL_ERROR)
                ? RegisteredRule.docSourcePath(id, Engine.class.getName())
                : report.rules().find(id).map(RegisteredRule::docSourcePath).orElse(null);
        return path == null ? code(id) : "[" + code(id) + "](" + Version.INFORMATION_URI + "/blob/main/" + path + ")";
    }

    /** Inline code: a backtick in the text lengthens the fence, as CommonMark reads code spans. */
    static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String padded = text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text;
        return fence + padded.replace("|", "\\|").replace("\n", " ") + fence;
    }

    /**
     * TerminalText that Markdown must not read as markup: the characters that start emphasis, links, HTML or code
     * are escaped, the pipe too (it ends a table cell), and a line break becomes a space.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()<>#+!|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
