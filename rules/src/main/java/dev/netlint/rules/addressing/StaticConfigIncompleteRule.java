package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * A static port (DHCP off) without an address, or with an address but no mask, so its subnet is
 * unknown. A value that was written but did not load is the loader's finding ({@code invalid-value}),
 * not a missing one; a mask that is written but wrong is {@code subnet-mask-invalid}'s.
 */
@Rule(id = "static-config-incomplete", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "A static port has no address, or an address without a mask")
public final class StaticConfigIncompleteRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        for (NetInterface port : context.device().interfaces()) {
            if (port.isDhcp() || port.unknown(NetInterface.DHCP_ENABLED)) {
                continue;
            }
            String name = Ports.describe(nodes, port);
            Ipv4Config v4 = port.ipv4();
            Ipv6Config v6 = port.ipv6();
            boolean v4Address = v4 != null && v4.address() != null;
            boolean v6Address = v6 != null && v6.address() != null;
            if (!v4Address && !v6Address) {
                if (!port.unknownAt(NetInterface.IPV4) && !port.unknownAt(NetInterface.IPV6)) {
                    Location at = v4 != null ? v4.location() : v6 != null ? v6.location() : port.location();
                    out.report(at, name + " has isDhcpEnabled: false but no address: a static port needs"
                            + " an IPv4 address with its mask (or an IPv6 address with its prefix length)");
                }
                continue;
            }
            if (v4Address && !v4.address().value().isPrefixed() && v4.subnetMask() == null
                    && !port.unknownAt(NetInterface.IPV4)) {
                String host = v4.address().value().toCanonicalString();
                out.report(v4.address().location(), "iPv4 address " + host + " of " + name
                        + " has no mask: its subnet is unknown", "write " + host + "/LEN or add a subnetMask");
            }
            if (v6Address && !v6.address().value().isPrefixed() && v6.prefixLength() == null
                    && !port.unknownAt(NetInterface.IPV6)) {
                String host = v6.address().value().toCanonicalString();
                out.report(v6.address().location(), "iPv6 address " + host + " of " + name
                        + " has no prefix length: its subnet is unknown", "write " + host + "/LEN or add a prefixLength");
            }
        }
    }
}
