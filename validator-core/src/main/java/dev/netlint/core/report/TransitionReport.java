package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.Change;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code netlint diff} prints of a transition: the changes ({@code +} added, {@code -} removed,
 * {@code ~} changed), then the transition rules' findings; or the same as JSON; or, in the other formats of
 * a check, the findings as a report of the proposed device (Markdown and HTML list the changes as well).
 */
public final class TransitionReport {

    private TransitionReport() {
    }

    /** Whether a transition rule reported an error. */
    public static boolean hasError(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The formats a transition is written in: those of a check. */
    public static String formats() {
        return Reporters.names();
    }

    /**
     * Writes a transition in one of {@link #formats()} (the name in lower case).
     *
     * @param report the transition rules' findings as a report of the proposed device
     */
    public static void write(String format, String current, String proposed, List<Change> changes,
                             List<Finding> findings, Report report, PrintWriter out) throws IOException {
        String heading = heading(current, proposed, changes);
        switch (format) {
            case "text" -> writeText(current, proposed, changes, findings, out);
            case "json" -> writeJson(current, proposed, changes, findings, out);
            case "html" -> new HtmlReporter(Version.NAME + " diff: " + heading,
                    changes.stream().map(Change::describe).toList()).write(report, out);
            case "markdown" -> {
                new MarkdownReporter().write(report, out);
                out.write("\n### Changes\n\n" + MarkdownReporter.escape(heading) + "\n\n");
                for (Change change : changes) {
                    out.write("- " + MarkdownReporter.escape(TerminalText.printable(change.describe())) + "\n");
                }
            }
            default -> Reporters.named(format).orElseThrow(() -> new IllegalArgumentException("format " + format))
                    .write(report, out);
        }
        out.flush();
    }

    /** {@code CURRENT -> PROPOSED: N changes}, control characters made visible. */
    private static String heading(String current, String proposed, List<Change> changes) {
        return TerminalText.printable(current) + " -> " + TerminalText.printable(proposed) + ": " + count(changes);
    }

    private static String count(List<Change> changes) {
        return changes.size() + (changes.size() == 1 ? " change" : " changes");
    }

    /**
     * The changes as lines of a build log: how many, from where to where, then each change indented.
     * Control characters are made visible.
     */
    public static List<String> logLines(String current, String proposed, List<Change> changes) {
        List<String> lines = new ArrayList<>();
        lines.add(TerminalText.printable(count(changes) + " from " + current
                + " to " + proposed));
        for (Change change : changes) {
            lines.add(TerminalText.printable("    " + change.describe()));
        }
        return lines;
    }

    public static void writeText(String current, String proposed, List<Change> changes, List<Finding> findings,
                          PrintWriter out) {
        out.println(heading(current, proposed, changes));
        for (Change change : changes) {
            String mark = switch (change.kind()) {
                case "added" -> "+";
                case "removed" -> "-";
                default -> "~";
            };
            out.println("  " + mark + " " + TerminalText.printable(change.describe()));
        }
        for (Finding finding : findings) {
            Location at = finding.location();
            out.println(TerminalText.printable(at.file()) + ":" + at.line() + ":" + at.column() + ": "
                    + finding.severity().name().toLowerCase(Locale.ROOT) + ": " + TerminalText.printable(finding.message())
                    + " [" + finding.rule() + "]");
            if (finding.fix() != null) {
                out.println("    help: " + TerminalText.printable(finding.fix()));
            }
        }
        out.println(findings.size() + (findings.size() == 1 ? " finding" : " findings") + " on the transition");
    }

    public static void writeJson(String current, String proposed, List<Change> changes, List<Finding> findings,
                          PrintWriter out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().field("current", current).field("proposed", proposed);
        changes(json, changes);
        findings(json, findings);
        json.endObject();
        out.println();
    }

    /** The {@code changes} array: area, subject, kind, before, after, file, line, column. */
    static void changes(JsonWriter json, List<Change> changes) throws IOException {
        json.name("changes").beginArray();
        for (Change change : changes) {
            json.beginObject().field("area", change.area()).field("subject", change.subject())
                    .field("kind", change.kind());
            if (change.before() != null) {
                json.field("before", change.before());
            }
            if (change.after() != null) {
                json.field("after", change.after());
            }
            location(json, change.at());
            json.endObject();
        }
        json.endArray();
    }

    /** The {@code findings} array: rule, severity, message, fix, file, line, column. */
    static void findings(JsonWriter json, List<Finding> findings) throws IOException {
        json.name("findings").beginArray();
        for (Finding finding : findings) {
            json.beginObject().field("rule", finding.rule())
                    .field("severity", finding.severity().name().toLowerCase(Locale.ROOT))
                    .field("message", finding.message());
            if (finding.fix() != null) {
                json.field("fix", finding.fix());
            }
            location(json, finding.location());
            json.endObject();
        }
        json.endArray();
    }

    private static void location(JsonWriter json, Location at) throws IOException {
        if (at != null) {
            json.field("file", at.file()).field("line", at.line()).field("column", at.column());
        }
    }
}
