package dev.netlint.core.plan;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forwarding model of the Kubernetes VMs (SPEC §2.3). A route is installed only when its
 * interface is the compute port, that port is static, and its next hop is on-link and not local. A
 * destination is connected when it lies in the compute port's subnet; else the most specific
 * installed route wins (lower metric breaks ties); else traffic takes the default path through the
 * internal NAT switch out of the port with a default gateway, or goes nowhere.
 */
public final class Forwarding {

    /** Why a route is or is not in the VMs' routing table. */
    public enum RouteState {
        INSTALLED, INCOMPLETE, METRIC_INVALID, NOT_COMPUTE_PORT, NO_COMPUTE_PORT, PORT_DHCP, FAMILY_MISMATCH,
        NEXT_HOP_OFF_LINK, NEXT_HOP_LOCAL, SUBNET_UNKNOWN
    }

    /** Where the VMs' traffic leaves when no route matches: a port with a gateway, behind NAT. */
    public record Egress(String port, String gateway) {

        public String describe() {
            return gateway == null
                    ? "the default path through the internal NAT switch out of " + port + " (DHCP)"
                    : "the default path through the internal NAT switch out of " + port + " via gateway " + gateway;
        }
    }

    /** How a destination is reached. */
    public sealed interface Path permits Connected, Routed, DefaultPath {
    }

    public record Connected(IPAddress subnet) implements Path {
    }

    public record Routed(KubeRoute route) implements Path {
    }

    /** @param egress empty when no port has a gateway: the traffic goes nowhere */
    public record DefaultPath(Optional<Egress> egress) implements Path {

        public String describe() {
            return egress.map(Egress::describe).orElse("nowhere: no port has a default gateway");
        }
    }

    /**
     * How much of a network the VMs reach directly or through installed routes.
     *
     * @param uncovered the parts reached by neither, as prefix blocks, lowest first
     * @param via the installed routes that carry some of it, most specific first
     */
    public record Coverage(IPAddress network, boolean connected, List<IPAddress> uncovered, List<KubeRoute> via) {

        public boolean complete() {
            return uncovered.isEmpty();
        }

        public boolean none() {
            return uncovered.size() == 1 && uncovered.get(0).equals(network);
        }
    }

    private final String computePort;
    private final boolean computeStatic;
    private final List<IPAddress> connected;
    private final List<IPAddress> connectedV4;
    private final List<IPAddress> connectedV6;
    private final AddressPlan plan;
    private final IPv4AddressAssociativeTrie<KubeRoute> v4 = new IPv4AddressAssociativeTrie<>();
    private final IPv6AddressAssociativeTrie<KubeRoute> v6 = new IPv6AddressAssociativeTrie<>();
    private final Optional<Egress> egress;
    /** The state of each route of the device, by identity: records hash deeply, and rules ask per route. */
    private final Map<KubeRoute, RouteState> states = new IdentityHashMap<>();

    private Forwarding(Device device, AddressPlan plan) {
        this.plan = plan;
        this.computePort = device.computePort().orElse(null);
        List<NetInterface> computeNics = computePort == null ? List.of() : device.ports(computePort);
        this.computeStatic = !computeNics.isEmpty() && computeNics.stream().allMatch(NetInterface::isStatic);
        this.connected = computeStatic ? plan.computeSubnets() : List.of();
        this.connectedV4 = connected.stream().filter(IPAddress::isIPv4).toList();
        this.connectedV6 = connected.stream().filter(IPAddress::isIPv6).toList();
        this.egress = findEgress(device);
        // The best route per destination first, then one trie insertion per destination: the trie is the
        // costly part (measured by the benchmark on 100,000 routes), a hash map is not.
        Map<IPAddress, KubeRoute> best = new HashMap<>();
        // A device has thousands of routes but a few next hops: ask the plan once per next hop.
        Map<IPAddress, Boolean> localNextHops = new HashMap<>();
        for (KubeRoute route : device.kubernetes().routes()) {
            RouteState state = computeState(route, localNextHops);
            states.put(route, state);
            if (state == RouteState.INSTALLED) {
                best.merge(route.destination(), route, (current, later) ->
                        later.metric() < current.metric() ? later : current);
            }
        }
        for (Map.Entry<IPAddress, KubeRoute> entry : best.entrySet()) {
            IPAddress destination = entry.getKey();
            if (destination.isIPv4()) {
                v4.put(destination.toIPv4(), entry.getValue());
            } else {
                v6.put(destination.toIPv6(), entry.getValue());
            }
        }
    }

    public static Forwarding of(Device device, AddressPlan plan) {
        return new Forwarding(device, plan);
    }

    private static Optional<Egress> findEgress(Device device) {
        for (NetInterface port : device.interfaces()) {
            Located<IPAddress> gateway = port.ipv4Gateway();
            if (gateway != null && port.portName() != null) {
                return Optional.of(new Egress(port.portName(), gateway.value().toCanonicalString()));
            }
        }
        return device.interfaces().stream()
                .filter(p -> p.isDhcp() && p.portName() != null)
                .findFirst()
                .map(p -> new Egress(p.portName(), null));
    }

    /** The compute port's name, or {@code null} when no vSwitch is enabled for compute. */
    public String computePort() {
        return computePort;
    }

    /** The compute port's static subnets; empty when it is DHCP or absent. */
    public List<IPAddress> connectedSubnets() {
        return connected;
    }

    public Optional<Egress> defaultEgress() {
        return egress;
    }

    /** Whether the route would be installed on the VMs, and if not, why. */
    public RouteState state(KubeRoute route) {
        RouteState known = states.get(route);
        return known != null ? known : computeState(route, null);
    }

    /** @param localNextHops what the plan said of next hops so far, or {@code null} to ask it every time */
    private RouteState computeState(KubeRoute route, Map<IPAddress, Boolean> localNextHops) {
        IPAddress destination = route.destination();
        IPAddress nextHop = route.nextHopAddress();
        if (route.alias() == null || destination == null || nextHop == null) {
            return RouteState.INCOMPLETE;
        }
        Long metric = route.metric();
        if (metric == null || metric < 0) {
            return RouteState.METRIC_INVALID;
        }
        if (computePort == null) {
            return RouteState.NO_COMPUTE_PORT;
        }
        if (!computePort.equalsIgnoreCase(route.alias())) {
            return RouteState.NOT_COMPUTE_PORT;
        }
        if (!computeStatic) {
            return RouteState.PORT_DHCP;
        }
        if (destination.getIPVersion() != nextHop.getIPVersion()) {
            return RouteState.FAMILY_MISMATCH;
        }
        List<IPAddress> sameFamily = nextHop.isIPv4() ? connectedV4 : connectedV6;
        if (sameFamily.isEmpty()) {
            return RouteState.SUBNET_UNKNOWN;
        }
        if (!onLink(sameFamily, nextHop)) {
            return RouteState.NEXT_HOP_OFF_LINK;
        }
        boolean local = localNextHops == null ? plan.isLocal(nextHop)
                : localNextHops.computeIfAbsent(nextHop, plan::isLocal);
        if (local) {
            return RouteState.NEXT_HOP_LOCAL;
        }
        return RouteState.INSTALLED;
    }

    private static boolean onLink(List<IPAddress> subnets, IPAddress nextHop) {
        for (IPAddress subnet : subnets) {
            if (subnet.contains(nextHop)) {
                return true;
            }
        }
        return false;
    }


    /** Where the VMs send a packet for {@code address}. */
    public Path lookup(IPAddress address) {
        IPAddress host = address.withoutPrefixLength();
        for (IPAddress subnet : connected) {
            if (subnet.contains(host)) {
                return new Connected(subnet);
            }
        }
        KubeRoute route = containingRoute(host);
        return route != null ? new Routed(route) : new DefaultPath(egress);
    }

    /** The default path, for messages about traffic that no route carries. */
    public DefaultPath defaultPath() {
        return new DefaultPath(egress);
    }

    /** Which parts of a network (a prefix block) are connected or routed, and which are left over. */
    public Coverage coverage(IPAddress network) {
        IPAddress block = network.isPrefixed() ? network.toPrefixBlock() : network;
        for (IPAddress subnet : connected) {
            if (subnet.contains(block)) {
                return new Coverage(block, true, List.of(), List.of());
            }
        }
        KubeRoute containing = containingRoute(block);
        if (containing != null) {
            return new Coverage(block, false, List.of(), List.of(containing));
        }
        List<IPAddressSeqRange> covering = new ArrayList<>();
        boolean anyConnected = false;
        for (IPAddress subnet : connected) {
            if (block.contains(subnet)) {
                covering.add(subnet.toSequentialRange());
                anyConnected = true;
            }
        }
        List<KubeRoute> via = routesInside(block);
        for (KubeRoute route : via) {
            covering.add(route.destination().toSequentialRange());
        }
        return new Coverage(block, anyConnected, uncovered(block, covering), via);
    }

    private KubeRoute containingRoute(IPAddress block) {
        if (block.isIPv4()) {
            var node = v4.longestPrefixMatchNode(block.toIPv4());
            return node == null ? null : node.getValue();
        }
        var node = v6.longestPrefixMatchNode(block.toIPv6());
        return node == null ? null : node.getValue();
    }

    private List<KubeRoute> routesInside(IPAddress block) {
        List<KubeRoute> result = new ArrayList<>();
        if (block.isIPv4()) {
            IPv4AddressAssociativeTrie.IPv4AssociativeTrieNode<KubeRoute> sub = v4.elementsContainedBy(block.toIPv4());
            if (sub != null) {
                Iterator<IPv4AddressAssociativeTrie.IPv4AssociativeTrieNode<KubeRoute>> it = sub.nodeIterator(true);
                it.forEachRemaining(n -> result.add(n.getValue()));
            }
        } else {
            IPv6AddressAssociativeTrie.IPv6AssociativeTrieNode<KubeRoute> sub = v6.elementsContainedBy(block.toIPv6());
            if (sub != null) {
                Iterator<IPv6AddressAssociativeTrie.IPv6AssociativeTrieNode<KubeRoute>> it = sub.nodeIterator(true);
                it.forEachRemaining(n -> result.add(n.getValue()));
            }
        }
        result.sort(Comparator.comparingInt((KubeRoute r) -> prefixOf(r.destination())).reversed());
        return result;
    }

    private static int prefixOf(IPAddress address) {
        Integer length = address.getNetworkPrefixLength();
        return length == null ? address.getBitCount() : length;
    }

    /** {@code block} minus the union of {@code covering}, as prefix blocks. */
    private static List<IPAddress> uncovered(IPAddress block, List<IPAddressSeqRange> covering) {
        covering.sort(Overlaps.BY_START);
        List<IPAddressSeqRange> gaps = new ArrayList<>();
        IPAddressSeqRange remaining = block.toSequentialRange();
        for (IPAddressSeqRange cover : covering) {
            if (remaining == null) {
                break;
            }
            IPAddressSeqRange[] parts = remaining.subtract(cover);
            remaining = null;
            for (IPAddressSeqRange part : parts) {
                if (Overlaps.compareValue(part.getUpper(), cover.getLower()) < 0) {
                    gaps.add(part);
                } else {
                    remaining = part;
                }
            }
        }
        if (remaining != null) {
            gaps.add(remaining);
        }
        List<IPAddress> blocks = new ArrayList<>();
        for (IPAddressSeqRange gap : gaps) {
            for (IPAddress prefix : gap.spanWithPrefixBlocks()) {
                blocks.add(prefix);
            }
        }
        return blocks;
    }
}
