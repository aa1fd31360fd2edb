package dev.netlint.core.engine;

import dev.netlint.core.rule.RuleRegistry;
import java.util.List;

/** What a check returns: every device's findings, sorted by path, and the summary. */
public record Report(List<DeviceResult> devices, Summary summary, RuleRegistry rules, Timings timings) {

    public Report {
        devices = List.copyOf(devices);
    }
}
