package dev.netlint.core.run;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.engine.Transitions;
import dev.netlint.core.model.SourceText;
import dev.netlint.core.report.DeltaScript;
import dev.netlint.core.report.TransitionReport;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.Summary;
import dev.netlint.core.result.Timings;
import dev.netlint.core.rule.Change;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Transition;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of a transition, beside {@link Netlint}: two requests go in, each naming one device
 * (CURRENT, as it runs today, and PROPOSED), and what changes and the transition rules' findings come
 * out. Each device is checked as {@link Netlint} checks it (its configuration, profile and rule levels),
 * with its model kept. The proposed device's configuration sets the transition rules' levels as it sets
 * every rule's ({@code rules:} in {@code .netlint.yaml}, {@code --rule}, the plugin's {@code rules}): a rule
 * turned off reports nothing, a rule set to another level reports all of its findings at that level.
 */
public final class TransitionRun {

    /**
     * @param current the device as it runs today, checked
     * @param proposed the proposed device, checked (its own findings are in it)
     * @param changes what changes, by area
     * @param findings the transition rules' findings, in report order
     * @param report the transition rules' findings as a report of one device for the formats of a check
     *     (SARIF, JUnit, ...): the proposed device, with the files of both sides, so that a finding or related
     *     location in a current file has its source line
     */
    public record Result(DeviceResult current, DeviceResult proposed, List<Change> changes, List<Finding> findings,
                         Transition transition, Report report) {

        /** The current device's path, as the reports show it. */
        public String currentPath() {
            return current.path();
        }

        /** The proposed device's path, as the reports show it. */
        public String proposedPath() {
            return proposed.path();
        }

        /** Whether a transition rule reported an error. */
        public boolean hasError() {
            return TransitionReport.hasError(findings);
        }

        /**
         * Prints what {@code netlint diff} prints in one of {@link TransitionReport#formats()} (the name in
         * lower case; {@link TransitionReport#write}).
         */
        public void writeDiff(String format, PrintWriter out) throws IOException {
            TransitionReport.write(format, current.path(), proposed.path(), changes, findings, report, out);
        }

        /**
         * Prints what {@code netlint plan --from} prints ({@link DeltaScript#print}): the commands from
         * CURRENT to PROPOSED, or the errors that forbid them and no command; as PowerShell ({@code text}) or
         * {@code json}.
         *
         * @return whether the commands were printed
         */
        public boolean printDelta(String format, PrintWriter out) throws IOException {
            return DeltaScript.print(current, proposed, changes, findings, transition, format, out);
        }

        /** The changes as lines of a build log ({@link TransitionReport#logLines}). */
        public List<String> changeLogLines() {
            return TransitionReport.logLines(current.path(), proposed.path(), changes);
        }
    }

    private TransitionRun() {
    }

    /**
     * @throws CheckException when either check cannot run, or a request's paths hold no device or several
     */
    public static Result run(CheckRequest current, CheckRequest proposed) throws CheckException {
        DeviceResult before = one(current, "CURRENT").devices().get(0);
        Report proposedReport = one(proposed, "PROPOSED");
        DeviceResult after = proposedReport.devices().get(0);
        Transition transition = Transition.of(before.context(), after.context());
        RuleRegistry rules = proposed.classLoader() == null ? RuleRegistry.load()
                : RuleRegistry.load(proposed.classLoader());
        List<Finding> findings = Transitions.judge(rules, transition, after.levels()).stream()
                .filter(f -> !after.rulesOff().contains(f.rule())).toList();
        return new Result(before, after, transition.changes(), findings, transition,
                report(before, after, findings, proposedReport));
    }

    private static Report report(DeviceResult before, DeviceResult after, List<Finding> findings, Report proposed) {
        List<String> files = new ArrayList<>(after.files());
        before.files().stream().filter(f -> !files.contains(f)).forEach(files::add);
        Map<String, SourceText> sources = new HashMap<>(before.sources());
        sources.putAll(after.sources());
        DeviceResult device = new DeviceResult(after.path(), files, findings, sources, after.rulesOff(),
                after.context(), after.profile(), after.model(), after.deviceFiles(), after.levels());
        return new Report(List.of(device), Summary.of(List.of(device)), proposed.rules(), new Timings(),
                proposed.root());
    }

    /** The report of a request that names one device, with its model kept. */
    private static Report one(CheckRequest request, String role) throws CheckException {
        Report report = Netlint.run(request).report();
        if (report.devices().size() != 1) {
            throw new CheckException(role + " holds " + report.devices().size()
                    + " devices; a transition goes from one device to one");
        }
        DeviceResult device = report.devices().get(0);
        if (device.context() == null) {
            throw new IllegalArgumentException("the " + role + " request must keep the models (keepingModels())");
        }
        return report;
    }
}
