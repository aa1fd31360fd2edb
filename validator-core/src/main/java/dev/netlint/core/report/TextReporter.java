package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.SourceText;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code file:line:col: severity: message [rule-id]}, the source line with a caret under the column,
 * related locations indented beneath, the fix on a {@code help:} line of its own (as rustc and clang
 * put it), then a summary line. Colour only when asked for.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private static final String INDENT = "    ";
    private static final String ELLIPSIS = "...";
    private static final int TAB = 4;
    private static final int WIDTH = 160;

    private final boolean colour;
    private final boolean quiet;

    public TextReporter(boolean colour) {
        this(colour, false);
    }

    /** @param quiet the findings only, without the summary line */
    public TextReporter(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    finding(device, finding, out);
                }
            }
        }
        if (!quiet) {
            out.write(summary(report.summary()));
            out.write('\n');
        }
    }

    private void finding(DeviceResult device, Finding finding, Writer out) throws IOException {
        out.write(paint(BOLD, TerminalText.printable(finding.location().toString()) + ":"));
        out.write(' ');
        out.write(paint(colourOf(finding.severity()), finding.severity().label() + ":"));
        out.write(' ');
        out.write(TerminalText.printable(finding.message()));
        out.write(' ');
        out.write(paint(DIM, "[" + finding.rule() + "]"));
        out.write('\n');
        SourceText source = device.sources().get(finding.location().file());
        if (source != null && finding.location().line() <= source.lineCount()) {
            String[] snippet = snippet(source.line(finding.location().line()), finding.location().column());
            if (snippet != null) {
                out.write(INDENT + snippet[0] + "\n");
                out.write(INDENT + snippet[1] + paint(BOLD, "^") + "\n");
            }
        }
        for (Related related : finding.related()) {
            out.write(INDENT);
            out.write(paint(DIM, TerminalText.printable(related.location().toString()) + ":"));
            out.write(" note: ");
            out.write(TerminalText.printable(related.message()));
            out.write('\n');
        }
        if (finding.fix() != null) {
            out.write(INDENT);
            out.write(paint(BOLD, "help:"));
            out.write(' ');
            out.write(TerminalText.printable(finding.fix()));
            out.write('\n');
        }
    }

    /**
     * The source line as shown, and the spaces that put a caret under {@code column} (1-based, in code
     * points, as the parser counts). Tabs expand to the next multiple of {@value #TAB}; control
     * characters show as {@code \xNN}; a line longer than {@value #WIDTH} columns is cut to a window
     * around the column, marked with {@code ...}. {@code null} for a blank line.
     */
    static String[] snippet(String line, int column) {
        if (line.isBlank()) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        line.codePoints().forEach(cp -> {
            if (cp == '\t') {
                cells.add("\t");
            } else {
                cells.add(TerminalText.printable(new String(Character.toChars(cp))));
            }
        });
        int at = Math.max(0, Math.min(column - 1, cells.size()));
        int from = 0;
        int to = cells.size();
        if (width(cells, 0, cells.size()) > WIDTH) {
            from = Math.max(0, at - WIDTH / 3);
            to = from;
            while (to < cells.size() && width(cells, from, to + 1) <= WIDTH) {
                to++;
            }
            if (to <= at) {
                to = Math.min(cells.size(), at + 1);
            }
        }
        StringBuilder shown = new StringBuilder();
        StringBuilder caret = new StringBuilder();
        if (from > 0) {
            shown.append(ELLIPSIS);
            caret.append(" ".repeat(ELLIPSIS.length()));
        }
        int col = shown.length();
        for (int i = from; i < to; i++) {
            String cell = cells.get(i);
            int w = cell.equals("\t") ? TAB - (col - (from > 0 ? ELLIPSIS.length() : 0)) % TAB : cell.length();
            shown.append(cell.equals("\t") ? " ".repeat(w) : cell);
            if (i < at) {
                caret.append(" ".repeat(w));
            }
            col += w;
        }
        if (to < cells.size()) {
            shown.append(ELLIPSIS);
        }
        return new String[] {shown.toString(), caret.toString()};
    }

    private static int width(List<String> cells, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            w += cells.get(i).equals("\t") ? TAB : cells.get(i).length();
        }
        return w;
    }

    /**
     * A finding as lines of a build log, which gives each line its level: {@code file:line:col message
     * [rule-id]}, then each related location as an indented {@code note:} line and the fix as an indented
     * {@code help:} line. Control characters are made visible, so that a value cannot forge a log line.
     */
    public static List<String> logLines(Finding finding) {
        List<String> lines = new ArrayList<>();
        lines.add(TerminalText.printable(finding.location() + " " + finding.message() + " [" + finding.rule() + "]"));
        for (Related related : finding.related()) {
            lines.add(TerminalText.printable("    " + related.location() + ": note: " + related.message()));
        }
        if (finding.fix() != null) {
            lines.add(TerminalText.printable("    help: " + finding.fix()));
        }
        return lines;
    }

    /** The summary line: devices, files, errors, warnings, infos and suppressed findings. */
    public static String summary(Summary s) {
        return s.devices() + (s.devices() == 1 ? " device, " : " devices, ")
                + s.files() + (s.files() == 1 ? " file: " : " files: ")
                + s.errors() + (s.errors() == 1 ? " error, " : " errors, ")
                + s.warnings() + (s.warnings() == 1 ? " warning, " : " warnings, ")
                + s.infos() + (s.infos() == 1 ? " info" : " infos")
                + (s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "");
    }

    private String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
