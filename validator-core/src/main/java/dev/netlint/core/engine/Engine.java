package dev.netlint.core.engine;

import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.load.DeviceLoader;
import dev.netlint.core.load.LoadedDevice;
import dev.netlint.core.model.Location;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.RuleMeta;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs every rule on every device. Devices are checked in parallel; results come back in path
 * order. A rule that throws becomes an {@code internal-error} finding and the other rules still run.
 */
public final class Engine {

    public static final String INTERNAL_ERROR = "internal-error";

    private final RuleRegistry rules;
    private final DeviceFinder.Paths paths;

    public Engine(RuleRegistry rules, DeviceFinder.Paths paths) {
        this.rules = rules;
        this.paths = paths;
    }

    public Engine(RuleRegistry rules) {
        this(rules, DeviceFinder.Paths.current());
    }

    public RuleRegistry rules() {
        return rules;
    }

    /** Checks every device below the roots with the same settings. */
    public Report check(List<Path> roots, Settings settings) throws IOException {
        return check(new DeviceFinder(paths, p -> false).find(roots), input -> settings);
    }

    /** Checks the given devices, each with the settings {@code settingsOf} gives it. */
    public Report check(List<DeviceInput> inputs, Function<DeviceInput, Settings> settingsOf) {
        Timings timings = new Timings();
        List<DeviceResult> results = inputs.parallelStream()
                .map(input -> checkDevice(input, settingsOf.apply(input), timings))
                .toList();
        return new Report(results, Summary.of(results), rules, timings);
    }

    public DeviceResult checkDevice(DeviceInput input, Settings settings) {
        return checkDevice(input, settings, new Timings());
    }

    /**
     * Runs the rules on a device already loaded: the rules phase alone, for benchmarks and for callers
     * that load devices themselves.
     */
    public DeviceResult checkLoaded(DeviceInput input, LoadedDevice loaded, Settings settings) {
        return checkLoaded(input, loaded, settings, new Timings());
    }

    private DeviceResult checkDevice(DeviceInput input, Settings settings, Timings timings) {
        long start = System.nanoTime();
        LoadedDevice loaded = new DeviceLoader(settings.limits(), paths::display).load(input);
        timings.addLoad(System.nanoTime() - start);
        return checkLoaded(input, loaded, settings, timings);
    }

    private DeviceResult checkLoaded(DeviceInput input, LoadedDevice loaded, Settings settings, Timings timings) {
        long loadedAt = System.nanoTime();
        DeviceContext context = new DeviceContext(loaded.device(), settings.profile(), loaded.problems());
        List<Finding> findings = new ArrayList<>();
        for (RuleMeta rule : rules.all()) {
            RuleLevel level = settings.levels().get(rule.id());
            if (level == RuleLevel.OFF) {
                continue;
            }
            long ruleStart = System.nanoTime();
            runRule(rule, context, level == null ? null : level.severity(), findings, input);
            timings.addRule(rule.id(), System.nanoTime() - ruleStart);
        }
        Suppressions.apply(findings, loaded.sources(), settings.suppressions(), paths.workingDirectory());
        findings.sort(Finding.ORDER);
        timings.addRules(System.nanoTime() - loadedAt);
        return new DeviceResult(input.display(), loaded.device().files(), findings, loaded.sources());
    }

    private static void runRule(RuleMeta rule, DeviceContext context, Severity forced, List<Finding> findings,
                                DeviceInput input) {
        List<Finding> own = new ArrayList<>();
        FindingSink sink = (severity, at, message, related) -> {
            Severity level = forced != null ? forced : severity != null ? severity : rule.severity();
            own.add(new Finding(rule.id(), level, message, at, related, null));
        };
        try {
            rule.check().check(context, sink);
            findings.addAll(own);
        } catch (RuntimeException | StackOverflowError e) {
            findings.addAll(own);
            String file = input.files().isEmpty() ? input.display() : context.device().files().get(0);
            findings.add(new Finding(INTERNAL_ERROR, Severity.ERROR, "rule " + rule.id() + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "; the other rules ran", Location.ofFile(file), List.<Related>of(), null));
        }
    }
}
