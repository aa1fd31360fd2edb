package dev.netlint.rules.routing;

import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import dev.netlint.rules.support.RouteFacts;
import inet.ipaddr.IPAddress;

/**
 * A route on the compute port whose next hop lies outside the port's subnet. Judged only when no
 * interface rule, {@code route-family-mismatch} or {@code route-next-hop-local} explains the route.
 */
@Rule(id = "route-next-hop-not-on-link", severity = Severity.ERROR, category = "Routing and reachability",
        summary = "A route's next hop is outside the compute port's subnet")
public final class RouteNextHopNotOnLinkRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        RouteFacts facts = new RouteFacts(context);
        for (KubeRoute route : context.device().kubernetes().routes()) {
            if (!facts.nextHopOffLink(route)) {
                continue;
            }
            IPAddress nextHop = route.nextHopAddress();
            String gateway = gatewayHint(facts, nextHop);
            out.report(route.nextHop().location(), "next hop " + nextHop.toCanonicalString() + " is not on-link: it"
                    + " lies outside " + facts.connectedSubnets(nextHop.getIPVersion()) + ", so the VMs refuse "
                    + route.describe() + "; use a router inside that subnet" + gateway);
        }
    }

    /** {@code , such as 192.168.20.1, the gateway of Port3}, when the compute port has a gateway of that family. */
    private static String gatewayHint(RouteFacts facts, IPAddress nextHop) {
        for (NetInterface nic : facts.forwarding().computeInterfaces()) {
            Located<IPAddress> gateway = nextHop.isIPv4()
                    ? nic.ipv4() == null ? null : nic.ipv4().gateway()
                    : nic.ipv6() == null ? null : nic.ipv6().gateway();
            if (gateway != null && facts.forwarding().isOnLink(gateway.value())) {
                return ", such as " + gateway.value().toCanonicalString() + ", the gateway of " + nic.describe();
            }
        }
        return "";
    }
}
