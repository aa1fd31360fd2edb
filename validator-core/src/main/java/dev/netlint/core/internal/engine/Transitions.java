package dev.netlint.core.internal.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Transition;
import dev.netlint.core.rule.TransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the transition rules of a registry on one transition, from the device that runs today to the
 * proposed one, and returns their findings in report order. As for the device rules, a rule that throws
 * becomes an {@code internal-error} finding and the others still run.
 */
public final class Transitions {

    private Transitions() {
    }

    /** The rules that judge a transition. */
    public static List<RegisteredRule> rules(RuleRegistry registry) {
        return registry.all().stream().filter(r -> r.logic() instanceof TransitionRule).toList();
    }

    /** Where a crash is reported: the proposed device's root key, else its first file. */
    private static Location somewhere(Transition transition) {
        Device device = transition.proposed().device();
        if (device.deviceLocation() != null) {
            return device.deviceLocation();
        }
        return new Location(device.files().isEmpty() ? device.path() : device.files().get(0), 1, 1, "");
    }

    public static List<Finding> judge(RuleRegistry registry, Transition transition) {
        return judge(registry, transition, Map.of());
    }

    /**
     * The transition rules' findings at the levels given, as the engine sets a device rule's: a rule
     * {@code off} does not run, a rule at another level reports every finding at that level.
     */
    public static List<Finding> judge(RuleRegistry registry, Transition transition, Map<String, RuleLevel> levels) {
        List<Finding> findings = new ArrayList<>();
        for (RegisteredRule rule : rules(registry)) {
            RuleLevel level = levels.get(rule.id());
            if (level == RuleLevel.OFF) {
                continue;
            }
            Severity forced = level == null ? null : level.severity();
            TransitionRule logic = (TransitionRule) rule.logic();
            List<Finding> own = new ArrayList<>();
            try {
                logic.inspect(transition, (severity, at, message, fix, related) -> own.add(new Finding(rule.id(),
                        forced != null ? forced : severity != null ? severity : rule.severity(), message, at, related,
                        null, fix)));
                findings.addAll(own);
            } catch (RuntimeException e) {
                findings.addAll(own);
                findings.add(new Finding(Engine.INTERNAL_ERROR, Severity.ERROR, "rule " + rule.id() + " failed: "
                        + e, somewhere(transition), List.of(), null));
            }
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
