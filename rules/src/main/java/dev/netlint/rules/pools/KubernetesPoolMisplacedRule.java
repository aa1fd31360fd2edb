package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.List;

/** A Kubernetes pool on a vSwitch that is not enabled for compute, or on a virtual network. */
@Rule(id = "kubernetes-pool-misplaced", severity = Severity.ERROR,
        category = Category.POOLS,
        summary = "A Kubernetes pool is on a vSwitch not enabled for compute, or on a virtual network")
public final class KubernetesPoolMisplacedRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<VSwitch> compute = context.device().computeVSwitches();
        VSwitch target = compute.isEmpty() ? null : compute.get(0);
        if (target == null && !context.device().computeKnown()) {
            // a switch whose compute flag did not read may be the compute switch
            return;
        }
        for (VSwitch vSwitch : context.device().vSwitches()) {
            if (vSwitch.isCompute() || !vSwitch.computeKnown()) {
                continue;
            }
            for (Pool pool : vSwitch.pools()) {
                if (pool.isKubernetesPool()) {
                    report(out, pool, "is on " + ComputeVSwitchCountRule.describe(vSwitch)
                            + ", which is not enabled for compute", target);
                }
            }
        }
        for (VirtualNetwork network : context.device().virtualNetworks()) {
            for (Pool pool : network.pools()) {
                if (pool.isKubernetesPool()) {
                    report(out, pool, "is on " + network.describe() + ", not on a vSwitch", target);
                }
            }
        }
    }

    private static void report(FindingSink out, Pool pool, String where, VSwitch target) {
        String message = pool.describe() + " " + where + ": Kubernetes takes its node and service IPs only from"
                + " the vSwitch enabled for compute";
        if (target == null) {
            out.report(pool.name().location(), message + ", and no vSwitch is enabled for compute");
            return;
        }
        Location at = target.enabledForCompute().location();
        out.report(pool.name().location(), message, "move it to " + ComputeVSwitchCountRule.describe(target),
                new Related(at, "compute vSwitch " + target.describe()));
    }
}
