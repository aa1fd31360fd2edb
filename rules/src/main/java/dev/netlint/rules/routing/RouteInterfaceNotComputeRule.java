package dev.netlint.rules.routing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.RouteFacts;

/**
 * A Kubernetes route on a port other than the compute port, or on any port when no vSwitch is
 * enabled for compute: the VMs have a NIC only on the compute port. Judged also when the device
 * declares no interfaces, from the compute vSwitch's port alone.
 */
@Rule(id = "route-interface-not-compute", severity = Severity.ERROR, category = Category.ROUTING,
        aliases = "route-interface-unknown",
        summary = "A Kubernetes route uses an interface that is not the compute port")
public final class RouteInterfaceNotComputeRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        RouteFacts facts = new RouteFacts(context);
        String compute = facts.computePorts();
        Located<String> computeBinding = computeBinding(context);
        for (KubeRoute route : context.device().kubernetes().routes()) {
            if (!facts.interfaceNotCompute(route)) {
                continue;
            }
            if (computeBinding == null) {
                out.report(route.interfaceAlias().location(), route.describe() + " uses " + route.alias()
                        + ", but no vSwitch is enabled for compute, so there are no Kubernetes VMs to add it to:"
                        + " the route cannot be installed", "enable compute (enabledForCompute: true) on the vSwitch of"
                        + " the port the VMs should use, and route on that port");
                continue;
            }
            out.report(route.interfaceAlias().location(), route.describe() + " uses " + route.alias() + ", but the"
                    + " Kubernetes VMs have a NIC only on the compute port " + compute + ": the route cannot be"
                    + " installed", "use interfaceAlias: " + computeBinding.value() + " with a next hop in its subnet",
                    new Related(computeBinding.location(), "compute is enabled on " + compute));
        }
    }

    /** The first port of the first compute vSwitch bound to one, where compute is enabled; {@code null} when none. */
    private static Located<String> computeBinding(DeviceContext context) {
        String compute = context.forwarding().computePort();
        for (VSwitch vSwitch : context.device().computeVSwitches()) {
            for (Located<String> port : vSwitch.interfaceNames()) {
                if (compute == null || port.value().trim().equalsIgnoreCase(compute)) {
                    return port;
                }
            }
        }
        return null;
    }
}
