package dev.netlint.rules.routing;

import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import dev.netlint.rules.support.RouteFacts;

/**
 * A Kubernetes route whose {@code interfaceAlias} is a port of the profile that the device does not
 * declare (when it declares interfaces at all). A name outside the profile is {@code port-unknown}'s.
 */
@Rule(id = "route-interface-unknown", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "A Kubernetes route names an interface the device does not have")
public final class RouteInterfaceUnknownRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        RouteFacts facts = new RouteFacts(context);
        String compute = facts.computePorts();
        for (KubeRoute route : context.device().kubernetes().routes()) {
            if (facts.interfaceUnknown(route)) {
                out.report(route.interfaceAlias().location(), "interfaceAlias " + route.alias()
                        + " names no port of the device (it declares " + facts.declaredPorts() + "): "
                        + route.describe() + " cannot be added"
                        + (compute.isEmpty() ? "" : "; the Kubernetes VMs' NIC is on the compute port " + compute));
            }
        }
    }
}
