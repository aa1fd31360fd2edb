package dev.netlint.core.result;

import dev.netlint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * What a check returns: every device's findings, sorted by path, and the summary.
 *
 * @param root the folder that the relative file paths of the findings are relative to (the working
 *     directory of the check); reports that need absolute locations, such as SARIF, resolve against it
 */
public record Report(List<DeviceResult> devices, Summary summary, RuleRegistry rules, Timings timings, Path root) {

    public Report {
        devices = List.copyOf(devices);
        root = root.toAbsolutePath().normalize();
    }

    /** A report whose paths are relative to the current working directory. */
    public Report(List<DeviceResult> devices, Summary summary, RuleRegistry rules, Timings timings) {
        this(devices, summary, rules, timings, Path.of(""));
    }
}
