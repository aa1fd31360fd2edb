package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/** {@code routes} on a device interface: the Windows host takes no custom route. */
@Rule(id = "host-route-unsupported", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "Routes are declared on a device interface, where custom routes are not supported")
public final class HostRouteUnsupportedRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (NetInterface nic : context.device().interfaces()) {
            if (nic.routes() == null) {
                continue;
            }
            int count = nic.routes().value();
            out.report(nic.routes().location(), nic.describe() + " declares " + count
                    + (count == 1 ? " route" : " routes") + " on the device itself (the Windows host): custom routes"
                    + " can be added only to the Kubernetes VMs", "move " + (count == 1 ? "it" : "them")
                    + " to kubernetes.routes (Add-HcsNetRoute) on the compute port and leave routes empty");
        }
    }
}
