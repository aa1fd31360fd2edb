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
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;

/**
 * A static port with a gateway but no DNS server. A port without a gateway reaches only its own subnet
 * (the compute port usually), and a DHCP port learns its DNS servers with its lease: neither is judged.
 */
@Rule(id = "dns-server-missing", severity = Severity.WARNING, category = Category.ADDRESSING,
        summary = "A static port with a gateway has no DNS server")
public final class DnsServerMissingRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        for (NetInterface port : context.device().interfaces()) {
            if (!port.hasGateway() || !port.dnsServers().isEmpty()
                    || port.unknown(NetInterface.DNS_SERVERS)) {
                continue;
            }
            Located<IPAddress> gateway = port.ipv4() != null && port.ipv4().gateway() != null
                    ? port.ipv4().gateway() : port.ipv6().gateway();
            out.report(port.location(), Ports.describe(nodes, port) + " is static with gateway "
                    + gateway.value().toCanonicalString() + " but has no dnsServerAddresses: the device resolves"
                    + " its cloud service's names through the DNS servers of the port that leads out",
                    new Related(gateway.location(), "gateway of " + Ports.describe(nodes, port)));
        }
    }
}
