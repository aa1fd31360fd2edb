package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which a step's output turns into annotations on the lines of a
 * pull request: {@code ::error file=F,line=L,col=C,title=netlint RULE::MESSAGE} for an error,
 * {@code ::warning} for a warning, {@code ::notice} for an info; one line per counted finding, its
 * related locations and its fix ({@code help: ...}) as further lines of the message, as the text report
 * shows them. Escaped as GitHub's runner reads them: in the
 * message {@code %}, CR and LF as {@code %25}, {@code %0D}, {@code %0A}; in the properties also
 * {@code :} and {@code ,} as {@code %3A} and {@code %2C}. No summary line: a line that is not a command
 * would only be log noise.
 */
final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    out.write(command(finding));
                    out.write('\n');
                }
            }
        }
    }

    static String command(Finding finding) {
        String kind = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder line = new StringBuilder("::").append(kind)
                .append(" file=").append(property(finding.location().file()));
        if (finding.location().line() > 0) {
            line.append(",line=").append(finding.location().line());
            if (finding.location().column() > 0) {
                line.append(",col=").append(finding.location().column());
            }
        }
        line.append(",title=").append(property(Version.NAME + " " + finding.rule()));
        StringBuilder message = new StringBuilder(finding.message());
        for (Related related : finding.related()) {
            message.append('\n').append(related.location()).append(": note: ").append(related.message());
        }
        if (finding.fix() != null) {
            message.append("\nhelp: ").append(finding.fix());
        }
        return line.append("::").append(data(message.toString())).toString();
    }

    /** A message as the runner reads it back: {@code %}, CR and LF escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and {@code :} and {@code ,}, which end a property, escaped too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
