package dev.netlint.core.check;

import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.Transitions;
import dev.netlint.core.engine.RuleLevel;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.rule.Change;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of a transition, beside {@link Checker}: two requests go in, each naming one device
 * (CURRENT, as it runs today, and PROPOSED), and what changes and the transition rules' findings come
 * out. Each device is checked as {@link Checker} checks it (its configuration, profile and rule levels),
 * with its model kept. The proposed device's configuration sets the transition rules' levels as it sets
 * every rule's ({@code rules:} in {@code .netlint.yaml}, {@code --rule}, the plugin's {@code rules}): a rule
 * turned off reports nothing, a rule set to another level reports all of its findings at that level.
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
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : Transitions.judge(rules, transition)) {
            RuleLevel level = after.levels().get(finding.rule());
            if (level == RuleLevel.OFF || after.rulesOff().contains(finding.rule())) {
                continue;
            }
            findings.add(level == null ? finding : atLevel(finding, level.severity()));
        }
        return new Result(before, after, transition.changes(), List.copyOf(findings), transition);
    }

    private static Finding atLevel(Finding finding, Severity severity) {
        return new Finding(finding.rule(), severity, finding.message(), finding.location(), finding.related(),
                finding.suppression(), finding.fix());
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
