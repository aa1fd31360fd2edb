package dev.netlint.core.plan;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddress.IPVersion;
import inet.ipaddr.format.util.AssociativeAddressTrie;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forwarding model of the Kubernetes VMs, the single source of truth of the routing and
 * reachability rules.
 *
 * <p>A route is installed only when it is complete, its metric is a non-negative integer, its
 * interface is the compute port, that port is static on every node, its destination and next hop are
 * of one family, its next hop is not an address the device or the cluster owns, and the next hop is
 * on-link: inside a subnet of the compute port, or an IPv6 link-local address when the port has IPv6
 * (RFC 4861: link-local addresses are on-link on every IPv6 interface), and it is a host of that
 * link: not the network or broadcast address of an IPv4 subnet of the compute port (Linux refuses a
 * gateway that is not a unicast address). A destination is connected when it lies in the compute
 * port's subnet; else the most specific installed route whose prefix contains it wins (lower metric
 * breaks ties, then the route written first); else traffic takes the default path of its address
 * family through the internal NAT switch out of the port with a default gateway of that family, or
 * goes nowhere.
 *
 * <p>Built once per device; every question is answered by the IPAddress tries (longest-prefix match,
 * sub-tries) or by one sort and sweep, never by a loop over all routes. The route states are computed
 * at once; the tries only when a question needs them: filling them is the costliest step (100,000
 * routes: about 0.2-0.4 s warm, 1-2 s in a fresh JVM, measured by the benchmark), and the rules that
 * only ask for states need not wait for it.
 */
public final class Forwarding {

    /**
     * Why a route is or is not in the VMs' routing table. {@link #state} checks the reasons in this
     * order: incomplete, no compute port, not the compute port, DHCP, family, local next hop, unknown
     * subnet, off-link, not a host of the link, metric. The metric comes last because it is independent
     * of the rest: a route whose state is {@code NEXT_HOP_OFF_LINK} has an off-link next hop whatever
     * its metric.
     */
    public enum RouteState {
        INSTALLED, INCOMPLETE, METRIC_INVALID, NOT_COMPUTE_PORT, NO_COMPUTE_PORT, PORT_DHCP, FAMILY_MISMATCH,
        NEXT_HOP_OFF_LINK, NEXT_HOP_NOT_HOST, NEXT_HOP_LOCAL, SUBNET_UNKNOWN
    }

    /**
     * Where the VMs' traffic of one family leaves when no route matches: a port with a gateway of that
     * family, behind NAT; {@code gateway} is {@code null} for a DHCP port, which learns one.
     */
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

    /**
     * @param version the address family of the traffic
     * @param egress empty when no port has a default gateway of that family: the traffic goes nowhere
     */
    public record DefaultPath(IPVersion version, Optional<Egress> egress) implements Path {

        public String describe() {
            return egress.map(Egress::describe).orElse("nowhere: no port has an " + (version.isIPv4() ? "IPv4" : "IPv6")
                    + " default gateway");
        }
    }

    /**
     * How much of a network the VMs reach directly or through installed routes.
     *
     * @param connected whether some of it lies in a connected subnet
     * @param uncovered the parts reached by neither, as prefix blocks, lowest first
     * @param via the installed routes that carry some of it (each is the most specific installed route
     *     for at least one of its addresses outside the connected subnets), in address order of their
     *     destinations, outer before inner
     */
    public record Coverage(IPAddress network, boolean connected, List<IPAddress> uncovered, List<KubeRoute> via) {

        public boolean complete() {
            return uncovered.isEmpty();
        }

        /** Whether nothing of the network is connected or routed. */
        public boolean none() {
            return uncovered.size() == 1 && uncovered.get(0).equals(network);
        }
    }

    /** The longest IPv4 prefix whose subnet has a network and a broadcast address (RFC 3021). */
    private static final int LAST_PREFIX_WITH_BROADCAST = 30;

    private static final Comparator<KubeRoute> BY_DESTINATION =
            Comparator.comparing(r -> key(r.destination()).toSequentialRange(), Overlaps.BY_START_OUTER_FIRST);

    private final String computePort;
    /** Whether the compute vSwitch and its port are known (every vSwitch's compute flag was read). */
    private final boolean computeKnown;
    private final List<NetInterface> computeNics;
    private final boolean computeStatic;
    private final boolean computeDhcp;
    private final List<IPAddress> connected;
    private final List<IPAddress> connectedV4;
    private final List<IPAddress> connectedV6;
    private final boolean knowsV4;
    private final boolean knowsV6;
    private final AddressPlan plan;
    private final Map<PrefixKey, Boolean> localNextHops = new ConcurrentHashMap<>();
    private final List<KubeRoute> routes;
    private volatile Tries tries;
    private final Map<KubeRoute, RouteState> states;
    private final Map<PrefixKey, Coverage> coverages = new ConcurrentHashMap<>();
    private final Optional<Egress> egressV4;
    private final Optional<Egress> egressV6;

    private Forwarding(Device device, AddressPlan plan) {
        this.plan = plan;
        this.computeKnown = device.computeKnown();
        this.computePort = device.computePort().orElse(null);
        this.computeNics = computePort == null ? List.of() : device.ports(computePort);
        this.computeStatic = !computeNics.isEmpty() && computeNics.stream().allMatch(NetInterface::isStatic);
        this.computeDhcp = computeNics.stream().anyMatch(NetInterface::isDhcp);
        this.connected = computeStatic ? plan.computeSubnets() : List.of();
        this.connectedV4 = connected.stream().filter(IPAddress::isIPv4).toList();
        this.connectedV6 = connected.stream().filter(IPAddress::isIPv6).toList();
        this.knowsV4 = findKnows(IPVersion.IPV4);
        this.knowsV6 = findKnows(IPVersion.IPV6);
        this.egressV4 = findEgress(device, IPVersion.IPV4);
        this.egressV6 = findEgress(device, IPVersion.IPV6);
        this.routes = device.kubernetes().routes();
        this.states = new IdentityHashMap<>(routes.size());
        for (KubeRoute route : routes) {
            states.put(route, evaluate(route, route.destination()));
        }
    }

    /** The installed routes and the refused complete ones, each by destination, in IPAddress tries. */
    private static final class Tries {
        final IPv4AddressAssociativeTrie<KubeRoute> v4 = new IPv4AddressAssociativeTrie<>();
        final IPv6AddressAssociativeTrie<KubeRoute> v6 = new IPv6AddressAssociativeTrie<>();
        final IPv4AddressAssociativeTrie<KubeRoute> refusedV4 = new IPv4AddressAssociativeTrie<>();
        final IPv6AddressAssociativeTrie<KubeRoute> refusedV6 = new IPv6AddressAssociativeTrie<>();
    }

    private Tries tries() {
        Tries result = tries;
        if (result == null) {
            synchronized (this) {
                result = tries;
                if (result == null) {
                    result = fill();
                    tries = result;
                }
            }
        }
        return result;
    }

    private Tries fill() {
        Tries filled = new Tries();
        for (KubeRoute route : routes) {
            IPAddress destination = route.destination();
            if (destination == null) {
                continue;
            }
            if (states.get(route) == RouteState.INSTALLED) {
                install(route, key(destination), filled.v4, filled.v6, true);
            } else {
                install(route, key(destination), filled.refusedV4, filled.refusedV6, false);
            }
        }
        return filled;
    }

    public static Forwarding of(Device device, AddressPlan plan) {
        return new Forwarding(device, plan);
    }

    /**
     * The port the VMs' default path of a family leaves by. IPv4: the first port with a static IPv4
     * gateway, else the first DHCP port (which learns a gateway from its DHCP server). IPv6: the first
     * port with a static IPv6 gateway; the device's DHCP is DHCPv4, so a DHCP port is no IPv6 way out.
     */
    private static Optional<Egress> findEgress(Device device, IPVersion version) {
        for (NetInterface port : device.interfaces()) {
            Located<IPAddress> gateway = gateway(port, version);
            if (gateway != null && port.portName() != null) {
                return Optional.of(new Egress(port.portName(), gateway.value().toCanonicalString()));
            }
        }
        if (version.isIPv6()) {
            return Optional.empty();
        }
        return device.interfaces().stream()
                .filter(p -> p.isDhcp() && p.portName() != null)
                .findFirst()
                .map(p -> new Egress(p.portName(), null));
    }

    private static Located<IPAddress> gateway(NetInterface port, IPVersion version) {
        if (version.isIPv4()) {
            return port.ipv4Gateway();
        }
        return port.isStatic() && port.ipv6() != null ? port.ipv6().gateway() : null;
    }

    /** The trie key of a destination: its prefix block, or the bare address for a single host. */
    private static IPAddress key(IPAddress destination) {
        return destination.isMultiple() ? destination : destination.withoutPrefixLength();
    }

    private static void install(KubeRoute route, IPAddress destination, IPv4AddressAssociativeTrie<KubeRoute> v4Trie,
                                IPv6AddressAssociativeTrie<KubeRoute> v6Trie, boolean byMetric) {
        if (destination.isIPv4()) {
            keepFirst(v4Trie, destination.toIPv4(), route, byMetric);
        } else {
            keepFirst(v6Trie, destination.toIPv6(), route, byMetric);
        }
    }

    /** Keeps the route of lowest metric per destination (when {@code byMetric}), the first written on a tie. */
    private static <K extends IPAddress> void keepFirst(AssociativeAddressTrie<K, KubeRoute> trie, K key,
                                                         KubeRoute route, boolean byMetric) {
        trie.remap(key, current -> current == null || byMetric && route.metric() < current.metric() ? route : current);
    }

    /** The compute port's name, or {@code null} when no vSwitch is enabled for compute on one port. */
    public String computePort() {
        return computePort;
    }

    /** The interfaces of the compute port, one per node; empty when there is no compute port or none is declared. */
    public List<NetInterface> computeInterfaces() {
        return computeNics;
    }

    /** The compute port's static subnets; empty when it is DHCP or absent. */
    public List<IPAddress> connectedSubnets() {
        return connected;
    }

    /** The connected subnets of one family. */
    public List<IPAddress> connectedSubnets(IPVersion version) {
        return version == IPVersion.IPV4 ? connectedV4 : connectedV6;
    }

    /**
     * Whether the VMs' connected subnets of this family are known: there is a compute port, it is
     * declared and static on every node, and each node either gives it a subnet of this family with a
     * known prefix length or gives it none of this family while its other family is known (an IPv4-only
     * port is known to have no IPv6 subnet). When this is false, the routing rules stay silent.
     */
    public boolean knowsConnected(IPVersion version) {
        return version == IPVersion.IPV4 ? knowsV4 : knowsV6;
    }

    private boolean findKnows(IPVersion version) {
        if (!computeKnown || !computeStatic) {
            return false;
        }
        for (NetInterface nic : computeNics) {
            boolean v4 = version == IPVersion.IPV4;
            IPAddress subnet = v4 ? nic.ipv4Subnet() : nic.ipv6Subnet();
            if (subnet != null) {
                continue;
            }
            boolean written = v4 ? nic.ipv4() != null && nic.ipv4().address() != null
                    : nic.ipv6() != null && nic.ipv6().address() != null;
            if (written || nic.subnets().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a next hop is on-link for the VMs: inside a connected subnet of its family, or IPv6
     * link-local while the compute port has an IPv6 subnet. Meaningful when {@link #knowsConnected} is.
     */
    public boolean isOnLink(IPAddress nextHop) {
        IPAddress host = nextHop.isPrefixed() ? nextHop.withoutPrefixLength() : nextHop;
        List<IPAddress> sameFamily = host.isIPv4() ? connectedV4 : connectedV6;
        if (host.isIPv6() && host.isLinkLocal() && !sameFamily.isEmpty()) {
            return true;
        }
        for (IPAddress subnet : sameFamily) {
            if (subnet.contains(host)) {
                return true;
            }
        }
        return false;
    }

    /** Where the VMs' traffic of this family leaves when nothing else carries it; empty: nowhere. */
    public Optional<Egress> defaultEgress(IPVersion version) {
        return version.isIPv4() ? egressV4 : egressV6;
    }

    /** Whether the route would be installed on the VMs, and if not, the first reason in {@link RouteState} order. */
    public RouteState state(KubeRoute route) {
        RouteState known = states.get(route);
        return known != null ? known : evaluate(route, route.destination());
    }

    private RouteState evaluate(KubeRoute route, IPAddress destination) {
        IPAddress nextHop = route.nextHopAddress();
        if (route.alias() == null || destination == null || nextHop == null) {
            return RouteState.INCOMPLETE;
        }
        if (!computeKnown) {
            return RouteState.SUBNET_UNKNOWN;
        }
        if (computePort == null) {
            return RouteState.NO_COMPUTE_PORT;
        }
        if (!computePort.equalsIgnoreCase(route.alias().trim())) {
            return RouteState.NOT_COMPUTE_PORT;
        }
        if (computeDhcp) {
            return RouteState.PORT_DHCP;
        }
        if (destination.getIPVersion() != nextHop.getIPVersion()) {
            return RouteState.FAMILY_MISMATCH;
        }
        if (localNextHops.computeIfAbsent(PrefixKey.of(nextHop), k -> plan.isLocal(nextHop))) {
            return RouteState.NEXT_HOP_LOCAL;
        }
        if (!knowsConnected(nextHop.getIPVersion())) {
            return RouteState.SUBNET_UNKNOWN;
        }
        if (!isOnLink(nextHop)) {
            return RouteState.NEXT_HOP_OFF_LINK;
        }
        if (reservedRole(nextHop) != null) {
            return RouteState.NEXT_HOP_NOT_HOST;
        }
        Long metric = route.metric();
        if (metric == null || metric < 0) {
            return RouteState.METRIC_INVALID;
        }
        return RouteState.INSTALLED;
    }

    /** Where the VMs send a packet for {@code address}. */
    public Path lookup(IPAddress address) {
        IPAddress host = address.withoutPrefixLength();
        for (IPAddress subnet : connected) {
            if (subnet.contains(host)) {
                return new Connected(subnet);
            }
        }
        Tries index = tries();
        KubeRoute route = containing(host, index.v4, index.v6);
        return route != null ? new Routed(route) : defaultPath(host.getIPVersion());
    }

    /** The default path of a family, for messages about traffic that no route carries. */
    public DefaultPath defaultPath(IPVersion version) {
        return new DefaultPath(version, defaultEgress(version));
    }

    /**
     * Why a next hop inside a connected subnet is no host of that link: {@code the broadcast address
     * of 192.168.20.0/24} (or network address), for an IPv4 subnet of a prefix length up to 30 (RFC
     * 3021 point-to-point /31 links use both addresses); {@code null} when it is a host. Every IPv4
     * connected subnet counts: on a cluster whose nodes disagree, the route fails on the node for
     * which the address is not a host.
     */
    public String reservedRole(IPAddress nextHop) {
        IPAddress host = nextHop.isPrefixed() ? nextHop.withoutPrefixLength() : nextHop;
        if (!host.isIPv4()) {
            return null;
        }
        for (IPAddress subnet : connectedV4) {
            Integer length = subnet.getNetworkPrefixLength();
            if (length == null || length > LAST_PREFIX_WITH_BROADCAST) {
                continue;
            }
            if (host.equals(subnet.getLower().withoutPrefixLength())) {
                return "the network address of " + subnet.toCanonicalString();
            }
            if (host.equals(subnet.getUpper().withoutPrefixLength())) {
                return "the broadcast address of " + subnet.toCanonicalString();
            }
        }
        return null;
    }

    /**
     * A complete route written for (part of) this network that the VMs refuse, to explain why the
     * network is not reached: the most specific refused route containing it, else the lowest one
     * inside it; empty when there is none.
     */
    public Optional<KubeRoute> refusedRoute(IPAddress network) {
        IPAddress block = block(network);
        Tries index = tries();
        KubeRoute outer = containing(block, index.refusedV4, index.refusedV6);
        if (outer != null) {
            return Optional.of(outer);
        }
        return inside(block, index.refusedV4, index.refusedV6).stream().min(BY_DESTINATION);
    }

    /**
     * Which parts of a network (a prefix block or one address) are connected or routed, and which are
     * left over. One longest-prefix match, one sub-trie walk and one sweep over the routes inside the
     * network: O(k log k) for k routes inside it. Remembered per network, since both reachability rules
     * ask about every required network.
     */
    public Coverage coverage(IPAddress network) {
        IPAddress block = block(network);
        PrefixKey key = PrefixKey.of(block);
        Coverage known = coverages.get(key);
        if (known == null) {
            known = computeCoverage(block);
            coverages.put(key, known);
        }
        return known;
    }

    private Coverage computeCoverage(IPAddress block) {
        for (IPAddress subnet : connected) {
            if (subnet.contains(block)) {
                return new Coverage(block, true, List.of(), List.of());
            }
        }
        Tries index = tries();
        KubeRoute outer = containing(block, index.v4, index.v6);
        List<Span> spans = new ArrayList<>();
        for (IPAddress subnet : connected) {
            if (block.contains(subnet)) {
                spans.add(Span.of(subnet, null));
            }
        }
        for (KubeRoute route : inside(block, index.v4, index.v6)) {
            if (route != outer) {
                spans.add(Span.of(key(route.destination()), route));
            }
        }
        if (spans.isEmpty()) {
            return outer != null ? new Coverage(block, false, List.of(), List.of(outer))
                    : new Coverage(block, false, List.of(block), List.of());
        }
        return sweep(block, outer, spans);
    }

    /** A connected subnet ({@code route == null}) or an installed route's destination, as numbers. */
    private record Span(BigInteger lower, BigInteger upper, KubeRoute route) {

        static Span of(IPAddress prefix, KubeRoute route) {
            return new Span(prefix.getValue(), prefix.getUpperValue(), route);
        }
    }

    /**
     * Walks the network from its lowest address to its highest. The spans are prefix blocks, so any two
     * are nested or disjoint: sorted by start, outer first, they form a stack whose top is the most
     * specific span open at the current address. A stretch is connected when a connected subnet is
     * open, else carried by the innermost open route, else by {@code outer}, else uncovered.
     */
    private Coverage sweep(IPAddress block, KubeRoute outer, List<Span> spans) {
        spans.sort(Comparator.comparing(Span::lower)
                .thenComparing(Span::upper, Comparator.reverseOrder())
                .thenComparing(s -> s.route() == null ? 0 : 1));
        Sweep walk = new Sweep(block, outer);
        for (Span span : spans) {
            while (!walk.open.isEmpty() && walk.open.peek().upper().compareTo(span.lower()) < 0) {
                walk.close();
            }
            walk.emitUpTo(span.lower().subtract(BigInteger.ONE));
            walk.push(span);
        }
        while (!walk.open.isEmpty()) {
            walk.close();
        }
        walk.emitUpTo(block.getUpperValue());
        List<KubeRoute> via = new ArrayList<>(walk.via.keySet());
        via.sort(BY_DESTINATION);
        return new Coverage(block, walk.anyConnected, walk.uncoveredBlocks(), List.copyOf(via));
    }

    /** The state of one sweep over a network. */
    private static final class Sweep {

        private final IPAddress block;
        private final KubeRoute outer;
        private final Deque<Span> open = new ArrayDeque<>();
        private final Map<KubeRoute, Boolean> via = new IdentityHashMap<>();
        private final List<BigInteger[]> gaps = new ArrayList<>();
        private int connectedOpen;
        private boolean anyConnected;
        private BigInteger position;

        Sweep(IPAddress block, KubeRoute outer) {
            this.block = block;
            this.outer = outer;
            this.position = block.getValue();
        }

        void push(Span span) {
            open.push(span);
            if (span.route() == null) {
                connectedOpen++;
            }
        }

        void close() {
            Span top = open.peek();
            emitUpTo(top.upper());
            open.pop();
            if (top.route() == null) {
                connectedOpen--;
            }
        }

        /** Attributes the addresses from the current position to {@code last} (inclusive) to the owner now open. */
        void emitUpTo(BigInteger last) {
            if (position.compareTo(last) > 0) {
                return;
            }
            if (connectedOpen > 0) {
                anyConnected = true;
            } else if (!open.isEmpty()) {
                via.put(open.peek().route(), Boolean.TRUE);
            } else if (outer != null) {
                via.put(outer, Boolean.TRUE);
            } else if (!gaps.isEmpty() && gaps.get(gaps.size() - 1)[1].add(BigInteger.ONE).equals(position)) {
                gaps.get(gaps.size() - 1)[1] = last;
            } else {
                gaps.add(new BigInteger[] {position, last});
            }
            position = last.add(BigInteger.ONE);
        }

        List<IPAddress> uncoveredBlocks() {
            List<IPAddress> blocks = new ArrayList<>();
            for (BigInteger[] gap : gaps) {
                IPAddress lower = address(block, gap[0]);
                IPAddress upper = address(block, gap[1]);
                Collections.addAll(blocks, lower.spanWithRange(upper).spanWithPrefixBlocks());
            }
            return List.copyOf(blocks);
        }
    }

    private static IPAddress address(IPAddress family, BigInteger value) {
        return family.isIPv4() ? new IPv4Address(value.intValue()) : new IPv6Address(value);
    }

    private static IPAddress block(IPAddress network) {
        return network.isPrefixed() ? network.toPrefixBlock() : network;
    }

    private static KubeRoute containing(IPAddress block, IPv4AddressAssociativeTrie<KubeRoute> v4Trie,
                                        IPv6AddressAssociativeTrie<KubeRoute> v6Trie) {
        IPAddress key = key(block);
        if (key.isIPv4()) {
            var node = v4Trie.longestPrefixMatchNode(key.toIPv4());
            return node == null ? null : node.getValue();
        }
        var node = v6Trie.longestPrefixMatchNode(key.toIPv6());
        return node == null ? null : node.getValue();
    }

    /** The routes whose destination lies inside the block (the block itself included). */
    private static List<KubeRoute> inside(IPAddress block, IPv4AddressAssociativeTrie<KubeRoute> v4Trie,
                                          IPv6AddressAssociativeTrie<KubeRoute> v6Trie) {
        List<KubeRoute> result = new ArrayList<>();
        IPAddress key = key(block);
        if (key.isIPv4()) {
            var sub = v4Trie.elementsContainedBy(key.toIPv4());
            if (sub != null) {
                Iterator<IPv4AddressAssociativeTrie.IPv4AssociativeTrieNode<KubeRoute>> it = sub.nodeIterator(true);
                it.forEachRemaining(n -> result.add(n.getValue()));
            }
        } else {
            var sub = v6Trie.elementsContainedBy(key.toIPv6());
            if (sub != null) {
                Iterator<IPv6AddressAssociativeTrie.IPv6AssociativeTrieNode<KubeRoute>> it = sub.nodeIterator(true);
                it.forEachRemaining(n -> result.add(n.getValue()));
            }
        }
        return result;
    }
}
