package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.RouteFacts;
import inet.ipaddr.IPAddress;

/** An IPv4 destination with an IPv6 next hop, or the reverse. */
@Rule(id = "route-family-mismatch", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "A route's destination and next hop are of different address families")
public final class RouteFamilyMismatchRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (KubeRoute route : context.device().kubernetes().routes()) {
            if (!RouteFacts.familiesDiffer(route)) {
                continue;
            }
            IPAddress destination = route.destination();
            IPAddress nextHop = route.nextHopAddress();
            out.report(route.nextHop().location(), family(destination) + " destination "
                    + destination.toCanonicalString() + " with " + family(nextHop) + " next hop "
                    + nextHop.toCanonicalString() + ": a route forwards through a router of its own family",
                    "use an " + family(destination) + " next hop");
        }
    }

    private static String family(IPAddress address) {
        return address.isIPv4() ? "IPv4" : "IPv6";
    }
}
