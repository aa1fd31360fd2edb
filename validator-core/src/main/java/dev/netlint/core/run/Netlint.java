package dev.netlint.core.run;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.config.Baseline;
import dev.netlint.core.internal.config.ConfigException;
import dev.netlint.core.internal.config.ConfigResolver;
import dev.netlint.core.internal.config.FailOn;
import dev.netlint.core.internal.config.Overrides;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.io.AtomicFile;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.run.Note.Stage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one entry point of a check, for the command line, the Maven plugin and anyone embedding netlint:
 * a {@link CheckRequest} goes in (the settings as the user wrote them), an {@link Outcome} comes out
 * (the report, written where asked, whether it fails, and the notes to show). Everything between is
 * decided here: parsing the settings, finding the devices and their configuration files, the rule
 * levels, the baseline, the reports and the fail decision.
 *
 * <pre>{@code
 * Outcome outcome = Netlint.run(CheckRequest.builder().paths(List.of(Path.of("sites")))
 *         .failOn("warning").reports(List.of("sarif"), List.of("netlint.sarif"))
 *         .vocabulary(words).build());                                   // throws CheckException
 * int exitCode = outcome.fails() ? 1 : 0;
 * }</pre>
 */
public final class Netlint {

    private Netlint() {
    }

    /**
     * Runs the check the request describes.
     *
     * @throws CheckException when the check cannot run: a setting that does not parse, an invalid
     *     configuration file or baseline, a path that is not a device, a report that cannot be written
     */
    public static Outcome run(CheckRequest request) throws CheckException {
        return run(request, request.classLoader() == null ? RuleRegistry.load() : RuleRegistry.load(request.classLoader()));
    }

    /** Runs the check with these rules (the tests' own). */
    static Outcome run(CheckRequest request, RuleRegistry rules) throws CheckException {
        long start = System.nanoTime();
        Notes notes = new Notes(request.listener());
        Overrides overrides = RequestSettings.overrides(request, rules);
        Outputs outputs = Outputs.of(request);
        DeviceFinder.PathDisplay paths = new DeviceFinder.PathDisplay(request.workingDirectory());
        ConfigResolver configs = configs(request, rules, overrides, paths);
        if (request.filesAlone()) {
            configs.filesAlone();
        }
        List<DeviceInput> inputs = Devices.find(request, configs, paths, outputs.ownFiles(), notes);
        outputs.refuseReplacing(inputs);
        Baseline accepted = null;
        if (request.baseline() != null) {
            try {
                accepted = Baseline.read(request.baseline()).withRuleIds(id -> rules.canonical(id).orElse(id));
            } catch (ConfigException e) {
                throw Devices.invalid(e, paths);
            }
        }
        for (String line : configs.describe(inputs, paths)) {
            notes.add(Severity.INFO, Stage.SETUP, line);
        }
        Map<String, FailOn> failOns = new HashMap<>();
        Set<String> modelDecides = new HashSet<>();
        for (DeviceInput input : inputs) {
            failOns.put(input.display(), configs.failOn(input));
            if (configs.settings(input).modelDecides()) {
                modelDecides.add(input.display());
            }
        }

        Engine engine = new Engine(rules, paths);
        if (request.keepModels() || outputs.needModels()) {
            engine = engine.keepingModels();
        }
        Baseline.Run baselines = null;
        if (accepted != null || request.writeBaseline() != null) {
            // applied and recorded as the rules report, before a rule's findings are capped: an entry accepts
            // one finding, never the "and N more" finding, and a baseline records every finding
            baselines = Baseline.run(accepted, request.writeBaseline(), paths.workingDirectory());
            engine = engine.accepting(baselines);
        }
        Report report = engine.check(inputs, configs::settings);
        for (String line : Profiles.describe(report, modelDecides)) {
            notes.add(Severity.INFO, Stage.SETUP, line);
        }
        if (accepted != null) {
            int stale = baselines.stale(report);
            if (stale > 0) {
                notes.add(Severity.INFO, Stage.RESULT, stale + (stale == 1 ? " entry" : " entries") + " of the baseline "
                        + paths.display(request.baseline()) + (stale == 1 ? " matches" : " match")
                        + " no finding any more; refresh it with " + request.vocabulary().name(RequestOption.WRITE_BASELINE));
            }
        }
        if (request.writeBaseline() != null) {
            // every counted finding of this run, and the entries of the baseline read for files it did not check
            Baseline recorded = baselines.recorded(report);
            try {
                recorded.write();
            } catch (IOException e) {
                throw new CheckException("cannot write " + paths.display(request.writeBaseline()) + ": "
                        + (e instanceof AtomicFile.CannotWrite cannot ? cannot.reason() : e), e);
            }
            int count = recorded.entries().size();
            notes.add(Severity.INFO, Stage.RESULT, "wrote " + count + (count == 1 ? " finding" : " findings")
                    + " to the baseline " + paths.display(request.writeBaseline()));
        }
        long reportStart = System.nanoTime();
        List<String> written = outputs.write(report, paths);
        long end = System.nanoTime();
        if (request.reportDirectory() != null && !written.isEmpty()) {
            notes.add(Severity.INFO, Stage.RESULT, String.join(", ", written) + " written to "
                    + paths.display(request.reportDirectory()));
        }
        Verdict verdict = Verdict.of(report, failOns, request);
        if (verdict.unreadable() > 0) {
            int n = verdict.unreadable();
            notes.add(Severity.ERROR, Stage.RESULT, n + " suppressed parse-error finding" + (n == 1 ? "" : "s")
                    + " still fail" + (n == 1 ? "s " : " ") + request.vocabulary().failing()
                    + ": a device whose file cannot be read cannot pass");
        }
        List<String> timings = request.timings() ? Timing.lines(report, start, reportStart, end) : List.of();
        return new Outcome(report, verdict, notes.all(), timings, paths);
    }

    private static ConfigResolver configs(CheckRequest request, RuleRegistry rules, Overrides overrides,
                                          DeviceFinder.PathDisplay paths) throws CheckException {
        if (request.configFile() == null) {
            return ConfigResolver.discovering(rules, overrides);
        }
        try {
            return ConfigResolver.explicit(request.configFile(), rules, overrides);
        } catch (ConfigException e) {
            throw Devices.invalid(e, paths);
        }
    }

    /** The notes of one run, passed on to the listener as they arise. */
    static final class Notes {

        private final Consumer<Note> listener;
        private final List<Note> all = new ArrayList<>();

        Notes(Consumer<Note> listener) {
            this.listener = listener;
        }

        void add(Severity level, Stage stage, String text) {
            Note note = new Note(level, stage, text);
            all.add(note);
            if (listener != null) {
                listener.accept(note);
            }
        }

        List<Note> all() {
            return all;
        }
    }

    /** What went wrong with a path given, in words: {@code PATH: no such file or folder}. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": " + (missing.getReason() == null ? "no such file or folder" : missing.getReason());
        }
        if (e instanceof DeviceFinder.NotADevice notADevice) {
            return notADevice.path() + ": " + notADevice.problem();
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return "cannot read " + (e.getMessage() == null ? "the input" : e.getMessage());
    }
}
