package dev.netlint.cli;

import dev.netlint.core.config.Baseline;
import dev.netlint.core.config.ConfigException;
import dev.netlint.core.config.ConfigResolver;
import dev.netlint.core.config.FailOn;
import dev.netlint.core.config.Overrides;
import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.RuleLevel;
import dev.netlint.core.io.AtomicFile;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.load.LoadLimits;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.report.Text;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netlint check}: checks device folders and reports. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks the devices below each PATH (default: the current folder).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "device folders, trees of them, or files")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, junit or html; repeat with --output for several reports (default: text)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "where the report of the matching --format goes; - for standard output")
    List<String> outputs = new ArrayList<>();

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

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "device files larger than this are not read: bytes, or KiB, MiB, GiB (default: 64MiB)")
    String maxFileSize;

    @Option(names = "--timings", description = "print the time spent in each phase and the slowest rules on stderr")
    boolean timings;

    @Spec
    CommandSpec spec;

    /** Where one report goes: a file, or standard output when {@code file} is {@code null}. */
    private record Target(String format, Path file) {
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        RuleRegistry rules = RuleRegistry.load();
        Overrides overrides = overrides(rules);
        List<Target> targets = targets();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        DeviceFinder.Paths display = DeviceFinder.Paths.current();
        PrintWriter err = spec.commandLine().getErr();
        List<DeviceInput> inputs;
        ConfigResolver configs;
        Baseline accepted;
        try {
            configs = config == null ? ConfigResolver.discovering(rules, overrides)
                    : ConfigResolver.explicit(config, rules, overrides);
            inputs = configs.find(display, roots, ownFiles(targets));
            String replaced = checkedFileWritten(targets, inputs);
            if (replaced != null) {
                err.println("netlint: " + Text.printable(replaced) + ": is a device file this run checks; a report"
                        + " must not replace it");
                return Main.USAGE;
            }
            accepted = baseline == null ? null : Baseline.read(baseline);
        } catch (NoSuchFileException e) {
            err.println("netlint: " + e.getFile() + ": " + (e.getReason() == null ? "no such file or folder"
                    : e.getReason()));
            return Main.USAGE;
        } catch (DeviceFinder.NotADevice e) {
            err.println("netlint: " + e.path() + ": " + e.problem());
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
        for (String line : configs.describe(inputs, display)) {
            err.println("netlint: " + Text.printable(line));
        }
        Engine engine = new Engine(rules, display);
        if (targets.stream().anyMatch(t -> Reporters.named(t.format(), false).orElseThrow().needsModels())) {
            engine = engine.keepingModels();
        }
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
        try {
            if (writeBaseline != null) {
                // Recorded from the findings before any old baseline, so that refreshing keeps what it accepted.
                Baseline recorded = Baseline.of(checked, writeBaseline);
                recorded.write();
                report = recorded.apply(checked).report();
                err.println("netlint: wrote " + recorded.entries().size() + " finding"
                        + (recorded.entries().size() == 1 ? "" : "s") + " to the baseline "
                        + display.display(writeBaseline));
            }
            long reportStart = System.nanoTime();
            writeReports(report, targets);
            long end = System.nanoTime();
            if (timings) {
                printTimings(report, start, reportStart, end);
            }
        } catch (AtomicFile.CannotWrite e) {
            err.println("netlint: cannot write " + Text.printable(e.target().toString()) + ": " + e.reason());
            return Main.USAGE;
        }
        int unreadable = configs.suppressedParseErrors(report);
        if (unreadable > 0) {
            err.println("netlint: " + unreadable + " suppressed parse-error finding" + (unreadable == 1 ? "" : "s")
                    + " still fail" + (unreadable == 1 ? "s" : "") + " the check: a device whose file cannot be read"
                    + " cannot pass");
        }
        return configs.fails(report) ? Main.FINDINGS : Main.OK;
    }

    /**
     * The reports to write, checked before any device is read: a format for each output, at most one
     * report on standard output ({@code -} or no {@code --output}), no folder, and no file named twice.
     */
    private List<Target> targets() {
        List<String> wanted = formats.isEmpty() ? List.of("text") : formats;
        if (outputs.size() > wanted.size()) {
            throw usage("each --output needs a --format before it");
        }
        List<Target> targets = new ArrayList<>();
        Map<Path, String> named = new HashMap<>();
        int toStandardOutput = 0;
        for (int i = 0; i < wanted.size(); i++) {
            String format = wanted.get(i);
            if (Reporters.named(format, false).isEmpty()) {
                throw usage("unknown format '" + format + "' (" + Reporters.names() + ")");
            }
            String output = i < outputs.size() ? outputs.get(i) : "-";
            if (output.equals("-")) {
                toStandardOutput++;
                targets.add(new Target(format, null));
            } else {
                Path file = outputFile(output, "--output");
                claim(named, file, "--output " + output);
                targets.add(new Target(format, file));
            }
        }
        if (toStandardOutput > 1) {
            throw usage("only one report can go to standard output; give an --output for each other --format");
        }
        if (writeBaseline != null) {
            if (writeBaseline.toString().equals("-")) {
                throw usage("--write-baseline needs a file, not standard output");
            }
            claim(named, outputFile(writeBaseline.toString(), "--write-baseline"), "--write-baseline " + writeBaseline);
        }
        return targets;
    }

    /** The file an output option names; a folder (or a name ending with /) is a usage error. */
    private Path outputFile(String text, String option) {
        Path file = Path.of(text);
        boolean folderName = text.endsWith("/") || text.endsWith(java.io.File.separator);
        if (Files.isDirectory(file)) {
            throw usage(option + " " + text + ": is a folder; give a file name");
        }
        if (folderName) {
            throw usage(option + " " + text + ": names a folder (it ends with /); give a file name");
        }
        return file;
    }

    /** Records that an option writes {@code file}; two options writing one file is a usage error. */
    private void claim(Map<Path, String> named, Path file, String option) {
        Path key = identity(file);
        String earlier = named.putIfAbsent(key, option);
        if (earlier != null) {
            throw usage(option + " and " + earlier + " name one file; each report needs a file of its own");
        }
    }

    /** A file's identity: its real path when it exists (links resolved), else its absolute path. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** A report or baseline file that would replace a device file this run checks, or {@code null}. */
    private String checkedFileWritten(List<Target> targets, List<DeviceInput> inputs) {
        Set<Path> checked = new HashSet<>();
        for (DeviceInput input : inputs) {
            for (Path file : input.files()) {
                checked.add(identity(file));
            }
        }
        List<Path> written = new ArrayList<>();
        targets.stream().map(Target::file).filter(Objects::nonNull).forEach(written::add);
        if (writeBaseline != null) {
            written.add(writeBaseline);
        }
        for (Path file : written) {
            if (Files.exists(file) && checked.contains(identity(file))) {
                return file.toString();
            }
        }
        return null;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * The files this run writes or reads besides devices, never checked as devices themselves: the
     * baseline read, and each report or baseline written that does not exist yet or that netlint wrote
     * (any other file there is a device file, which {@link #checkedFileWritten} protects).
     */
    private Predicate<Path> ownFiles(List<Target> targets) {
        Set<Path> own = new HashSet<>();
        List<Path> written = new ArrayList<>();
        targets.stream().map(Target::file).filter(Objects::nonNull).forEach(written::add);
        if (writeBaseline != null) {
            written.add(writeBaseline);
        }
        for (Path file : written) {
            if (!Files.exists(file) || Reporters.isOwnOutput(file)) {
                own.add(file.toAbsolutePath().normalize());
            }
        }
        if (baseline != null) {
            own.add(baseline.toAbsolutePath().normalize());
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
                levels.put(entry.getKey(), RuleLevel.forRule(entry.getKey(), entry.getValue()));
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
        Long maxFileBytes = null;
        if (maxFileSize != null) {
            try {
                maxFileBytes = LoadLimits.parseSize(maxFileSize);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--max-file-size: " + e.getMessage());
            }
        }
        return new Overrides(chosen, threshold, levels, maxFileBytes);
    }

    private void writeReports(Report report, List<Target> targets) throws IOException {
        for (Target target : targets) {
            if (target.file() != null) {
                Reporter reporter = Reporters.named(target.format(), false).orElseThrow();
                AtomicFile.write(target.file(), out -> reporter.write(report, out));
            } else {
                boolean colour = Terminal.colour(System.getenv());
                Reporter reporter = Reporters.named(target.format(), colour).orElseThrow();
                PrintWriter out = spec.commandLine().getOut();
                reporter.write(report, out);
                out.flush();
            }
        }
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
