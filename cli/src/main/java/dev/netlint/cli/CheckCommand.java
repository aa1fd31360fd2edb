package dev.netlint.cli;

import dev.netlint.core.config.Baseline;
import dev.netlint.core.config.ConfigException;
import dev.netlint.core.config.ConfigResolver;
import dev.netlint.core.config.FailOn;
import dev.netlint.core.config.Overrides;
import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.RuleLevel;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.report.AtomicFile;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code netlint check}: checks device folders and reports. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks the devices below each PATH (default: the current folder).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "device folders, trees of them, or files")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif or junit; repeat with --output for several reports (default: text)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "where the report of the matching --format goes")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "error, warning, info or never: the lowest severity that fails (default: error)")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "a .netlint.yaml to use instead of the discovered one")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME", description = "ase-pro-gpu (default), ase-pro-2 or generic")
    String profile;

    @Option(names = "--rule", paramLabel = "ID=LEVEL", description = "set a rule to off, info, warning or error")
    Map<String, String> ruleLevels = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "report only findings not in this baseline; the others count as suppressed")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "record the current findings as the baseline, then report as if --baseline FILE were given")
    Path writeBaseline;

    @Option(names = "--timings", description = "print the time spent in each phase and the slowest rules on stderr")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        RuleRegistry rules = RuleRegistry.load();
        Overrides overrides = overrides(rules);
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        DeviceFinder.Paths display = DeviceFinder.Paths.current();
        PrintWriter err = spec.commandLine().getErr();
        List<DeviceInput> inputs;
        ConfigResolver configs;
        Baseline accepted;
        try {
            configs = config == null ? ConfigResolver.discovering(rules, overrides)
                    : ConfigResolver.explicit(config, rules, overrides);
            inputs = configs.find(display, roots, ownFiles());
            accepted = baseline == null ? null : Baseline.read(baseline);
        } catch (NoSuchFileException e) {
            err.println("netlint: " + e.getFile() + ": no such file or folder");
            return Main.USAGE;
        } catch (ConfigException e) {
            err.println("netlint: " + display.display(e.file()) + (e.line() > 0 ? ":" + e.line() : "") + ": "
                    + e.problem());
            return Main.USAGE;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println("netlint: " + e.getFile() + ": permission denied");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("netlint: cannot read " + (e.getMessage() == null ? "the input" : e.getMessage()));
            return Main.USAGE;
        }
        Engine engine = new Engine(rules, display);
        Report checked = engine.check(inputs, configs::settings);
        Report report = checked;
        if (accepted != null) {
            Baseline.Applied applied = accepted.apply(checked);
            report = applied.report();
            if (applied.stale() > 0) {
                err.println("netlint: " + applied.stale() + " entr" + (applied.stale() == 1 ? "y" : "ies")
                        + " of the baseline " + display.display(baseline) + (applied.stale() == 1 ? " matches" : " match")
                        + " no finding any more; refresh it with --write-baseline");
            }
        }
        if (writeBaseline != null) {
            // Recorded from the findings before any old baseline, so that refreshing keeps what it accepted.
            Baseline recorded = Baseline.of(checked, writeBaseline);
            recorded.write();
            report = recorded.apply(checked).report();
            err.println("netlint: wrote " + recorded.entries().size() + " finding"
                    + (recorded.entries().size() == 1 ? "" : "s") + " to the baseline " + display.display(writeBaseline));
        }
        long reportStart = System.nanoTime();
        writeReports(report);
        long end = System.nanoTime();
        if (timings) {
            printTimings(report, start, reportStart, end);
        }
        return configs.fails(report) ? Main.FINDINGS : Main.OK;
    }

    /** The files this run writes or reads besides devices: never checked as devices themselves. */
    private Predicate<Path> ownFiles() {
        Set<Path> own = new HashSet<>();
        for (Path file : outputs) {
            own.add(file.toAbsolutePath().normalize());
        }
        for (Path file : new Path[] {baseline, writeBaseline}) {
            if (file != null) {
                own.add(file.toAbsolutePath().normalize());
            }
        }
        return path -> own.contains(path.toAbsolutePath().normalize());
    }

    private Overrides overrides(RuleRegistry rules) {
        Profile chosen = null;
        if (profile != null) {
            chosen = Profile.named(profile).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "unknown profile '" + profile + "' (" + Profile.names() + ")"));
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : ruleLevels.entrySet()) {
            if (!rules.contains(entry.getKey())) {
                throw new ParameterException(spec.commandLine(), "unknown rule '" + entry.getKey()
                        + "' in --rule; 'netlint rules' lists them");
            }
            try {
                levels.put(entry.getKey(), RuleLevel.parse(entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--rule " + entry.getKey() + ": " + e.getMessage());
            }
        }
        FailOn threshold = null;
        if (failOn != null) {
            try {
                threshold = FailOn.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--fail-on takes error, warning, info or never, not '" + failOn + "'");
            }
        }
        return new Overrides(chosen, threshold, levels);
    }

    private void writeReports(Report report) throws IOException {
        List<String> wanted = formats.isEmpty() ? List.of("text") : formats;
        if (outputs.size() > wanted.size()) {
            throw new ParameterException(spec.commandLine(), "each --output needs a --format before it");
        }
        if (wanted.size() - outputs.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "only one report can go to standard output; give an --output for each other --format");
        }
        List<Reporter> reporters = new ArrayList<>();
        for (String format : wanted) {
            reporters.add(Reporters.named(format, false).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (" + Reporters.names() + ")")));
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < outputs.size()) {
                writeAtomically(reporters.get(i), report, outputs.get(i));
            } else {
                boolean colour = Terminal.colour(System.getenv());
                Reporter reporter = Reporters.named(wanted.get(i), colour).orElseThrow();
                PrintWriter out = spec.commandLine().getOut();
                reporter.write(report, out);
                out.flush();
            }
        }
    }

    /** Writes to a temporary file beside the target and moves it into place: never a truncated report. */
    static void writeAtomically(Reporter reporter, Report report, Path target) throws IOException {
        AtomicFile.write(target, reporter, report);
    }

    private void printTimings(Report report, long start, long reportStart, long end) {
        StringWriter text = new StringWriter();
        text.append("timings: load=").append(Long.toString(report.timings().loadMillis()))
                .append("ms rules=").append(Long.toString(report.timings().rulesMillis()))
                .append("ms report=").append(Long.toString((end - reportStart) / 1_000_000))
                .append("ms total=").append(Long.toString((end - start) / 1_000_000)).append("ms");
        text.append("\ntimings: slowest rules:");
        for (Map.Entry<String, Long> rule : report.timings().slowest(5)) {
            text.append(' ').append(rule.getKey()).append('=').append(Long.toString(rule.getValue())).append("ms");
        }
        text.append("\ntimings: address plan=").append(Long.toString(report.timings().planMillis()))
                .append("ms (part of rules)");
        spec.commandLine().getErr().println(text);
        spec.commandLine().getErr().flush();
    }
}
