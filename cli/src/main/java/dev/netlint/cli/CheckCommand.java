package dev.netlint.cli;

import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.RuleLevel;
import dev.netlint.core.engine.Settings;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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

    @Option(names = "--timings", description = "print the time spent in each phase and the slowest rules on stderr")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        RuleRegistry rules = RuleRegistry.load();
        Settings settings = settings(rules);
        Severity threshold = threshold(failOn == null ? "error" : failOn);
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        DeviceFinder.Paths display = DeviceFinder.Paths.current();
        List<DeviceInput> inputs;
        try {
            inputs = new DeviceFinder(display, p -> false).find(roots);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("netlint: " + e.getFile() + ": no such file or folder");
            return Main.USAGE;
        }
        Engine engine = new Engine(rules, display);
        Report report = engine.check(inputs, input -> settings);
        long reportStart = System.nanoTime();
        writeReports(report);
        long end = System.nanoTime();
        if (timings) {
            printTimings(report, start, reportStart, end);
        }
        return report.summary().reaches(threshold) ? Main.FINDINGS : Main.OK;
    }

    private Settings settings(RuleRegistry rules) {
        Settings settings = Settings.DEFAULT;
        if (profile != null) {
            settings = settings.withProfile(Profile.named(profile).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "unknown profile '" + profile + "' (" + Profile.names() + ")")));
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>(settings.levels());
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
        return settings.withLevels(levels);
    }

    private Severity threshold(String level) {
        String value = level.trim().toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--fail-on takes error, warning, info or never, not '" + level + "'");
        }
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
                boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
                Reporter reporter = Reporters.named(wanted.get(i), colour).orElseThrow();
                PrintWriter out = spec.commandLine().getOut();
                reporter.write(report, out);
                out.flush();
            }
        }
    }

    /** Writes to a temporary file beside the target and moves it into place: never a truncated report. */
    static void writeAtomically(Reporter reporter, Report report, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                reporter.write(report, out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
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
