package dev.netlint.core.run;

import dev.netlint.core.result.Report;
import java.util.List;
import java.util.Map;

/** The time spent in each phase, as {@code --timings} shows it. */
final class Timing {

    private Timing() {
    }

    static List<String> lines(Report report, long start, long reportStart, long end) {
        StringBuilder slowest = new StringBuilder("timings: slowest rules:");
        for (Map.Entry<String, Long> rule : report.timings().slowest(5)) {
            slowest.append(' ').append(rule.getKey()).append('=').append(rule.getValue()).append("ms");
        }
        return List.of("timings: load=" + report.timings().loadMillis() + "ms rules=" + report.timings().rulesMillis()
                        + "ms report=" + (end - reportStart) / 1_000_000 + "ms total=" + (end - start) / 1_000_000 + "ms",
                slowest.toString(),
                "timings: address plan=" + report.timings().planMillis() + "ms (part of rules)");
    }
}
