package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.plan.RouteState;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * An installed route whose destination lies inside the connected subnet, which the VMs reach directly:
 * it either takes those addresses off the link or, on the subnet's own prefix, is never used. A route
 * the VMs refuse is left to the rule that says why.
 */
@Rule(id = "route-redundant", severity = Severity.INFO, category = Category.ROUTING,
        summary = "A route's destination lies inside the connected subnet and needs no route")
public final class RouteRedundantRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Forwarding forwarding = context.forwarding();
        List<KubeRoute> routes = context.device().kubernetes().routes();
        List<RouteState> states = forwarding.states();
        for (int i = 0; i < routes.size(); i++) {
            KubeRoute route = routes.get(i);
            if (states.get(i) != RouteState.INSTALLED) {
                continue;
            }
            IPAddress destination = route.destination();
            for (IPAddress subnet : forwarding.connectedSubnets()) {
                if (!subnet.contains(destination)) {
                    continue;
                }
                String inside = destination.toCanonicalString() + " lies inside " + subnet.toCanonicalString()
                        + ", the connected subnet of the compute port " + forwarding.computePort();
                if (forwarding.coverage(destination).via().stream().anyMatch(r -> r == route)) {
                    out.report(route.destinationPrefix().location(), route.describe() + " is not needed: "
                            + inside + ", which the VMs reach directly; the route takes those addresses off the link"
                            + " and sends them through " + route.nextHopAddress().toCanonicalString()
                            + " (a flat subnet needs no route)", "remove it");
                } else {
                    out.report(route.destinationPrefix().location(), route.describe() + " is not needed: "
                            + inside + ", and the kernel's own route to that subnet or another route to the same"
                            + " destination wins over it, so it is never used (a flat subnet needs no route)",
                            "remove it");
                }
                break;
            }
        }
    }
}
