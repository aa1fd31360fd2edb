package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.plan.RouteState;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.RouteFacts;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * A route on the compute port whose next hop is no host of the port's link: it lies outside the
 * port's subnet, or it is that subnet's network or broadcast address. Judged only when no interface
 * rule, {@code route-family-mismatch} or {@code route-next-hop-local} explains the route.
 */
@Rule(id = "route-next-hop-not-on-link", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "A route's next hop is outside the compute port's subnet, or is its network or broadcast address")
public final class RouteNextHopNotOnLinkRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        RouteFacts facts = new RouteFacts(context);
        List<KubeRoute> routes = context.device().kubernetes().routes();
        // the forwarding model gives these states only to a route on the static compute port, of one family,
        // whose next hop is not local and whose subnet is known, whatever its metric: no earlier rule explains it
        List<RouteState> states = context.forwarding().states();
        for (int i = 0; i < routes.size(); i++) {
            KubeRoute route = routes.get(i);
            IPAddress nextHop = route.nextHopAddress();
            if (states.get(i) == RouteState.NEXT_HOP_NOT_HOST) {
                out.report(route.nextHop().location(), "next hop " + nextHop.toCanonicalString() + " is "
                        + facts.reservedRole(nextHop) + ", not a host on the link: no router can"
                        + " answer for it, so the VMs refuse " + route.describe(), "use a router inside that subnet"
                        + gatewayHint(facts, nextHop));
                continue;
            }
            if (states.get(i) != RouteState.NEXT_HOP_OFF_LINK) {
                continue;
            }
            String gateway = gatewayHint(facts, nextHop);
            out.report(route.nextHop().location(), "next hop " + nextHop.toCanonicalString() + " is not on-link: it"
                    + " lies outside " + facts.connectedSubnets(nextHop.getIPVersion()) + ", so the VMs refuse "
                    + route.describe(), "use a router inside that subnet" + gateway);
        }
    }

    /** {@code , such as 192.168.20.1, the gateway of Port3}, when the compute port has a gateway of that family. */
    private static String gatewayHint(RouteFacts facts, IPAddress nextHop) {
        for (NetInterface nic : facts.forwarding().computeInterfaces()) {
            Located<IPAddress> gateway = nextHop.isIPv4()
                    ? nic.ipv4() == null ? null : nic.ipv4().gateway()
                    : nic.ipv6() == null ? null : nic.ipv6().gateway();
            if (gateway != null && facts.forwarding().isOnLink(gateway.value())
                    && facts.forwarding().subnetEdge(gateway.value()) == null) {
                return ", such as " + gateway.value().toCanonicalString() + ", the gateway of " + nic.describe();
            }
        }
        return "";
    }
}
