package dev.netlint.rules.addressing;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.plan.Overlaps;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Two different ports of one node whose subnets share addresses: the node's host has two connected
 * routes to them and picks one port for both. The same port on two nodes is a cluster, not an overlap
 * ({@code port-subnet-mismatch} judges that). Ports that also share an address are left to
 * {@code duplicate-ip}, whose message names the shared subnet too. IPv6 link-local subnets
 * ({@code fe80::/64}) exist on every port and are scoped to their link: they are not judged.
 */
@Rule(id = "port-subnet-overlap", severity = Severity.WARNING, category = "Addressing",
        summary = "Two different ports of one node have overlapping subnets")
public final class PortSubnetOverlapRule implements Check {

    private record PortSubnet(NetInterface port, IPAddress subnet, Located<IPAddress> address) {
    }

    @Override
    public void check(DeviceContext context, FindingSink out) {
        Device device = context.device();
        for (List<NetInterface> ports : Ports.byNode(device).values()) {
            List<PortSubnet> subnets = new ArrayList<>();
            for (NetInterface port : ports) {
                for (boolean ipv4 : new boolean[] {true, false}) {
                    IPAddress subnet = Ports.subnet(port, ipv4);
                    if (subnet != null && !(subnet.isIPv6() && subnet.isLinkLocal())) {
                        subnets.add(new PortSubnet(port, subnet, Ports.address(port, ipv4)));
                    }
                }
            }
            for (Overlaps.Pair<PortSubnet> pair : Overlaps.pairs(subnets, s -> s.subnet().toSequentialRange())) {
                PortSubnet a = pair.first();
                PortSubnet b = pair.second();
                if (Ports.samePort(a.port(), b.port())
                        || Ports.host(a.address()).equals(Ports.host(b.address()))) {
                    continue;
                }
                boolean aLater = a.address().location().compareTo(b.address().location()) > 0;
                PortSubnet later = aLater ? a : b;
                PortSubnet earlier = aLater ? b : a;
                String laterName = Ports.describe(device, later.port());
                String earlierName = Ports.describe(device, earlier.port());
                out.report(later.address().location(), "subnet " + later.subnet().toCanonicalString() + " of "
                        + laterName + " " + relation(later.subnet(), earlier.subnet()) + " subnet "
                        + earlier.subnet().toCanonicalString() + " of " + earlierName
                        + ": the node reaches the shared addresses through one of the two ports only;"
                        + " put each port on the subnet of its own network",
                        new Related(earlier.address().location(),
                                "subnet " + earlier.subnet().toCanonicalString() + " of " + earlierName));
            }
        }
    }

    /** Two prefix blocks that overlap are equal or one holds the other. */
    private static String relation(IPAddress subnet, IPAddress other) {
        if (subnet.equals(other)) {
            return "is the same as";
        }
        return subnet.contains(other) ? "contains" : "lies inside";
    }
}
