package dev.netlint.core.internal.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.LoadedDevice;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.result.Summary;
import dev.netlint.core.result.Timings;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
    private final DeviceFinder.PathDisplay paths;
    /** Each rule id to itself, each former id of a renamed rule to its id. */
    private final Map<String, String> ruleIds;
    private final boolean keepModels;
    private final FindingAcceptance acceptance;

    public Engine(RuleRegistry rules, DeviceFinder.PathDisplay paths) {
        this(rules, paths, false, null);
    }

    private Engine(RuleRegistry rules, DeviceFinder.PathDisplay paths, boolean keepModels,
                   FindingAcceptance acceptance) {
        this.rules = rules;
        this.paths = paths;
        this.keepModels = keepModels;
        this.acceptance = acceptance;
        Map<String, String> ids = new HashMap<>();
        rules.all().forEach(rule -> {
            ids.put(rule.id(), rule.id());
            rule.aliases().forEach(alias -> ids.put(alias, rule.id()));
        });
        ids.put(INTERNAL_ERROR, INTERNAL_ERROR);
        this.ruleIds = Map.copyOf(ids);
    }

    public Engine(RuleRegistry rules) {
        this(rules, DeviceFinder.PathDisplay.current());
    }

    public RuleRegistry rules() {
        return rules;
    }

    /**
     * The same engine, but each {@link DeviceResult} keeps the device as the rules saw it (its
     * {@link DeviceResult#context}), for the reports that draw devices and for the apply script. Not the
     * default: a large fleet's models would stay in memory until the reports are written.
     */
    public Engine keepingModels() {
        return new Engine(rules, paths, true, acceptance);
    }

    /**
     * The same engine, passing each counted finding to {@code value} before the findings are capped (a
     * baseline), so that a finding it accepts is suppressed wherever it is listed or counted.
     */
    public Engine accepting(FindingAcceptance value) {
        return new Engine(rules, paths, keepModels, value);
    }

    /** Checks every device below the roots with the same settings. */
    public Report check(List<Path> roots, DeviceSettings settings) throws IOException {
        return check(new DeviceFinder(paths, p -> false).find(roots), input -> settings);
    }

    /** Checks the given devices, each with the settings {@code settingsOf} gives it. */
    public Report check(List<DeviceInput> inputs, Function<DeviceInput, DeviceSettings> settingsOf) {
        Timings timings = new Timings();
        List<DeviceResult> results = inputs.parallelStream()
                .map(input -> checkDevice(input, settingsOf.apply(input), timings))
                .toList();
        return new Report(results, Summary.of(results), rules, timings, paths.workingDirectory());
    }

    public DeviceResult checkDevice(DeviceInput input, DeviceSettings settings) {
        return checkDevice(input, settings, new Timings());
    }

    /**
     * Runs the rules on a device already loaded: the rules phase alone, for benchmarks and for callers
     * that load devices themselves.
     */
    public DeviceResult checkLoaded(DeviceInput input, LoadedDevice loaded, DeviceSettings settings) {
        return checkLoaded(input, loaded, settings, new Timings());
    }

    private DeviceResult checkDevice(DeviceInput input, DeviceSettings settings, Timings timings) {
        long start = System.nanoTime();
        LoadedDevice loaded = new DeviceLoader(settings.limits(), paths::display).load(input);
        timings.addLoad(System.nanoTime() - start);
        return checkLoaded(input, loaded, settings, timings);
    }

    private DeviceResult checkLoaded(DeviceInput input, LoadedDevice loaded, DeviceSettings settings, Timings timings) {
        long loadedAt = System.nanoTime();
        InlineSuppressions inline = InlineSuppressions.scan(loaded.comments(), ruleIds);
        List<LoadProblem> problems = loaded.problems();
        if (!inline.problems().isEmpty()) {
            problems = new ArrayList<>(problems);
            problems.addAll(inline.problems());
        }
        String model = loaded.device().model() == null ? null : loaded.device().model().value();
        Profile profile = settings.profileFor(model);
        DeviceContext context = new DeviceContext(loaded.device(), profile);
        timings.addPlan(System.nanoTime() - loadedAt);
        Set<String> off = new HashSet<>();
        List<RegisteredRule> active = new ArrayList<>();
        for (RegisteredRule rule : rules.all()) {
            if (settings.levels().get(rule.id()) == RuleLevel.OFF) {
                off.add(rule.id());
            } else {
                active.add(rule);
            }
        }
        // A large device runs its rules in parallel; a small one does not, because the devices of a tree
        // already run in parallel and a few microseconds of rules gain nothing from being split.
        Stream<RegisteredRule> stream = isLarge(loaded.device()) ? active.parallelStream() : active.stream();
        UnaryOperator<Finding> accept = acceptance == null ? UnaryOperator.identity()
                : acceptance.forDevice(loaded.sources(), settings.limits());
        Function<Finding, Finding> suppress = finding -> accept.apply(Suppressions.apply(finding, inline,
                settings.suppressions(), paths.workingDirectory()));
        List<RuleResult> perRule = new ArrayList<>(stream.map(rule -> {
            RuleLevel level = settings.levels().get(rule.id());
            long ruleStart = System.nanoTime();
            RuleResult own = runRule(rule, context, level == null ? null : level.severity(), input, suppress);
            timings.addRule(rule.id(), System.nanoTime() - ruleStart);
            return own;
        }).toList());
        perRule.addAll(inputFindings(problems, settings, suppress));
        List<Finding> findings = new ArrayList<>();
        Map<Finding, Finding> moreAfter = new IdentityHashMap<>();
        for (RuleResult own : perRule) {
            findings.addAll(own.findings());
            if (own.more() != null) {
                moreAfter.put(own.lastListed(), own.more());
            }
        }
        findings.sort(Finding.ORDER);
        List<Finding> listed = findings;
        if (!moreAfter.isEmpty()) {
            // The finding for the rest goes right after the last one listed of its rule, which shares its location.
            listed = new ArrayList<>(findings.size() + moreAfter.size());
            for (Finding finding : findings) {
                listed.add(finding);
                Finding more = moreAfter.get(finding);
                if (more != null) {
                    listed.add(more);
                }
            }
        }
        timings.addRules(System.nanoTime() - loadedAt);
        return new DeviceResult(input.display(), loaded.device().files(), listed, Collections.unmodifiableMap(loaded.sources()), off,
                keepModels ? context : null, profile.name(), model, loaded.deviceFiles(), settings.levels());
    }

    /**
     * What one rule found on one device: its findings as listed (at most {@link #MAX_FINDINGS_PER_RULE}, in
     * report order, then an {@code internal-error} if it crashed), the finding for the rest or {@code null},
     * and the last finding listed, which the finding for the rest follows.
     */
    private record RuleResult(List<Finding> findings, Finding more, Finding lastListed) {
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

    /**
     * The findings of the input rules: what the loader (and the reading of suppression comments) found,
     * reported as every rule's findings are: at the rule's level, suppressible, capped per rule.
     */
    private List<RuleResult> inputFindings(List<LoadProblem> problems, DeviceSettings settings,
                                           Function<Finding, Finding> suppress) {
        Map<String, RuleFindings> byRule = new java.util.LinkedHashMap<>();
        for (LoadProblem problem : problems) {
            RuleLevel level = settings.levels().get(problem.rule());
            if (level == RuleLevel.OFF) {
                continue;
            }
            Severity severity = level != null ? level.severity() : problem.severity() != null ? problem.severity()
                    : rules.find(problem.rule()).map(RegisteredRule::severity).orElse(Severity.ERROR);
            byRule.computeIfAbsent(problem.rule(), RuleFindings::new).add(suppress.apply(new Finding(problem.rule(),
                    severity, problem.message(), problem.location(), withOrigin(problem.location(), problem.related()),
                    null)));
        }
        List<RuleResult> results = new ArrayList<>();
        for (RuleFindings own : byRule.values()) {
            List<Finding> kept = own.kept();
            Finding last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            results.add(new RuleResult(kept, last == null ? null : own.more(last), last));
        }
        return results;
    }

    /** Runs one rule and returns its findings; a crash becomes an {@code internal-error} after them. */
    private static RuleResult runRule(RegisteredRule rule, DeviceContext context, Severity forced, DeviceInput input,
                                      Function<Finding, Finding> suppress) {
        RuleFindings own = new RuleFindings(rule.id());
        FindingSink sink = (severity, at, message, fix, related) -> {
            Severity level = forced != null ? forced : severity != null ? severity : rule.severity();
            own.add(suppress.apply(new Finding(rule.id(), level, message, at, withOrigin(at, related), null, fix)));
        };
        Finding crash = null;
        try {
            rule.logic().inspect(context, sink);
        } catch (RuntimeException | StackOverflowError e) {
            String file = input.files().isEmpty() ? input.display() : context.device().files().get(0);
            crash = suppress.apply(new Finding(INTERNAL_ERROR, Severity.ERROR, "rule " + rule.id() + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "; the other rules ran", Location.ofFile(file), List.<Related>of(), null));
        }
        List<Finding> kept = own.kept();
        Finding last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        Finding more = last == null ? null : own.more(last);
        if (crash != null) {
            kept.add(crash);
        }
        return new RuleResult(kept, more, last);
    }
}
