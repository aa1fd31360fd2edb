package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RegisteredRule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checkstyle's XML, which Jenkins warnings-ng, reviewdog and most code-review bots read:
 * {@code <checkstyle version><file name><error line column severity message source/></file></checkstyle>}.
 * Every file checked is listed (a clean one as an empty {@code file}), each counted finding is an
 * {@code error} at its severity ({@code error}, {@code warning}, {@code info}, as Checkstyle writes
 * them); suppressed findings are left out, as Checkstyle leaves out what it suppresses. The
 * {@code source} is {@code netlint.<group>.<rule-id>} ({@code netlint.pools.pool-overlap}), as
 * Checkstyle's is a dotted check name: warnings-ng shows the last part as the type and the one before
 * it as the category.
 */
final class CheckstyleReporter implements Reporter {

    /** The version of the format, as the tools that write it for others (ESLint) give it. */
    static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, String> groups = new LinkedHashMap<>();
        for (RegisteredRule rule : report.rules().all()) {
            groups.put(rule.id(), rule.category().name().toLowerCase(Locale.ROOT));
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (DeviceResult device : report.devices()) {
            for (String file : device.files()) {
                byFile.putIfAbsent(file, new ArrayList<>());
            }
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>()).add(finding);
                }
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            if (file.getValue().isEmpty()) {
                out.write("  <file name=\"" + Xml.attribute(file.getKey()) + "\"/>\n");
                continue;
            }
            out.write("  <file name=\"" + Xml.attribute(file.getKey()) + "\">\n");
            for (Finding finding : file.getValue()) {
                out.write("    <error line=\"" + Math.max(1, finding.location().line()) + "\"");
                if (finding.location().column() > 0) {
                    out.write(" column=\"" + finding.location().column() + "\"");
                }
                out.write(" severity=\"" + finding.severity().label() + "\" message=\""
                        + Xml.attribute(finding.text()) + "\" source=\""
                        + Xml.attribute(Version.NAME + "." + groups.getOrDefault(finding.rule(), "engine") + "."
                        + finding.rule()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }
}
