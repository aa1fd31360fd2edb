package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.plan.AddressKey;
import dev.netlint.core.plan.RangeIndex;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
public final class PortSubnetOverlapRule implements DeviceRule {

    /** A team larger than a device has ports is no team netlint pairs up (it keeps the work linear). */
    private static final int MAX_TEAM = 16;

    /** How many overlapping subnets before a port's are named. */
    static final int NAMED = 3;
    /** How many overlapping subnets before a port's are looked at for those to name. */
    private static final int SCANNED = 64;

    /** A port's subnet, with its range made once: each subnet's range is asked several times. */
    private record PortSubnet(NetInterface port, IPAddress subnet, IPAddressSeqRange range,
                              Located<IPAddress> address) {
    }

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        Device device = context.device();
        Set<String> teamed = teamedPairs(device);
        Map<String, Set<String>> partners = partners(teamed);
        for (List<NetInterface> ports : Ports.byNode(device, nodes).values()) {
            List<PortSubnet> subnets = new ArrayList<>();
            for (NetInterface port : ports) {
                for (boolean ipv4 : new boolean[] {true, false}) {
                    IPAddress subnet = Ports.subnet(port, ipv4);
                    if (subnet != null && !(subnet.isIPv6() && subnet.isLinkLocal())) {
                        subnets.add(new PortSubnet(port, subnet, subnet.toSequentialRange(),
                                Ports.address(port, ipv4)));
                    }
                }
            }
            // In file order, each subnet asks an index of those before it which overlap it: O(n log n), never
            // the n²/2 pairs of n ports on one subnet; a port names at most NAMED of them, then counts.
            subnets.sort(Comparator.comparing(s -> s.address().location()));
            RangeIndex<PortSubnet> before = RangeIndex.empty(subnets, PortSubnet::range);
            // keyed by value: IPAddress's own hash spreads poorly over many ports of one subnet
            Map<AddressKey, Integer> hosts = new HashMap<>();
            Map<String, List<PortSubnet>> byPort = new HashMap<>();
            for (int i = 0; i < subnets.size(); i++) {
                PortSubnet later = subnets.get(i);
                AddressKey host = AddressKey.of(Ports.host(later.address()));
                int named = 0;
                for (PortSubnet earlier : before.overlapping(later.range(), SCANNED)) {
                    if (!leftToOthers(earlier, later, teamed) && named < NAMED) {
                        report(nodes, out, earlier, later);
                        named++;
                    }
                }
                // Those left to other rules or to the team: the earlier subnets with the same host address (they
                // all hold it, so they overlap), and those of the same port or of a teamed port that overlap.
                int leftOut = hosts.getOrDefault(host, 0);
                String key = portKey(later.port());
                List<String> keys = new ArrayList<>(partners.getOrDefault(key, Set.of()));
                keys.add(key);
                for (String k : keys) {
                    for (PortSubnet other : byPort.getOrDefault(k, List.of())) {
                        if (!AddressKey.of(Ports.host(other.address())).equals(host) && leftToOthers(other, later, teamed)
                                && other.range().overlaps(later.range())) {
                            leftOut++;
                        }
                    }
                }
                int more = before.count(later.range()) - leftOut - named;
                if (more > 0) {
                    out.report(later.address().location(), "subnet " + later.subnet().toCanonicalString() + " of "
                            + Ports.describe(nodes, later.port()) + " also overlaps the subnets of " + more
                            + " more port" + (more == 1 ? "" : "s") + " of this node declared before it, not named"
                            + " here: put each port on the subnet of its own network");
                }
                hosts.merge(host, 1, Integer::sum);
                byPort.computeIfAbsent(key, k -> new ArrayList<>()).add(later);
                before.insert(i);
            }
        }
    }

    /** Ports that also share an address are {@code duplicate-ip}'s; a port with itself or its team is no overlap. */
    private static boolean leftToOthers(PortSubnet a, PortSubnet b, Set<String> teamed) {
        return Ports.samePort(a.port(), b.port()) || teamed.contains(pairKey(a.port(), b.port()))
                || Ports.host(a.address()).equals(Ports.host(b.address()));
    }

    private static void report(Nodes nodes, FindingSink out, PortSubnet earlier, PortSubnet later) {
        String laterName = Ports.describe(nodes, later.port());
        String earlierName = Ports.describe(nodes, earlier.port());
        out.report(later.address().location(), "subnet " + later.subnet().toCanonicalString() + " of "
                + laterName + " " + relation(later.subnet(), earlier.subnet()) + " subnet "
                + earlier.subnet().toCanonicalString() + " of " + earlierName
                + ": the node reaches the shared addresses through one of the two ports only",
                "put each port on the subnet of its own network",
                new Related(earlier.address().location(),
                        "subnet " + earlier.subnet().toCanonicalString() + " of " + earlierName));
    }

    /** A port's name as teams compare it: trimmed, in lower case; {@code ""} for an unnamed port. */
    private static String portKey(NetInterface port) {
        return port.portName() == null ? "" : port.portName().trim().toLowerCase(Locale.ROOT);
    }

    /** For each port name (as {@link #portKey}), the names of the ports a vSwitch teams it with. */
    private static Map<String, Set<String>> partners(Set<String> teamed) {
        Map<String, Set<String>> partners = new HashMap<>();
        for (String pair : teamed) {
            String[] names = pair.split("\n", -1);
            partners.computeIfAbsent(names[0], k -> new HashSet<>()).add(names[1]);
            partners.computeIfAbsent(names[1], k -> new HashSet<>()).add(names[0]);
        }
        return partners;
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
