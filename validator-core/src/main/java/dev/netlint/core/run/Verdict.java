package dev.netlint.core.run;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.config.FailOn;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a report fails: counted findings at or above each device's fail-on level, more of them than
 * allowed, or a {@code parse-error} at all (a device that could not be read cannot pass, so a suppressed
 * or baselined one fails too), unless the device's level is {@code never} or violations do not fail.
 *
 * @param violations counted findings at or above their device's fail-on level
 * @param unreadable suppressed {@code parse-error} findings on devices that can fail: they fail the check
 *     although they are not counted
 * @param threshold the fail-on level in the user's words: {@code failOn: error}, or each device's own
 * @param reportOnly the devices whose findings cannot fail the check
 */
record Verdict(boolean fails, int violations, int unreadable, String threshold, Set<String> reportOnly) {

    static Verdict of(Report report, Map<String, FailOn> failOns, CheckRequest request) {
        int violations = 0;
        int unreadable = 0;
        boolean parseErrors = false;
        Set<String> reportOnly = new HashSet<>();
        Set<String> levels = new TreeSet<>();
        for (DeviceResult device : report.devices()) {
            FailOn failOn = failOns.getOrDefault(device.path(), FailOn.ERROR);
            levels.add(failOn.label());
            Severity threshold = request.failOnViolation() ? failOn.threshold() : null;
            if (threshold == null) {
                reportOnly.add(device.path());
                continue;
            }
            for (Finding finding : device.findings()) {
                boolean parseError = finding.rule().equals(LoadProblem.PARSE_ERROR);
                if (finding.suppressed()) {
                    if (parseError) {
                        unreadable++;
                        parseErrors = true;
                    }
                } else {
                    if (finding.severity().atLeast(threshold)) {
                        violations++;
                    }
                    parseErrors |= parseError;
                }
            }
        }
        String name = request.vocabulary().name(RequestOption.FAIL_ON);
        String threshold = levels.size() == 1 ? name + ": " + levels.iterator().next()
                : name + " of each device's configuration";
        if (request.maxAllowedViolations() > 0) {
            threshold += "; " + violations + (violations == 1 ? " violation, " : " violations, ")
                    + request.vocabulary().name(RequestOption.MAX_ALLOWED_VIOLATIONS) + ": " + request.maxAllowedViolations();
        }
        boolean fails = violations > request.maxAllowedViolations() || parseErrors;
        return new Verdict(fails, violations, unreadable, threshold, Set.copyOf(reportOnly));
    }
}
