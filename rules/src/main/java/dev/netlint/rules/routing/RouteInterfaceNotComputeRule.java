package dev.netlint.rules.routing;

import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import dev.netlint.rules.support.RouteFacts;

/** A Kubernetes route on a declared port other than the compute port: the VMs have no NIC there. */
@Rule(id = "route-interface-not-compute", severity = Severity.ERROR, category = "Routing and reachability",
        summary = "A Kubernetes route uses an interface that is not the compute port")
public final class RouteInterfaceNotComputeRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        RouteFacts facts = new RouteFacts(context);
        String compute = facts.forwarding().computePort();
        Located<String> computeBinding = computeBinding(context, compute);
        for (KubeRoute route : context.device().kubernetes().routes()) {
            if (!facts.interfaceNotCompute(route)) {
                continue;
            }
            String message = route.describe() + " uses " + route.alias() + ", but the Kubernetes VMs have a NIC only"
                    + " on the compute port " + compute + ": the route cannot be installed; use interfaceAlias: "
                    + compute + " with a next hop in its subnet";
            if (computeBinding == null) {
                out.report(route.interfaceAlias().location(), message);
            } else {
                out.report(route.interfaceAlias().location(), message,
                        new Related(computeBinding.location(), "compute is enabled on " + compute));
            }
        }
    }

    private static Located<String> computeBinding(DeviceContext context, String compute) {
        if (compute == null) {
            return null;
        }
        for (VSwitch vSwitch : context.device().computeVSwitches()) {
            for (Located<String> port : vSwitch.interfaceNames()) {
                if (port.value().trim().equalsIgnoreCase(compute)) {
                    return port;
                }
            }
        }
        return null;
    }
}
