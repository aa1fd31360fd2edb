package dev.netlint.rules.addressing;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.plan.Overlaps;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two different ports of one node whose subnets share addresses: the node's host has two connected
 * routes to them and picks one port for both. The same port on two nodes is a cluster, not an overlap
 * ({@code port-subnet-mismatch} judges that). Ports that also share an address are left to
 * {@code duplicate-ip}, whose message names the shared subnet too. Ports that one vSwitch teams are one
 * link and may share a subnet (the two-node topologies with teaming); whether the team is supported is
 * {@code nic-teaming-unsupported}'s question. IPv6 link-local subnets ({@code fe80::/64}) exist on every
 * port and are scoped to their link: they are not judged.
 */
@Rule(id = "port-subnet-overlap", severity = Severity.WARNING, category = Category.ADDRESSING,
        summary = "Two different ports of one node have overlapping subnets")
public final class PortSubnetOverlapRule implements Check {

    /** A team larger than a device has ports is no team netlint pairs up (it keeps the work linear). */
    private static final int MAX_TEAM = 16;

    private record PortSubnet(NetInterface port, IPAddress subnet, Located<IPAddress> address) {
    }

    @Override
    public void check(DeviceContext context, FindingSink out) {
        Nodes nodes = Nodes.of(context.device());
        Device device = context.device();
        Set<String> teamed = teamedPairs(device);
        for (List<NetInterface> ports : Ports.byNode(device, nodes).values()) {
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
                if (Ports.samePort(a.port(), b.port()) || teamed.contains(pairKey(a.port(), b.port()))
                        || Ports.host(a.address()).equals(Ports.host(b.address()))) {
                    continue;
                }
                boolean aLater = a.address().location().compareTo(b.address().location()) > 0;
                PortSubnet later = aLater ? a : b;
                PortSubnet earlier = aLater ? b : a;
                String laterName = Ports.describe(nodes, later.port());
                String earlierName = Ports.describe(nodes, earlier.port());
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

    /** The pairs of ports that one vSwitch groups, as {@link #pairKey}s. */
    private static Set<String> teamedPairs(Device device) {
        Set<String> pairs = new HashSet<>();
        for (VSwitch vSwitch : device.vSwitches()) {
            List<Located<String>> ports = vSwitch.interfaceNames();
            for (int i = 0; i < ports.size() && ports.size() <= MAX_TEAM; i++) {
                for (int j = i + 1; j < ports.size(); j++) {
                    pairs.add(pairKey(ports.get(i).value(), ports.get(j).value()));
                }
            }
        }
        return pairs;
    }

    private static String pairKey(NetInterface a, NetInterface b) {
        return a.portName() == null || b.portName() == null ? "" : pairKey(a.portName(), b.portName());
    }

    private static String pairKey(String a, String b) {
        String x = a.trim().toLowerCase(Locale.ROOT);
        String y = b.trim().toLowerCase(Locale.ROOT);
        return x.compareTo(y) <= 0 ? x + "\n" + y : y + "\n" + x;
    }
}
