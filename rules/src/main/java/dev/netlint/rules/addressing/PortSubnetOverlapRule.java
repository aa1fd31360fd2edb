package dev.netlint.rules.addressing;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.plan.RangeIndex;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** How many overlapping subnets before a port's are named. */
    static final int NAMED = 3;
    /** How many overlapping subnets before a port's are looked at for those to name. */
    private static final int SCANNED = 64;

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
            // In file order, each subnet asks an index of those before it which overlap it: O(n log n), never
            // the n²/2 pairs of n ports on one subnet; a port names at most NAMED of them, then counts.
            subnets.sort(Comparator.comparing(s -> s.address().location()));
            RangeIndex<PortSubnet> before = RangeIndex.empty(subnets, s -> s.subnet().toSequentialRange());
            Map<IPAddress, Integer> hosts = new HashMap<>();
            Map<String, List<PortSubnet>> byPort = new HashMap<>();
            for (int i = 0; i < subnets.size(); i++) {
                PortSubnet later = subnets.get(i);
                IPAddress host = Ports.host(later.address());
                List<PortSubnet> samePort = later.port().portName() == null ? List.of()
                        : byPort.computeIfAbsent(later.port().portName().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                int named = 0;
                for (PortSubnet earlier : before.overlapping(later.subnet().toSequentialRange(), SCANNED)) {
                    if (!leftToOthers(earlier, later) && named < NAMED) {
                        report(device, out, earlier, later);
                        named++;
                    }
                }
                // Those left to other rules: the earlier subnets with the same host address (they all hold it,
                // so they overlap), and those of the same port that overlap.
                int leftOut = hosts.getOrDefault(host, 0);
                for (PortSubnet other : samePort) {
                    if (other.subnet().overlaps(later.subnet()) && !Ports.host(other.address()).equals(host)) {
                        leftOut++;
                    }
                }
                int more = before.count(later.subnet().toSequentialRange()) - leftOut - named;
                if (more > 0) {
                    out.report(later.address().location(), "subnet " + later.subnet().toCanonicalString() + " of "
                            + Ports.describe(device, later.port()) + " also overlaps the subnets of " + more
                            + " more port" + (more == 1 ? "" : "s") + " of this node declared before it, not named"
                            + " here: put each port on the subnet of its own network");
                }
                hosts.merge(host, 1, Integer::sum);
                samePort.add(later);
                before.insert(i);
            }
        }
    }

    /** Ports that also share an address are {@code duplicate-ip}'s; a port with itself is no overlap. */
    private static boolean leftToOthers(PortSubnet a, PortSubnet b) {
        return Ports.samePort(a.port(), b.port()) || Ports.host(a.address()).equals(Ports.host(b.address()));
    }

    private static void report(Device device, FindingSink out, PortSubnet earlier, PortSubnet later) {
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

    /** Two prefix blocks that overlap are equal or one holds the other. */
    private static String relation(IPAddress subnet, IPAddress other) {
        if (subnet.equals(other)) {
            return "is the same as";
        }
        return subnet.contains(other) ? "contains" : "lies inside";
    }
}
