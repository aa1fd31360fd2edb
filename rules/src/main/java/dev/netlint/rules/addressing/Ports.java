package dev.netlint.rules.addressing;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.model.VirtualNetwork;
import inet.ipaddr.IPAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What several addressing rules need to know about ports: their node, their addresses, their subnets. */
final class Ports {

    private static final int LAST_PREFIX_WITH_BROADCAST = 30;

    private Ports() {
    }

    /** {@code Port3}, or {@code Port3 of NODE-B} with the node's name even when the port gives its id. */
    static String describe(Nodes nodes, NetInterface port) {
        String name = port.portName() == null ? "interface" : port.portName();
        String node = nodes.name(port);
        return node == null ? name : name + " of " + node;
    }

    /**
     * The interfaces grouped by node, in file order: one group on a single-node device, whatever its
     * ports name (see {@link Nodes#key}).
     */
    static Map<String, List<NetInterface>> byNode(Device device, Nodes nodes) {
        return device.interfaces().stream().collect(Collectors.groupingBy(nodes::key,
                LinkedHashMap::new, Collectors.toList()));
    }

    /** The interfaces grouped by port name (case does not matter), in file order; unnamed ones left out. */
    static Map<String, List<NetInterface>> byPort(Device device) {
        return device.interfaces().stream().filter(p -> p.portName() != null)
                .collect(Collectors.groupingBy(p -> p.portName().toLowerCase(Locale.ROOT),
                        LinkedHashMap::new, Collectors.toList()));
    }

    static boolean samePort(NetInterface a, NetInterface b) {
        return a.portName() != null && a.portName().equalsIgnoreCase(b.portName());
    }

    /** The port's address (IPv4 or IPv6) of the given family, as written. */
    static Located<IPAddress> address(NetInterface port, boolean ipv4) {
        if (ipv4) {
            return port.ipv4() == null ? null : port.ipv4().address();
        }
        return port.ipv6() == null ? null : port.ipv6().address();
    }

    /**
     * The static subnet of the given family, or {@code null} when DHCP or unknown, including when the
     * address is of the other family or the mask is not an IPv4 mask ({@code subnet-mask-invalid}).
     */
    static IPAddress subnet(NetInterface port, boolean ipv4) {
        IPAddress subnet = ipv4 ? port.ipv4Subnet() : port.ipv6Subnet();
        if (subnet == null || subnet.isIPv4() != ipv4) {
            return null;
        }
        if (ipv4 && port.ipv4().subnetMask() != null && !port.ipv4().subnetMask().value().isIPv4()) {
            return null;
        }
        return subnet;
    }

    /**
     * The address as written, without its {@code /len}. IPAddress reads {@code 10.57.48.0/24} (host bits
     * zero) as the whole block, so its lowest value is the address that was written.
     */
    static IPAddress host(Located<IPAddress> address) {
        return address.value().getLower().withoutPrefixLength();
    }

    /**
     * {@code "network"} or {@code "broadcast"} when {@code host} is that address of the IPv4 subnet, else
     * {@code null}. Subnets of /31 and /32 have neither (RFC 3021 point-to-point links use both
     * addresses); IPv6 has no broadcast address.
     */
    static String reservedRole(IPAddress subnet, IPAddress host) {
        if (!subnet.isIPv4() || !host.isIPv4() || host.isMultiple()
                || subnet.getNetworkPrefixLength() > LAST_PREFIX_WITH_BROADCAST) {
            return null;
        }
        long value = host.toIPv4().longValue();
        if (value == subnet.toIPv4().getLower().longValue()) {
            return "network";
        }
        return value == subnet.toIPv4().getUpper().longValue() ? "broadcast" : null;
    }

    /** The written address whose host part is {@code host}, or {@code null}. */
    static Located<IPAddress> addressOf(NetInterface port, IPAddress host) {
        for (boolean ipv4 : new boolean[] {true, false}) {
            Located<IPAddress> address = address(port, ipv4);
            if (address != null && address.value().withoutPrefixLength().equals(host.withoutPrefixLength())) {
                return address;
            }
        }
        return null;
    }

    /**
     * A virtual network's subnet when it is certain: {@code null} when the network is absent, or its
     * {@code /len} and {@code subnetMask} disagree, or the mask is not contiguous
     * ({@code subnet-mask-invalid} reports those, and the rules that need the subnet stay silent).
     */
    static IPAddress subnet(VirtualNetwork network) {
        if (network.network() == null) {
            return null;
        }
        Integer written = network.network().value().getNetworkPrefixLength();
        Integer mask = network.subnetMask() == null ? null : maskLength(network.subnetMask().value(),
                network.network().value());
        if (network.subnetMask() != null && (mask == null || (written != null && !written.equals(mask)))) {
            return null;
        }
        return network.subnet();
    }

    /** The prefix length a mask stands for; {@code null} when not contiguous or not of the address's family. */
    static Integer maskLength(IPAddress mask, IPAddress address) {
        boolean family = address == null ? mask.isIPv4() : mask.getIPVersion() == address.getIPVersion();
        return family ? mask.getBlockMaskPrefixLength(true) : null;
    }
}
