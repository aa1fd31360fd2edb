package dev.netlint.rules.transition;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Change;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Transition;
import dev.netlint.core.rule.TransitionRule;

/**
 * The pod or service subnet changes on a device whose compute is already configured: the vendor lets
 * them be set only before, since configuring compute creates the Kubernetes cluster with them.
 */
@Rule(id = "cluster-subnet-changed", severity = Severity.ERROR, category = Category.POOLS,
        summary = "The pod or service subnet changes on a device whose compute is already configured")
public final class ClusterSubnetChangedRule implements TransitionRule {

    @Override
    public void inspect(Transition transition, FindingSink out) {
        Device current = transition.current().device();
        if (!current.computeKnown() || current.computeVSwitches().isEmpty()) {
            return;
        }
        String vSwitch = current.computeVSwitches().get(0).describe();
        for (Change change : transition.changes("cluster")) {
            out.report(change.at(), "the " + change.subject() + " changes from " + change.before() + " to "
                    + change.after() + " while compute is already configured on " + vSwitch
                    + " of the current device: Set-HcsKubeClusterNetworkInfo works only before compute is"
                    + " configured, when the Kubernetes cluster is created", "keep " + change.before()
                    + ", or plan the change as a new compute configuration (remove compute, then configure it)");
        }
    }
}
