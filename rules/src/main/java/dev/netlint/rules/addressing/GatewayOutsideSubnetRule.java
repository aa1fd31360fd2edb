package dev.netlint.rules.addressing;

import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import inet.ipaddr.IPAddress;

/**
 * A gateway the port cannot reach: outside the port's (or virtual network's) subnet, or the port's own
 * address. An IPv6 gateway may be link-local ({@code fe80::/10}), as routers advertise themselves, so
 * such a gateway is on-link by definition and not judged.
 */
@Rule(id = "gateway-outside-subnet", severity = Severity.ERROR, category = "Addressing",
        summary = "A gateway is outside its subnet, or is the interface's own address")
public final class GatewayOutsideSubnetRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        for (NetInterface port : context.device().interfaces()) {
            if (port.ipv4() != null) {
                checkPort(port, Ports.describe(context.device(), port), true, port.ipv4().gateway(), out);
            }
            if (port.ipv6() != null) {
                checkPort(port, Ports.describe(context.device(), port), false, port.ipv6().gateway(), out);
            }
        }
        for (VirtualNetwork network : context.device().virtualNetworks()) {
            IPAddress subnet = Ports.subnet(network);
            Located<IPAddress> gateway = network.gateway();
            if (subnet != null && gateway != null && !subnet.contains(gateway.value())) {
                out.report(gateway.location(), "gateway " + gateway.value().toCanonicalString() + " of "
                        + network.describe() + " is outside its network " + subnet.toCanonicalString()
                        + ": the virtual machines on it cannot reach their gateway",
                        new Related(network.network().location(), network.describe() + " " + subnet.toCanonicalString()));
            }
        }
    }

    private static void checkPort(NetInterface port, String name, boolean ipv4, Located<IPAddress> gateway, FindingSink out) {
        IPAddress subnet = Ports.subnet(port, ipv4);
        Located<IPAddress> address = Ports.address(port, ipv4);
        if (subnet == null || gateway == null || address == null) {
            return;
        }
        IPAddress hop = gateway.value();
        String shown = hop.toCanonicalString();
        if (hop.equals(Ports.host(address))) {
            out.report(gateway.location(), "gateway " + shown + " of " + name
                    + " is the port's own address: the gateway is the router on " + subnet.toCanonicalString()
                    + ", another address of that subnet", new Related(address.location(), "address of " + name));
        } else if (!subnet.contains(hop) && !(hop.isIPv6() && hop.isLinkLocal())) {
            out.report(gateway.location(), "gateway " + shown + " of " + name + " is outside its subnet "
                    + subnet.toCanonicalString() + ": a gateway must be on-link, an address of the port's own subnet",
                    new Related(address.location(), "address of " + name));
        }
    }
}
