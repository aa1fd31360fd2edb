package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One static address on two interfaces, of one node or of two. Read from the plan's address index (a
 * hash map), so the cost is linear in the number of interfaces. IPv6 link-local addresses are scoped
 * to their link and may repeat on several ports; they are not judged. The management port (Port1)
 * keeps its factory address (192.168.100.10) on every node of a cluster: the same address on the
 * management port of two nodes is not a duplicate, on any other pair of ports it is.
 */
@Rule(id = "duplicate-ip", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "One address is assigned to two interfaces")
public final class DuplicateIpRule implements DeviceRule {

    private record Holder(NetInterface port, Located<IPAddress> address) {
    }

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        Profile profile = context.profile();
        for (Map.Entry<IPAddress, List<NetInterface>> entry : context.plan().interfaceAddresses().entrySet()) {
            IPAddress host = entry.getKey();
            if (entry.getValue().size() < 2 || (host.isIPv6() && host.isLinkLocal())) {
                continue;
            }
            List<Holder> holders = new ArrayList<>();
            for (NetInterface port : entry.getValue()) {
                Located<IPAddress> address = Ports.addressOf(port, host);
                if (address != null) {
                    holders.add(new Holder(port, address));
                }
            }
            holders.sort(Comparator.comparing(h -> h.address().location()));
            if (holders.isEmpty()) {
                continue;
            }
            Holder first = holders.get(0);
            Holder firstOther = null;
            Map<String, Holder> managementByNode = new HashMap<>();
            for (Holder later : holders) {
                Holder earlier = earlierClash(profile, nodes, later, first, firstOther, managementByNode);
                if (profile.isManagementPort(later.port().portName())) {
                    managementByNode.putIfAbsent(nodes.key(later.port()), later);
                } else if (firstOther == null) {
                    firstOther = later;
                }
                if (earlier == null) {
                    continue;
                }
                String message = "address " + Ports.host(later.address()).toCanonicalString() + " of "
                        + Ports.describe(nodes, later.port())
                        + " is already the address of " + Ports.describe(nodes, earlier.port());
                if (!Ports.samePort(earlier.port(), later.port())
                        && nodes.key(earlier.port()).equals(nodes.key(later.port()))) {
                    message += "; two ports of one node with one address also share a subnet: give "
                            + later.port().portName() + " an address on a subnet of its own";
                } else {
                    message += "; every interface needs an address of its own";
                }
                out.report(later.address().location(), message,
                        new Related(earlier.address().location(), "address of " + Ports.describe(nodes, earlier.port())));
            }
        }
    }

    /**
     * The earlier holder that {@code later} clashes with, or {@code null}. The management port keeps its
     * factory address on every node, so Port1 of one node and Port1 of another may share it; any other
     * pair of holders clashes. O(1) per holder.
     */
    private static Holder earlierClash(Profile profile, Nodes nodes, Holder later, Holder first, Holder firstOther,
                                       Map<String, Holder> managementByNode) {
        if (later == first) {
            return null;
        }
        if (!profile.isManagementPort(later.port().portName())) {
            return first;
        }
        if (firstOther != null) {
            return firstOther;
        }
        return managementByNode.get(nodes.key(later.port()));
    }
}
