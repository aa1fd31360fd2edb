package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.plan.RouteState;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * An installed route whose destination lies inside the connected subnet: the VMs reach it directly.
 * A route the VMs refuse is left to the rule that says why.
 */
@Rule(id = "route-redundant", severity = Severity.INFO, category = Category.ROUTING,
        summary = "A route's destination lies inside the connected subnet and needs no route")
public final class RouteRedundantRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
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
                if (subnet.contains(destination)) {
                    out.report(route.destinationPrefix().location(), route.describe() + " is not needed: "
                            + destination.toCanonicalString() + " lies inside " + subnet.toCanonicalString()
                            + ", the connected subnet of the compute port " + forwarding.computePort()
                            + ", which the VMs reach directly (a flat subnet needs no route)", "remove it");
                    break;
                }
            }
        }
    }
}
