package dev.netlint.core.report;

import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Report;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, Azure DevOps): one {@code testsuite} per device,
 * one {@code testcase} per rule (so that the rules a device passes show as passed), and one
 * {@code failure} per counted finding, typed by its severity. Suppressed findings do not fail their
 * test case; they are listed in its {@code system-out}. The {@code tests} and {@code failures}
 * attributes count test cases, as the schema means them; {@code findings} counts failure elements. A
 * rule turned off by configuration is a {@code skipped} test case.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<String> ruleIds = new ArrayList<>();
        report.rules().all().forEach(rule -> ruleIds.add(rule.id()));
        List<Suite> suites = new ArrayList<>();
        for (DeviceResult device : report.devices()) {
            suites.add(Suite.of(device, ruleIds));
        }
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (Suite suite : suites) {
            tests += suite.cases().size();
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

    /** One rule's test case on one device: its counted and its suppressed findings. */
    private record Case(String rule, List<Finding> failures, List<Finding> suppressed) {
    }

    private record Suite(DeviceResult device, List<Case> cases) {

        static Suite of(DeviceResult device, List<String> ruleIds) {
            Map<String, Case> byRule = new LinkedHashMap<>();
            for (String id : ruleIds) {
                byRule.put(id, new Case(id, new ArrayList<>(), new ArrayList<>()));
            }
            for (Finding finding : device.findings()) {
                Case c = byRule.computeIfAbsent(finding.rule(), id -> new Case(id, new ArrayList<>(), new ArrayList<>()));
                (finding.suppressed() ? c.suppressed() : c.failures()).add(finding);
            }
            return new Suite(device, List.copyOf(byRule.values()));
        }

        int skipped() {
            return (int) cases.stream().filter(c -> device.rulesOff().contains(c.rule())).count();
        }

        int failures() {
            return (int) cases.stream().filter(c -> !c.failures().isEmpty()).count();
        }

        void write(Writer out) throws IOException {
            String name = Xml.attribute(device.path());
            int findings = cases.stream().mapToInt(c -> c.failures().size()).sum();
            out.write("  <testsuite name=\"" + name + "\" tests=\"" + cases.size() + "\" failures=\"" + failures()
                    + "\" errors=\"0\" skipped=\"" + skipped() + "\">\n");
            out.write("    <properties>\n");
            out.write("      <property name=\"findings\" value=\"" + findings + "\"/>\n");
            for (String file : device.files()) {
                out.write("      <property name=\"file\" value=\"" + Xml.attribute(file) + "\"/>\n");
            }
            out.write("    </properties>\n");
            for (Case c : cases) {
                out.write("    <testcase classname=\"" + name + "\" name=\"" + Xml.attribute(c.rule()) + "\"");
                if (device.rulesOff().contains(c.rule())) {
                    out.write(">\n      <skipped message=\"turned off by configuration\"/>\n    </testcase>\n");
                    continue;
                }
                if (c.failures().isEmpty() && c.suppressed().isEmpty()) {
                    out.write("/>\n");
                    continue;
                }
                out.write(">\n");
                for (Finding finding : c.failures()) {
                    out.write("      <failure type=\"" + finding.severity().label() + "\" message=\""
                            + Xml.attribute(finding.message()) + "\">");
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
                .append(finding.message()).append(" [").append(finding.rule()).append("]\n");
        if (!finding.location().pointer().isEmpty()) {
            text.append("  at ").append(finding.location().pointer()).append('\n');
        }
        for (Related related : finding.related()) {
            text.append("  ").append(related.location()).append(": note: ").append(related.message()).append('\n');
        }
        return text.toString();
    }
}
