package dev.netlint.core.check;

import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.Transitions;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.report.DeltaScript;
import dev.netlint.core.report.TransitionReport;
import dev.netlint.core.rule.Change;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Transition;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The entry point of a transition, beside {@link Checker}: two requests go in, each naming one device
 * (CURRENT, as it runs today, and PROPOSED), and what changes and the transition rules' findings come
 * out. Each device is checked as {@link Checker} checks it (its configuration, profile and rule levels),
 * with its model kept. A transition rule that the proposed device's settings turn off reports nothing.
 */
public final class TransitionCheckRun {

    /**
     * @param current the device as it runs today, checked
     * @param proposed the proposed device, checked (its own findings are in it)
     * @param changes what changes, by area
     * @param findings the transition rules' findings, in report order
     */
    public record Result(DeviceResult current, DeviceResult proposed, List<Change> changes, List<Finding> findings,
                         Transition transition) {

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

        /** Prints what {@code netlint diff} prints, as text or {@code json} ({@link TransitionReport#write}). */
        public void writeDiff(String format, PrintWriter out) throws IOException {
            TransitionReport.write(format, current.path(), proposed.path(), changes, findings, out);
        }

        /**
         * Prints what {@code netlint plan --from} prints ({@link DeltaScript#print}): the commands from
         * CURRENT to PROPOSED, or the errors that forbid them and no command.
         *
         * @return whether the commands were printed
         */
        public boolean printDelta(PrintWriter out) throws IOException {
            return DeltaScript.print(current, proposed, changes, findings, transition, out);
        }

        /** The changes as lines of a build log ({@link TransitionReport#logLines}). */
        public List<String> changeLogLines() {
            return TransitionReport.logLines(current.path(), proposed.path(), changes);
        }
    }

    private TransitionCheckRun() {
    }

    /**
     * @throws CheckException when either check cannot run, or a request's paths hold no device or several
     */
    public static Result run(CheckRequest current, CheckRequest proposed) throws CheckException {
        DeviceResult before = one(current, "CURRENT");
        DeviceResult after = one(proposed, "PROPOSED");
        Transition transition = Transition.of(before.context(), after.context());
        RuleRegistry rules = proposed.classLoader() == null ? RuleRegistry.load()
                : RuleRegistry.load(proposed.classLoader());
        // a transition rule turned off for the proposed device (--rule, rules: in .netlint.yaml) says nothing
        List<Finding> findings = Transitions.judge(rules, transition).stream()
                .filter(f -> !after.rulesOff().contains(f.rule())).toList();
        return new Result(before, after, transition.changes(), findings, transition);
    }

    private static DeviceResult one(CheckRequest request, String role) throws CheckException {
        Report report = Checker.run(request).report();
        if (report.devices().size() != 1) {
            throw new CheckException(role + " holds " + report.devices().size()
                    + " devices; a transition goes from one device to one");
        }
        DeviceResult device = report.devices().get(0);
        if (device.context() == null) {
            throw new IllegalArgumentException("the " + role + " request must keep the models (keepingModels())");
        }
        return device;
    }
}
