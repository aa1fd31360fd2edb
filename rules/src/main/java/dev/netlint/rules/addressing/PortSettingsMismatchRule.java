package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The same port set up differently on the nodes of a cluster: "Configure the network on the second node
 * the same way you configured it on the first node. Ensure that port settings match between same port
 * name on each appliance" ("Clustering on your Azure Stack Edge Pro GPU device"). Compared, for each port,
 * against its first entry in the files: DHCP or static, and for two static entries the gateway, the DNS
 * servers and the DNS suffix. The subnet is {@code port-subnet-mismatch}'s; the MTU (a vSwitch's) and the
 * VLANs (the virtual networks') are written once for the cluster, so they cannot differ between nodes.
 * A value that could not be read is not compared.
 */
@Rule(id = "port-settings-mismatch", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "The same port has different settings on the nodes of a cluster")
public final class PortSettingsMismatchRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        Nodes nodes = context.nodes();
        if (nodes.single()) {
            return;
        }
        for (List<NetInterface> entries : Ports.byPort(device).values()) {
            NetInterface first = entries.get(0);
            for (NetInterface other : entries.subList(1, entries.size())) {
                if (nodes.key(other).equals(nodes.key(first)) || nodes.key(other).isEmpty()) {
                    continue;
                }
                compare(nodes, first, other, out);
            }
        }
    }

    private static void compare(Nodes nodes, NetInterface first, NetInterface other, FindingSink out) {
        String mine = Ports.describe(nodes, other);
        String theirs = Ports.describe(nodes, first);
        if (first.unknown(NetInterface.DHCP_ENABLED) || other.unknown(NetInterface.DHCP_ENABLED)) {
            return;
        }
        if (first.isDhcp() != other.isDhcp()) {
            out.report(at(other.dhcpEnabled(), other.location()), mine + " is " + mode(other) + " but " + theirs
                    + " is " + mode(first) + ": the same port must be set up the same way on each node",
                    "make " + mine + " " + mode(first) + " as on the other node",
                    new Related(at(first.dhcpEnabled(), first.location()), theirs + " " + mode(first)));
            return;
        }
        if (first.isDhcp()) {
            return;
        }
        IPAddress subnet = Ports.subnet(first, true);
        boolean sameSubnet = subnet != null && subnet.equals(Ports.subnet(other, true));
        if (sameSubnet && !first.unknownAt(NetInterface.IPV4) && !other.unknownAt(NetInterface.IPV4)) {
            Located<IPAddress> want = first.ipv4Gateway();
            Located<IPAddress> have = other.ipv4Gateway();
            if (!text(want).equals(text(have))) {
                out.report(at(have, other.ipv4().location()), mine + " has gateway " + text(have) + " but "
                        + theirs + " has " + text(want) + ": the same port must be set up the same way on each"
                        + " node", new Related(at(want, first.ipv4().location()), theirs + " gateway " + text(want)));
            }
        }
        if (!first.unknown(NetInterface.DNS_SERVERS) && !other.unknown(NetInterface.DNS_SERVERS)) {
            Set<String> want = servers(first);
            Set<String> have = servers(other);
            if (!want.equals(have)) {
                out.report(at(other.dnsServers().isEmpty() ? null : other.dnsServers().get(0), other.location()),
                        mine + " has DNS servers " + list(have) + " but " + theirs + " has " + list(want)
                                + ": the same port must be set up the same way on each node",
                        new Related(at(first.dnsServers().isEmpty() ? null : first.dnsServers().get(0),
                                first.location()), theirs + " DNS servers " + list(want)));
            }
        }
        if (!first.unknown(NetInterface.DNS_SUFFIX) && !other.unknown(NetInterface.DNS_SUFFIX)) {
            String want = suffix(first);
            String have = suffix(other);
            if (!want.equalsIgnoreCase(have)) {
                out.report(at(other.dnsSuffix(), other.location()), mine + " has DNS suffix "
                        + (have.isEmpty() ? "none" : have) + " but " + theirs + " has "
                        + (want.isEmpty() ? "none" : want) + ": the same port must be set up the same way on each node",
                        new Related(at(first.dnsSuffix(), first.location()), theirs + " DNS suffix"));
            }
        }
    }

    private static String mode(NetInterface port) {
        return port.isDhcp() ? "DHCP" : "static";
    }

    private static Location at(Located<?> value, Location fallback) {
        return value == null || value.location() == null ? fallback : value.location();
    }

    private static String text(Located<IPAddress> address) {
        return address == null ? "none" : address.value().withoutPrefixLength().toCanonicalString();
    }

    private static Set<String> servers(NetInterface port) {
        Set<String> servers = new TreeSet<>();
        for (Located<IPAddress> server : port.dnsServers()) {
            servers.add(server.value().withoutPrefixLength().toCanonicalString());
        }
        return servers;
    }

    private static String list(Set<String> servers) {
        return servers.isEmpty() ? "none" : String.join(", ", servers);
    }

    private static String suffix(NetInterface port) {
        String suffix = port.dnsSuffix() == null || port.dnsSuffix().value() == null ? "" : port.dnsSuffix().value();
        suffix = suffix.trim();
        return suffix.endsWith(".") ? suffix.substring(0, suffix.length() - 1).toLowerCase(Locale.ROOT)
                : suffix.toLowerCase(Locale.ROOT);
    }
}
