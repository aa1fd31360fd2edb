package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;

/**
 * A gateway that cannot be the router: outside the port's (or virtual network's) subnet, the port's
 * own address, or the IPv4 subnet's network or broadcast address. An IPv6 gateway may be link-local
 * ({@code fe80::/10}), as routers announce themselves: it is on-link by definition and not judged.
 */
@Rule(id = "gateway-outside-subnet", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "A gateway is outside its subnet, or is the interface's own address")
public final class GatewayOutsideSubnetRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        for (NetInterface port : context.device().interfaces()) {
            String name = Ports.describe(nodes, port);
            for (boolean ipv4 : new boolean[] {true, false}) {
                Located<IPAddress> gateway = ipv4 ? (port.ipv4() == null ? null : port.ipv4().gateway())
                        : (port.ipv6() == null ? null : port.ipv6().gateway());
                IPAddress subnet = Ports.subnet(port, ipv4);
                Located<IPAddress> address = Ports.address(port, ipv4);
                if (gateway != null && subnet != null && address != null) {
                    Related own = new Related(address.location(), "address of " + name);
                    if (gateway.value().equals(Ports.host(address))) {
                        out.report(gateway.location(), "gateway " + gateway.value().toCanonicalString() + " of "
                                + name + " is the port's own address: the gateway is the router on "
                                + subnet.toCanonicalString() + ", another address of that subnet", own);
                    } else {
                        judge(gateway, subnet, name, "subnet", own, out);
                    }
                }
            }
        }
        for (VirtualNetwork network : context.device().virtualNetworks()) {
            IPAddress subnet = Ports.subnet(network);
            if (subnet != null && network.gateway() != null && wrong(network.gateway().value(), subnet)) {
                String name = network.describe();
                judge(network.gateway(), subnet, name, "network",
                        new Related(network.network().location(), name + " " + subnet.toCanonicalString()), out);
            }
        }
    }

    /** Whether {@link #judge} reports the gateway: a clean one costs no message (a device may have 100,000). */
    private static boolean wrong(IPAddress hop, IPAddress subnet) {
        return Ports.reservedRole(subnet, hop) != null || !subnet.contains(hop) && !(hop.isIPv6() && hop.isLinkLocal());
    }

    private static void judge(Located<IPAddress> gateway, IPAddress subnet, String owner, String noun, Related related,
                              FindingSink out) {
        IPAddress hop = gateway.value();
        String start = "gateway " + hop.toCanonicalString() + " of " + owner + " is ";
        Location at = gateway.location();
        String role = Ports.reservedRole(subnet, hop);
        if (role != null) {
            out.report(at, start + "the " + role + " address of its " + noun + " " + subnet.toCanonicalString()
                    + ", which no router can have", related);
        } else if (!subnet.contains(hop) && !(hop.isIPv6() && hop.isLinkLocal())) {
            out.report(at, start + "outside its " + noun + " " + subnet.toCanonicalString()
                    + ": a gateway must be on-link, an address inside " + subnet.toCanonicalString(), related);
        }
    }
}
