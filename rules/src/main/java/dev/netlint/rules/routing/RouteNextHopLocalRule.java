package dev.netlint.rules.routing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.RouteFacts;

/** A route whose next hop is an interface address of the device or lies in one of its pools. */
@Rule(id = "route-next-hop-local", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "A route's next hop is an address of the device or of the cluster")
public final class RouteNextHopLocalRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        RouteFacts facts = new RouteFacts(context);
        for (KubeRoute route : context.device().kubernetes().routes()) {
            PlanEntry owner = facts.localNextHop(context, route);
            if (owner == null) {
                continue;
            }
            String message = "next hop " + route.nextHopAddress().toCanonicalString() + " is "
                    + RouteFacts.owner(owner) + ": " + route.describe() + " would send traffic back to the device"
                    + " or its VMs instead of a router";
            String fix = "use the address of the router toward "
                    + (route.destination() == null ? "the destination" : route.destination().toCanonicalString());
            if (owner.location() == null) {
                out.report(route.nextHop().location(), message, fix);
            } else {
                out.report(route.nextHop().location(), message, fix, new Related(owner.location(), owner.label()));
            }
        }
    }
}
