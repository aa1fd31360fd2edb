package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Set;

/**
 * One entry of {@code device.network.interfaces}: one port of one node.
 *
 * @param routes the location of a non-empty {@code routes} value (routes on the Windows host), or
 *     {@code null}
 */
public record NetInterface(Location location, Located<String> name, Located<String> nodeName,
                           Located<String> nodeId, Located<Boolean> dhcpEnabled, Ipv4Config ipv4,
                           Ipv6Config ipv6, List<Located<IPAddress>> dnsServers, Located<String> dnsSuffix,
                           Located<Integer> routes,
        Set<String> unknown) {
    public static final Key<NetInterface> NAME = Key.of(NetInterface.class, "name");
    public static final Key<NetInterface> DHCP_ENABLED = Key.of(NetInterface.class, "isDhcpEnabled");
    public static final Key<NetInterface> IPV4 = Key.of(NetInterface.class, "iPv4");
    public static final Key<NetInterface> IPV6 = Key.of(NetInterface.class, "iPv6");
    public static final Key<NetInterface> DNS_SERVERS = Key.of(NetInterface.class, "dnsServerAddresses");
    public static final Key<NetInterface> DNS_SUFFIX = Key.of(NetInterface.class, "dnsSuffix");
    public static final Key<NetInterface> NODE_NAME = Key.of(NetInterface.class, "nodeName");

    public NetInterface {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public NetInterface(Location location, Located<String> name, Located<String> nodeName, Located<String> nodeId, Located<Boolean> dhcpEnabled, Ipv4Config ipv4, Ipv6Config ipv6, List<Located<IPAddress>> dnsServers, Located<String> dnsSuffix, Located<Integer> routes) {
        this(location, name, nodeName, nodeId, dhcpEnabled, ipv4, ipv6, dnsServers, dnsSuffix, routes, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(Key<NetInterface> key) {
        return unknown.contains(key.path());
    }

    /**
     * Whether a part of this entry was written but could not be read: {@code key} of the entry itself, or
     * with {@link #IPV4} / {@link #IPV6}, any key of that block.
     */
    public boolean unknownAt(Key<NetInterface> key) {
        if (unknown(key)) {
            return true;
        }
        return key == IPV4 && ipv4 != null && !ipv4.unknown().isEmpty()
                || key == IPV6 && ipv6 != null && !ipv6.unknown().isEmpty();
    }

    /** Whether any part of this entry was written but could not be read. */
    public boolean anyUnknown() {
        return !unknown.isEmpty() || unknownAt(IPV4) || unknownAt(IPV6);
    }

    public String portName() {
        return name == null ? null : name.value();
    }

    /** The node this port belongs to, by name; {@code null} on a one-node device that names none. */
    public String node() {
        if (nodeName != null) {
            return nodeName.value();
        }
        return nodeId == null ? null : nodeId.value();
    }

    /** {@code isDhcpEnabled} when given; else static when an address is given, DHCP otherwise. */
    public boolean isDhcp() {
        if (dhcpEnabled != null) {
            return dhcpEnabled.value();
        }
        boolean hasAddress = (ipv4 != null && ipv4.address() != null) || (ipv6 != null && ipv6.address() != null);
        return !hasAddress;
    }

    public boolean isStatic() {
        return !isDhcp();
    }

    /** The static IPv4 subnet of this port, or {@code null} when it is DHCP or unknown. */
    public IPAddress ipv4Subnet() {
        return isStatic() && ipv4 != null ? ipv4.subnet() : null;
    }

    public IPAddress ipv6Subnet() {
        return isStatic() && ipv6 != null ? ipv6.subnet() : null;
    }

    /** The static subnets of this port, both families. */
    public List<IPAddress> subnets() {
        IPAddress v4 = ipv4Subnet();
        IPAddress v6 = ipv6Subnet();
        if (v4 == null) {
            return v6 == null ? List.of() : List.of(v6);
        }
        return v6 == null ? List.of(v4) : List.of(v4, v6);
    }

    /** The static IPv4 gateway, or {@code null}. */
    public Located<IPAddress> ipv4Gateway() {
        return isStatic() && ipv4 != null ? ipv4.gateway() : null;
    }

    public boolean hasGateway() {
        return isStatic() && ((ipv4 != null && ipv4.gateway() != null) || (ipv6 != null && ipv6.gateway() != null));
    }

    /** A readable name such as {@code Port3} or {@code Port3 of NODE-B}. */
    public String describe() {
        String port = portName() == null ? "interface" : portName();
        return node() == null ? port : port + " of " + node();
    }
}
