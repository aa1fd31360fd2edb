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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs every rule on every device. Devices are checked in parallel; results come back in path
 * order. A rule that throws becomes an {@code internal-error} finding and the other rules still run.
 */
public final class Engine {

    public static final String INTERNAL_ERROR = "internal-error";

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
        InlineSuppressions inline = InlineSuppressions.scan(loaded.comments(), ruleIds);
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
        timings.addRules(System.nanoTime() - loadedAt);
        return new DeviceResult(input.display(), loaded.device().files(), findings, loaded.sources(), off);
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

    /**
     * The related locations of a finding, with the anchored value's place first when the finding stands
     * at a YAML alias: the finding is at the alias (so that a suppression comment there applies), and the
     * value it repeats is one step away.
     */
    private static List<Related> withOrigin(Location at, List<Related> related) {
        if (at.origin().isEmpty()) {
            return related;
        }
        List<Related> all = new ArrayList<>(related.size() + 1);
        all.add(new Related(at.origin().get(), "the value of this alias, as written at its anchor"));
        all.addAll(related);
        return all;
    }

    /** Runs one rule and returns its findings; a crash becomes an {@code internal-error} after them. */
    private static List<Finding> runRule(RuleMeta rule, DeviceContext context, Severity forced, DeviceInput input) {
        List<Finding> own = new ArrayList<>();
        FindingSink sink = (severity, at, message, related) -> {
            Severity level = forced != null ? forced : severity != null ? severity : rule.severity();
            own.add(new Finding(rule.id(), level, message, at, withOrigin(at, related), null));
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
