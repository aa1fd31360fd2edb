package dev.netlint.rules.support;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The subnets a pool must lie in: its vSwitch port's subnet on every node that has a known one, or its
 * virtual network's subnet. Only subnets of the pool's family count. A DHCP port, a mask that did not
 * parse or a vSwitch bound to several ports gives no home: rules then stay silent.
 */
public final class PoolHomes {

    /**
     * One subnet a pool must lie in.
     *
     * @param owner how a message names whose subnet it is: {@code Port3}, {@code Port3 of NODE-B},
     *     {@code virtual network vnet1}
     * @param location where the subnet is declared (the port's address, the virtual network's network)
     */
    public record Home(IPAddress subnet, String owner, Location location) {

        /** {@code subnet 192.168.20.0/24 of Port3}. */
        public String describe() {
            return "subnet " + subnet.toCanonicalString() + " of " + owner;
        }

        public IPAddressSeqRange range() {
            return subnet.toSequentialRange();
        }

        /** Whether the range lies inside the subnet (asked of both ends: no range is made for it). */
        public boolean contains(IPAddressSeqRange range) {
            return subnet.contains(range.getLower()) && subnet.contains(range.getUpper());
        }
    }

    private PoolHomes() {
    }

    /** The distinct subnets the pool must lie in, in node order; empty when none is known. */
    public static List<Home> of(Device device, OwnedPool pool) {
        IPAddressSeqRange range = pool.range();
        if (range == null) {
            return List.of();
        }
        return homes(device, pool, range.getLower().isIPv4());
    }

    /**
     * For a pool with no home of its own family: the known subnets of the other family where it stands,
     * when that is all the port (on every node) or the virtual network has. An IPv6 pool on an IPv4-only
     * port lies outside every subnet of the port. Empty when the pool has a home, or when what the port
     * has is not known (DHCP, an address of the pool's family whose subnet is unknown, a node without a
     * known subnet).
     */
    public static List<Home> otherFamily(Device device, OwnedPool pool) {
        IPAddressSeqRange range = pool.range();
        if (range == null || !of(device, pool).isEmpty()) {
            return List.of();
        }
        boolean v4 = range.getLower().isIPv4();
        if (pool.virtualNetwork() != null) {
            return homes(device, pool, !v4);
        }
        String port = pool.vSwitch() == null ? null : pool.vSwitch().port();
        List<NetInterface> nics = port == null ? List.of() : device.ports(port);
        if (nics.isEmpty()) {
            return List.of();
        }
        for (NetInterface nic : nics) {
            boolean written = v4 ? nic.ipv4() != null && nic.ipv4().address() != null
                    : nic.ipv6() != null && nic.ipv6().address() != null;
            IPAddress other = v4 ? nic.ipv6Subnet() : nic.ipv4Subnet();
            if (!nic.isStatic() || written || other == null) {
                return List.of();
            }
        }
        return homes(device, pool, !v4);
    }

    private static List<Home> homes(Device device, OwnedPool pool, boolean v4) {
        if (pool.virtualNetwork() != null) {
            VirtualNetwork network = pool.virtualNetwork();
            IPAddress subnet = network.subnet();
            if (subnet == null || subnet.isIPv4() != v4) {
                return List.of();
            }
            return List.of(new Home(subnet, network.describe(), network.network().location()));
        }
        String port = pool.vSwitch() == null ? null : pool.vSwitch().port();
        if (port == null) {
            return List.of();
        }
        List<NetInterface> nics = device.ports(port);
        Map<IPAddress, List<NetInterface>> bySubnet = new LinkedHashMap<>();
        for (NetInterface nic : nics) {
            IPAddress subnet = v4 ? nic.ipv4Subnet() : nic.ipv6Subnet();
            if (subnet != null) {
                bySubnet.computeIfAbsent(subnet, s -> new ArrayList<>()).add(nic);
            }
        }
        List<Home> homes = new ArrayList<>();
        for (Map.Entry<IPAddress, List<NetInterface>> entry : bySubnet.entrySet()) {
            List<NetInterface> holders = entry.getValue();
            String owner = bySubnet.size() == 1 ? port
                    : holders.stream().map(NetInterface::describe).collect(Collectors.joining(", "));
            NetInterface first = holders.get(0);
            Located<IPAddress> address = v4 ? first.ipv4().address() : first.ipv6().address();
            homes.add(new Home(entry.getKey(), owner, address.location()));
        }
        return homes;
    }

    /** The addresses inside every home, or {@code null} when there is no home or they share none. */
    public static IPAddressSeqRange common(List<Home> homes) {
        IPAddressSeqRange common = null;
        for (Home home : homes) {
            common = common == null ? home.range() : common.intersect(home.range());
            if (common == null) {
                return null;
            }
        }
        return common;
    }
}
