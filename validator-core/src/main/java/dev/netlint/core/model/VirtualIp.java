package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.Set;

/**
 * One virtual IP of a two-node cluster, as {@code Get-DeviceVip} prints it under {@code acsVIP} (Azure
 * Consistent Services) or {@code nfsVIP} (Network File System): the address clients connect to instead of
 * a node's, and the cluster network it is taken from.
 *
 * @param key {@code acsVIP} or {@code nfsVIP}, where the file writes it
 * @param address the virtual IP, or {@code null} when not written (DHCP picks it)
 * @param networkAddress the cluster network's {@code network.address}
 * @param networkMask the cluster network's {@code network.subnet}, a dotted mask
 * @param dhcpEnabled {@code isDhcpEnabled}: the virtual IP is "automatically picked from" the network
 */
public record VirtualIp(Location location, Located<String> key, Located<IPAddress> address,
                        Located<IPAddress> networkAddress, Located<IPAddress> networkMask,
                        Located<Boolean> dhcpEnabled, Set<String> unknown) {

    public static final Key<VirtualIp> ADDRESS = Key.of(VirtualIp.class, "address");
    public static final Key<VirtualIp> NETWORK = Key.of(VirtualIp.class, "network");
    public static final Key<VirtualIp> NETWORK_ADDRESS = Key.below(NETWORK, "address");
    public static final Key<VirtualIp> NETWORK_SUBNET = Key.below(NETWORK, "subnet");
    public static final Key<VirtualIp> DHCP_ENABLED = Key.of(VirtualIp.class, "isDhcpEnabled");

    public VirtualIp {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** Whether {@code key} of the entry (or {@code network/...} of its network) was written but could not be read. */
    public boolean unknown(Key<VirtualIp> key) {
        return unknown.contains(key.path());
    }

    /** {@code Azure Consistent Services} for {@code acsVIP}, {@code Network File System} for {@code nfsVIP}. */
    public String service() {
        String name = key == null ? "" : key.value();
        return name.equalsIgnoreCase("nfsVIP") ? "Network File System" : "Azure Consistent Services";
    }

    public boolean isStatic() {
        return dhcpEnabled != null && Boolean.FALSE.equals(dhcpEnabled.value());
    }

    /** The cluster network as a prefix, or {@code null} when its address or mask is missing or not a mask. */
    public IPAddress network() {
        if (networkAddress == null || networkMask == null || !networkAddress.value().isIPv4()
                || !networkMask.value().isIPv4()) {
            return null;
        }
        Integer length = networkMask.value().getBlockMaskPrefixLength(true);
        return length == null ? null : networkAddress.value().withoutPrefixLength().toPrefixBlock(length);
    }
}
