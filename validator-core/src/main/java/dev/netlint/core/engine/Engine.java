package dev.netlint.core.engine;

import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.load.DeviceLoader;
import dev.netlint.core.load.LoadProblem;
import dev.netlint.core.load.LoadedDevice;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Kubernetes;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs every rule on every device. Devices are checked in parallel; results come back in path
 * order. A rule that throws becomes an {@code internal-error} finding and the other rules still run.
 */
public final class Engine {

    public static final String INTERNAL_ERROR = "internal-error";

    /**
     * The most findings one rule reports on one device. The others are summed up in one more finding
     * of that rule, so that a file with a million unknown keys makes a report of a few hundred
     * kilobytes, not of half a gigabyte.
     */
    public static final int MAX_FINDINGS_PER_RULE = 1_000;

    private final RuleRegistry rules;
    private final DeviceFinder.Paths paths;
    private final Set<String> ruleIds;

    public Engine(RuleRegistry rules, DeviceFinder.Paths paths) {
        this.rules = rules;
        this.paths = paths;
        Set<String> ids = new HashSet<>();
        rules.all().forEach(rule -> ids.add(rule.id()));
        ids.add(INTERNAL_ERROR);
        this.ruleIds = Set.copyOf(ids);
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
        return new Report(results, Summary.of(results), rules, timings, paths.workingDirectory());
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
        InlineSuppressions inline = InlineSuppressions.scan(loaded.sources(), ruleIds);
        List<LoadProblem> problems = loaded.problems();
        if (!inline.problems().isEmpty()) {
            problems = new ArrayList<>(problems);
            problems.addAll(inline.problems());
        }
        DeviceContext context = new DeviceContext(loaded.device(), settings.profile(), problems);
        timings.addPlan(System.nanoTime() - loadedAt);
        Set<String> off = new HashSet<>();
        List<RuleMeta> active = new ArrayList<>();
        for (RuleMeta rule : rules.all()) {
            if (settings.levels().get(rule.id()) == RuleLevel.OFF) {
                off.add(rule.id());
            } else {
                active.add(rule);
            }
        }
        // A large device runs its rules in parallel; a small one does not, because the devices of a tree
        // already run in parallel and a few microseconds of rules gain nothing from being split.
        Stream<RuleMeta> stream = isLarge(loaded.device()) ? active.parallelStream() : active.stream();
        List<List<Finding>> perRule = stream.map(rule -> {
            RuleLevel level = settings.levels().get(rule.id());
            long ruleStart = System.nanoTime();
            List<Finding> own = runRule(rule, context, level == null ? null : level.severity(), input);
            timings.addRule(rule.id(), System.nanoTime() - ruleStart);
            return own;
        }).toList();
        List<Finding> findings = new ArrayList<>();
        perRule.forEach(findings::addAll);
        Suppressions.apply(findings, inline, settings.suppressions(), paths.workingDirectory());
        findings.sort(Finding.ORDER);
        List<Finding> listed = capped(findings);
        timings.addRules(System.nanoTime() - loadedAt);
        return new DeviceResult(input.display(), loaded.device().files(), listed, loaded.sources(), off);
    }

    /**
     * The findings (sorted) with at most {@link #MAX_FINDINGS_PER_RULE} of each rule: the first ones in
     * report order, then one finding of the same rule that says how many more there are, at the
     * highest severity among them and at the location of the last one listed, right after it. It is
     * suppressed only when all those it stands for are.
     */
    static List<Finding> capped(List<Finding> sorted) {
        Map<String, Integer> perRule = new HashMap<>();
        boolean over = false;
        for (Finding finding : sorted) {
            over |= perRule.merge(finding.rule(), 1, Integer::sum) > MAX_FINDINGS_PER_RULE;
        }
        if (!over) {
            return sorted;
        }
        Map<String, List<Finding>> left = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : sorted) {
            if (seen.merge(finding.rule(), 1, Integer::sum) > MAX_FINDINGS_PER_RULE) {
                left.computeIfAbsent(finding.rule(), r -> new ArrayList<>()).add(finding);
            }
        }
        // The finding for the rest goes right after the last one listed, which shares its location.
        List<Finding> kept = new ArrayList<>();
        seen.clear();
        for (Finding finding : sorted) {
            int n = seen.merge(finding.rule(), 1, Integer::sum);
            if (n <= MAX_FINDINGS_PER_RULE) {
                kept.add(finding);
            }
            if (n == MAX_FINDINGS_PER_RULE && left.containsKey(finding.rule())) {
                kept.add(more(finding, left.get(finding.rule())));
            }
        }
        return kept;
    }

    /** The finding that stands for the {@code left} findings of a rule, after the {@code last} one listed. */
    private static Finding more(Finding last, List<Finding> left) {
        Severity severity = null;
        Suppression suppression = null;
        int suppressed = 0;
        for (Finding finding : left) {
            if (finding.suppressed()) {
                suppressed++;
                suppression = suppression == null ? finding.suppression() : suppression;
            } else if (severity == null || finding.severity().compareTo(severity) > 0) {
                severity = finding.severity();
            }
        }
        boolean allSuppressed = severity == null;
        String message = "and " + left.size() + " more " + last.rule() + " finding" + (left.size() == 1 ? "" : "s")
                + " on this device" + (suppressed > 0 && !allSuppressed ? " (" + suppressed + " of them suppressed)" : "")
                + ", not listed: netlint lists at most " + MAX_FINDINGS_PER_RULE + " findings of a rule per device";
        return new Finding(last.rule(), allSuppressed ? last.severity() : severity, message, last.location(),
                List.of(), allSuppressed ? suppression : null);
    }

    /**
     * Whether a device is large enough for its rules to run in parallel: the routes, services and
     * required networks that rules walk. Measured by the benchmark, below some thousands of elements the
     * rules take well under a millisecond each.
     */
    static boolean isLarge(Device device) {
        Kubernetes k = device.kubernetes();
        return k.routes().size() + k.services().size() + k.requiredNetworks().size() >= PARALLEL_RULES_FROM;
    }

    /** The size from which a device's rules run in parallel (see {@link #isLarge}). */
    static final int PARALLEL_RULES_FROM = 2_000;

    /** Runs one rule and returns its findings; a crash becomes an {@code internal-error} after them. */
    private static List<Finding> runRule(RuleMeta rule, DeviceContext context, Severity forced, DeviceInput input) {
        List<Finding> own = new ArrayList<>();
        FindingSink sink = (severity, at, message, related) -> {
            Severity level = forced != null ? forced : severity != null ? severity : rule.severity();
            own.add(new Finding(rule.id(), level, message, at, related, null));
        };
        try {
            rule.check().check(context, sink);
        } catch (RuntimeException | StackOverflowError e) {
            String file = input.files().isEmpty() ? input.display() : context.device().files().get(0);
            own.add(new Finding(INTERNAL_ERROR, Severity.ERROR, "rule " + rule.id() + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "; the other rules ran", Location.ofFile(file), List.<Related>of(), null));
        }
        return own;
    }
}
