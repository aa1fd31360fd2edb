package dev.netlint.core.report;

import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Report;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, Azure DevOps): one {@code testsuite} per device;
 * in it one {@code testcase} per rule that fired on the device, with a {@code failure} per counted
 * finding, typed by its severity (suppressed findings do not fail their test case: they are listed in
 * its {@code system-out}); and for a device where no rule fired, one passing test case,
 * {@value #CLEAN}. So a clean fleet of 500 devices is 500 passing cases, not one per rule per device.
 * The {@code tests} and {@code failures} attributes count test cases, as the schema means them;
 * the {@code findings} property counts failure elements; the rules turned off by configuration are
 * listed in the {@code rules off} property.
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
        for (Suite suite : suites) {
            tests += suite.tests();
            failures += suite.failures();
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + Xml.attribute(Version.NAME) + "\" tests=\"" + tests + "\" failures=\""
                + failures + "\" errors=\"0\" skipped=\"0\">\n");
        for (Suite suite : suites) {
            suite.write(out);
        }
        out.write("</testsuites>\n");
    }

    /** One rule's test case on one device: its counted and its suppressed findings. */
    private record Case(String rule, List<Finding> failures, List<Finding> suppressed) {
    }

    private record Suite(DeviceResult device, List<Case> cases) {

        static Suite of(DeviceResult device) {
            Map<String, Case> byRule = new TreeMap<>();
            for (Finding finding : device.findings()) {
                Case c = byRule.computeIfAbsent(finding.rule(), id -> new Case(id, new ArrayList<>(), new ArrayList<>()));
                (finding.suppressed() ? c.suppressed() : c.failures()).add(finding);
            }
            return new Suite(device, List.copyOf(byRule.values()));
        }

        int tests() {
            return cases.isEmpty() ? 1 : cases.size();
        }

        int failures() {
            return (int) cases.stream().filter(c -> !c.failures().isEmpty()).count();
        }

        void write(Writer out) throws IOException {
            String name = Xml.attribute(device.path());
            int findings = cases.stream().mapToInt(c -> c.failures().size()).sum();
            out.write("  <testsuite name=\"" + name + "\" tests=\"" + tests() + "\" failures=\"" + failures()
                    + "\" errors=\"0\" skipped=\"0\">\n");
            out.write("    <properties>\n");
            out.write("      <property name=\"findings\" value=\"" + findings + "\"/>\n");
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
                out.write("    <testcase classname=\"" + name + "\" name=\"" + Xml.attribute(c.rule()) + "\">\n");
                for (Finding finding : c.failures()) {
                    out.write("      <failure type=\"" + finding.severity().label() + "\" message=\""
                            + Xml.attribute(finding.text()) + "\">");
                    out.write(Xml.text(describe(finding)));
                    out.write("</failure>\n");
                }
                if (!c.suppressed().isEmpty()) {
                    StringBuilder text = new StringBuilder();
                    for (Finding finding : c.suppressed()) {
                        text.append("suppressed (").append(finding.suppression().kind());
                        if (!finding.suppression().justification().isEmpty()) {
                            text.append(": ").append(finding.suppression().justification());
                        }
                        text.append(") ").append(describe(finding));
                    }
                    out.write("      <system-out>" + Xml.text(text.toString()) + "</system-out>\n");
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
