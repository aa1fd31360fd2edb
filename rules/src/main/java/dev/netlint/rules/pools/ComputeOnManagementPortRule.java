package dev.netlint.rules.pools;

import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

/** Compute enabled on the profile's management port (Port1); the {@code generic} profile has none. */
@Rule(id = "compute-on-management-port", severity = Severity.ERROR,
        category = Category.POOLS,
        summary = "Compute is enabled on the management port")
public final class ComputeOnManagementPortRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        String management = context.profile().managementPort();
        if (management == null) {
            return;
        }
        for (VSwitch vSwitch : context.device().computeVSwitches()) {
            for (Located<String> port : vSwitch.interfaceNames()) {
                if (context.profile().isManagementPort(port.value())) {
                    out.report(port.location(),
                            vSwitch.describe() + " is enabled for compute on " + port.value() + ", the management"
                                    + " port of " + context.profile().name() + ": enable compute on a data port and keep "
                                    + management + " for managing the device",
                            new Related(vSwitch.enabledForCompute().location(), "enabledForCompute"));
                }
            }
        }
    }
}
