package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, Azure DevOps): one {@code testsuite} per device;
 * in it one {@code testcase} per finding, named by its rule and location ({@code pool-overlap at
 * sites/a/device.yaml:17:59}, with {@code #2}, {@code #3} after the findings that share both), since
 * Jenkins, Azure DevOps and most GitHub actions show only the first {@code failure} of a test case.
 * A counted finding's case has one {@code failure}, typed by its severity; a suppressed finding's case
 * is {@code skipped}, with how it was suppressed. A device without findings has one passing test case,
 * {@value #CLEAN}: a clean fleet of 500 devices is 500 passing cases. The {@code tests},
 * {@code failures} and {@code skipped} attributes count test cases, as the schema means them; the
 * {@code findings} property counts the failures; the rules turned off by configuration are listed in
 * the {@code rules off} property.
 */
final class JunitReporter implements Reporter {

    /** The name of the one test case of a device where no rule fired. */
    static final String CLEAN = "all rules pass";

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<Suite> suites = new ArrayList<>();
        for (DeviceResult device : report.devices()) {
            suites.add(Suite.of(device));
        }
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (Suite suite : suites) {
            tests += suite.tests();
            failures += suite.failures();
            skipped += suite.skipped();
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + Xml.attribute(Version.NAME) + "\" tests=\"" + tests + "\" failures=\""
                + failures + "\" errors=\"0\" skipped=\"" + skipped + "\">\n");
        for (Suite suite : suites) {
            suite.write(out);
        }
        out.write("</testsuites>\n");
    }

    /** One finding's test case, with its name unique in the suite. */
    private record Case(String name, Finding finding) {
    }

    private record Suite(DeviceResult device, List<Case> cases) {

        static Suite of(DeviceResult device) {
            Map<String, Integer> seen = new HashMap<>();
            List<Case> cases = new ArrayList<>();
            for (Finding finding : device.findings()) {
                String name = finding.rule() + " at " + finding.location();
                int rank = seen.merge(name, 1, Integer::sum);
                cases.add(new Case(rank == 1 ? name : name + " #" + rank, finding));
            }
            return new Suite(device, List.copyOf(cases));
        }

        int tests() {
            return cases.isEmpty() ? 1 : cases.size();
        }

        int failures() {
            return (int) cases.stream().filter(c -> !c.finding().suppressed()).count();
        }

        int skipped() {
            return cases.size() - failures();
        }

        void write(Writer out) throws IOException {
            String name = Xml.attribute(device.path());
            out.write("  <testsuite name=\"" + name + "\" tests=\"" + tests() + "\" failures=\"" + failures()
                    + "\" errors=\"0\" skipped=\"" + skipped() + "\">\n");
            out.write("    <properties>\n");
            out.write("      <property name=\"findings\" value=\"" + failures() + "\"/>\n");
            for (String file : device.files()) {
                out.write("      <property name=\"file\" value=\"" + Xml.attribute(file) + "\"/>\n");
            }
            if (!device.rulesOff().isEmpty()) {
                out.write("      <property name=\"rules off\" value=\""
                        + Xml.attribute(String.join(", ", new TreeSet<>(device.rulesOff()))) + "\"/>\n");
            }
            out.write("    </properties>\n");
            if (cases.isEmpty()) {
                out.write("    <testcase classname=\"" + name + "\" name=\"" + CLEAN + "\"/>\n");
            }
            for (Case c : cases) {
                Finding finding = c.finding();
                out.write("    <testcase classname=\"" + name + "\" name=\"" + Xml.attribute(c.name()) + "\">\n");
                if (finding.suppressed()) {
                    StringBuilder how = new StringBuilder("suppressed (").append(finding.suppression().kind());
                    if (!finding.suppression().justification().isEmpty()) {
                        how.append(": ").append(finding.suppression().justification());
                    }
                    how.append(')');
                    out.write("      <skipped message=\"" + Xml.attribute(how.toString()) + "\"/>\n");
                    out.write("      <system-out>" + Xml.text(how + " " + describe(finding)) + "</system-out>\n");
                } else {
                    out.write("      <failure type=\"" + finding.severity().label() + "\" message=\""
                            + Xml.attribute(finding.text()) + "\">");
                    out.write(Xml.text(describe(finding)));
                    out.write("</failure>\n");
                }
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
    }

    /** {@code file:line:col: severity: message}, then the related locations, one per line. */
    private static String describe(Finding finding) {
        StringBuilder text = new StringBuilder();
        text.append(finding.location()).append(": ").append(finding.severity().label()).append(": ")
                .append(finding.text()).append(" [").append(finding.rule()).append("]\n");
        if (!finding.location().pointer().isEmpty()) {
            text.append("  at ").append(finding.location().pointer()).append('\n');
        }
        for (Related related : finding.related()) {
            text.append("  ").append(related.location()).append(": note: ").append(related.message()).append('\n');
        }
        return text.toString();
    }
}
