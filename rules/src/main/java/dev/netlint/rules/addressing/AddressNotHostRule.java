package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;

/**
 * An IPv4 interface address that is its subnet's network or broadcast address. Subnets of /31 and /32
 * have no such addresses (RFC 3021 point-to-point links use both), so they are not judged.
 */
@Rule(id = "address-not-host", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "An interface address is its subnet's network or broadcast address")
public final class AddressNotHostRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        for (NetInterface port : context.device().interfaces()) {
            IPAddress subnet = Ports.subnet(port, true);
            Located<IPAddress> address = Ports.address(port, true);
            if (subnet == null || address == null) {
                continue;
            }
            IPAddress host = Ports.host(address);
            String role = Ports.reservedRole(subnet, host);
            if (role != null) {
                IPAddress network = subnet.getLower().withoutPrefixLength();
                IPAddress broadcast = subnet.getUpper().withoutPrefixLength();
                String hosts = AddressRange.describe(network.increment(1).spanWithRange(broadcast.increment(-1)));
                out.report(address.location(), "address " + host.toCanonicalString() + " of "
                        + Ports.describe(nodes, port) + " is the " + role + " address of its subnet "
                        + subnet.toCanonicalString() + ", which no host can use; its host addresses are " + hosts);
            }
        }
    }
}
