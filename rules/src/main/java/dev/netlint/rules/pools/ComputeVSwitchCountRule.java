package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.Comparator;
import java.util.List;

/** Compute enabled on more than one vSwitch: the device supports one. */
@Rule(id = "compute-vswitch-count", severity = Severity.ERROR, category = Category.POOLS,
        summary = "More than one vSwitch is enabled for compute")
public final class ComputeVSwitchCountRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<VSwitch> compute = context.device().computeVSwitches().stream()
                .sorted(Comparator.comparing(v -> v.enabledForCompute().location()))
                .toList();
        if (compute.size() < 2) {
            return;
        }
        VSwitch first = compute.get(0);
        for (VSwitch other : compute.subList(1, compute.size())) {
            out.report(other.enabledForCompute().location(),
                    "compute is enabled on " + describe(other) + " and already on " + describe(first)
                            + ": the device supports compute on one virtual switch only",
                    new Related(first.enabledForCompute().location(), "compute enabled on " + describe(first)));
        }
    }

    static String describe(VSwitch vSwitch) {
        String port = vSwitch.port();
        return port == null ? vSwitch.describe() : vSwitch.describe() + " (" + port + ")";
    }
}
