package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.Comparator;
import java.util.List;

/**
 * The same port on two nodes of a cluster with different subnets. Each node's port is cabled to the same
 * network, so the subnets must be equal; a port whose subnet is unknown (DHCP, no mask) is not compared.
 */
@Rule(id = "port-subnet-mismatch", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "The same port has different subnets on the nodes of a cluster")
public final class PortSubnetMismatchRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        Device device = context.device();
        for (List<NetInterface> entries : Ports.byPort(device).values()) {
            if (entries.size() < 2) {
                continue;
            }
            for (boolean ipv4 : new boolean[] {true, false}) {
                List<NetInterface> known = entries.stream().filter(p -> Ports.subnet(p, ipv4) != null)
                        .sorted(Comparator.comparing(p -> Ports.address(p, ipv4).location())).toList();
                if (known.size() < 2) {
                    continue;
                }
                NetInterface first = known.get(0);
                IPAddress expected = Ports.subnet(first, ipv4);
                Located<IPAddress> firstAddress = Ports.address(first, ipv4);
                for (NetInterface other : known.subList(1, known.size())) {
                    IPAddress subnet = Ports.subnet(other, ipv4);
                    if (nodes.key(other).equals(nodes.key(first)) || subnet.equals(expected)) {
                        continue;
                    }
                    out.report(Ports.address(other, ipv4).location(), Ports.describe(nodes, other) + " is on "
                            + subnet.toCanonicalString() + " but " + Ports.describe(nodes, first) + " is on "
                            + expected.toCanonicalString() + ": the same port of every node is cabled to one network,"
                            + " so it needs the same subnet on each node",
                            new Related(firstAddress.location(),
                                    Ports.describe(nodes, first) + " on " + expected.toCanonicalString()));
                }
            }
        }
    }
}
