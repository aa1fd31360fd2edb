package dev.netlint.core.report;

import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Finding;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.Summary;
import dev.netlint.core.load.SourceFile;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code file:line:col: severity: message [rule-id]}, the source line with a caret under the column,
 * related locations indented beneath, then a summary line. Colour only when asked for.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean colour;

    public TextReporter(boolean colour) {
        this.colour = colour;
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
        out.write(summary(report.summary()));
        out.write('\n');
    }

    private void finding(DeviceResult device, Finding finding, Writer out) throws IOException {
        out.write(paint(BOLD, finding.location().toString() + ":"));
        out.write(' ');
        out.write(paint(colourOf(finding.severity()), finding.severity().label() + ":"));
        out.write(' ');
        out.write(Text.printable(finding.message()));
        out.write(' ');
        out.write(paint(DIM, "[" + finding.rule() + "]"));
        out.write('\n');
        snippet(device.sources().get(finding.location().file()), finding.location().line(),
                finding.location().column(), "    ", out);
        for (Related related : finding.related()) {
            out.write("    ");
            out.write(paint(DIM, related.location().toString() + ":"));
            out.write(" note: ");
            out.write(Text.printable(related.message()));
            out.write('\n');
        }
    }

    private void snippet(SourceFile source, int line, int column, String indent, Writer out) throws IOException {
        if (source == null || line > source.lineCount()) {
            return;
        }
        String text = source.line(line);
        if (text.isBlank() || text.length() > 300) {
            return;
        }
        out.write(indent);
        out.write(Text.printable(text.replace('\t', ' ')));
        out.write('\n');
        out.write(indent);
        out.write(" ".repeat(Math.max(0, Math.min(column - 1, text.length()))));
        out.write(paint(BOLD, "^"));
        out.write('\n');
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
