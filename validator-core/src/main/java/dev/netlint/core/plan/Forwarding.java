package dev.netlint.core.plan;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.RequiredNetwork;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddress.IPVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * gateway that is not a unicast address). A destination goes where the most specific of the connected
 * subnets and the installed routes that hold it says, as Linux's longest-prefix match does (on one
 * prefix, the lower metric as the kernel holds it wins, then the route written first, and a connected
 * subnet wins over a route to the same prefix unless that is IPv6 with a metric below 256); when none
 * holds it, traffic takes the default path of its address family through the internal NAT switch out
 * of the port with a default gateway of that family, or goes nowhere. The model is tested against the
 * Linux kernel (docs/forwarding-model.md says where it differs on purpose).
 *
 * <p>Built once per device. The state of every route is worked out at once ({@link RouteTable});
 * every question about destinations is answered by a sorted table of the routes' prefixes
 * ({@link PrefixTable}: longest-prefix match, the prefixes inside a block) or by one sort and sweep
 * ({@link CoverageSweep}), never by a loop over all routes. What
 * the rules say about it is theirs: this class gives facts, not sentences.
 */
public final class Forwarding {

    /**
     * Where the VMs' traffic of one family leaves when no route matches: a port with a gateway of that
     * family, behind NAT; {@code gateway} is {@code null} for a DHCP port, which learns one.
     */
    public record Egress(String port, String gateway) {
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
    }

    /**
     * An address of a connected IPv4 subnet that is no host of the link: its network address, or its
     * broadcast address ({@code broadcast}).
     */
    public record SubnetEdge(boolean broadcast, IPAddress subnet) {
    }

    /** The largest metric of a Linux routing table, whose route priority is a 32-bit unsigned number. */
    private static final long LARGEST_METRIC = 0xFFFF_FFFFL;

    /** The longest IPv4 prefix whose subnet has a network and a broadcast address (RFC 3021). */
    private static final int LAST_PREFIX_WITH_BROADCAST = 30;

    private final String computePort;
    /** Whether the compute vSwitch and its port are known (every vSwitch's compute flag was read). */
    private final boolean computeKnown;
    private final List<NetInterface> computeNics;
    private final boolean computeDhcp;
    private final List<IPAddress> connected;
    private final List<IPAddress> connectedV4;
    private final List<IPAddress> connectedV6;
    /** The network and broadcast address (without prefix length) of each IPv4 connected subnet that has them. */
    private final List<IPAddress[]> edges = new ArrayList<>();
    private final boolean knowsV4;
    private final boolean knowsV6;
    private final AddressPlan plan;
    private final Optional<Egress> egressV4;
    private final Optional<Egress> egressV6;
    private final RouteTable table;
    /** The coverage of every required network, worked out at the first question, in {@link AddressOrder}. */
    private final Lazy<Map<PrefixKey, Coverage>> requiredCoverages;
    /** The coverage of any other network asked about. */
    private final Map<PrefixKey, Coverage> coverages = new ConcurrentHashMap<>();

    private Forwarding(Device device, AddressPlan plan) {
        this.plan = plan;
        this.computeKnown = device.computeKnown();
        this.computePort = device.computePort().orElse(null);
        this.computeNics = computePort == null ? List.of() : device.ports(computePort);
        boolean computeStatic = !computeNics.isEmpty() && computeNics.stream().allMatch(NetInterface::isStatic);
        this.computeDhcp = computeNics.stream().anyMatch(NetInterface::isDhcp);
        this.connected = computeStatic ? plan.computeSubnets() : List.of();
        this.connectedV4 = connected.stream().filter(IPAddress::isIPv4).toList();
        this.connectedV6 = connected.stream().filter(IPAddress::isIPv6).toList();
        for (IPAddress subnet : connectedV4) {
            Integer length = subnet.getNetworkPrefixLength();
            if (length != null && length <= LAST_PREFIX_WITH_BROADCAST) {
                edges.add(new IPAddress[] {subnet.getLower().withoutPrefixLength(),
                    subnet.getUpper().withoutPrefixLength(), subnet});
            }
        }
        this.knowsV4 = computeStatic && findKnows(IPVersion.IPV4);
        this.knowsV6 = computeStatic && findKnows(IPVersion.IPV6);
        this.egressV4 = findEgress(device, IPVersion.IPV4);
        this.egressV6 = findEgress(device, IPVersion.IPV6);
        List<KubeRoute> routes = device.kubernetes().routes();
        RouteState[] states = new RouteState[routes.size()];
        // next hops repeat (a handful of routers for thousands of routes): judged once per parsed address
        Map<IPAddress, RouteState> hops = new IdentityHashMap<>();
        for (int i = 0; i < states.length; i++) {
            states[i] = evaluate(routes.get(i), hops);
        }
        this.table = new RouteTable(routes, states);
        List<RequiredNetwork> required = device.kubernetes().requiredNetworks();
        this.requiredCoverages = Lazy.of(() -> coveragesOf(required));
        this.kubernetes = device.kubernetes();
    }

    /**
     * Whether every route that could carry traffic to {@code network} is known: no route change netlint
     * could not read (a runbook's value that is not literal, a command under a condition it cannot
     * evaluate) could serve it. When this is false, the rules that judge the whole route set stay silent
     * for the network.
     */
    public boolean knowsRoutesTo(IPAddress network) {
        return kubernetes.unreadRoutesServing(network).isEmpty();
    }

    private final dev.netlint.core.model.Kubernetes kubernetes;

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
        if (!computeKnown) {
            return false;
        }
        boolean v4 = version == IPVersion.IPV4;
        for (NetInterface nic : computeNics) {
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

    /** The state of each of the device's routes, in their order: what a rule walking every route reads. */
    public List<RouteState> states() {
        return table.states();
    }

    /** Whether the route would be installed on the VMs, and if not, the first reason in {@link RouteState} order. */
    public RouteState state(KubeRoute route) {
        RouteState known = table.state(route);
        return known != null ? known : evaluate(route, new IdentityHashMap<>());
    }

    private RouteState evaluate(KubeRoute route, Map<IPAddress, RouteState> hops) {
        IPAddress destination = route.destination();
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
        RouteState hop = hops.get(nextHop);
        if (hop == null) {
            hop = judgeNextHop(nextHop);
            hops.put(nextHop, hop);
        }
        if (hop != RouteState.INSTALLED) {
            return hop;
        }
        if (!route.hasIntegerMetric() || route.metricValue() < 0 || route.metricValue() > LARGEST_METRIC) {
            return RouteState.METRIC_INVALID;
        }
        return RouteState.INSTALLED;
    }

    /** What the next hop alone decides of a route on the static compute port: {@code INSTALLED} when nothing. */
    private RouteState judgeNextHop(IPAddress nextHop) {
        if (plan.isLocal(nextHop)) {
            return RouteState.NEXT_HOP_LOCAL;
        }
        if (!knowsConnected(nextHop.getIPVersion())) {
            return RouteState.SUBNET_UNKNOWN;
        }
        if (!isOnLink(nextHop)) {
            return RouteState.NEXT_HOP_OFF_LINK;
        }
        if (subnetEdge(nextHop) != null) {
            return RouteState.NEXT_HOP_NOT_HOST;
        }
        return RouteState.INSTALLED;
    }

    /**
     * Where the VMs send a packet for {@code address}: the most specific of the connected subnets and
     * the installed routes that hold it, as Linux's longest-prefix match does. A connected subnet is a
     * route of the kernel's own; a written route to the same prefix takes its place only when it is
     * IPv6 with a metric below the kernel's 256 ({@link #beatsConnected}).
     */
    public Path lookup(IPAddress address) {
        IPAddress host = address.withoutPrefixLength();
        IPAddress subnet = null;
        for (IPAddress candidate : connected) {
            if (candidate.contains(host) && (subnet == null
                    || candidate.getNetworkPrefixLength() > subnet.getNetworkPrefixLength())) {
                subnet = candidate;
            }
        }
        KubeRoute route = table.installedContaining(host);
        if (route != null && (subnet == null || beatsConnected(route, subnet))) {
            return new Routed(route);
        }
        return subnet != null ? new Connected(subnet) : defaultPath(host.getIPVersion());
    }

    /**
     * Whether an installed route carries what it shares with a connected subnet holding the same
     * address: it is more specific, or it has the same prefix and is IPv6 with a table metric below 256,
     * the metric of the kernel's own route to an IPv6 subnet. An IPv4 route to the connected prefix
     * never wins: the kernel's own route has metric 0, so one with metric 0 is refused as a duplicate
     * ("File exists") and any other loses.
     */
    static boolean beatsConnected(KubeRoute route, IPAddress subnet) {
        int length = route.destination().getNetworkPrefixLength();
        int connectedLength = subnet.getNetworkPrefixLength();
        if (length != connectedLength) {
            return length > connectedLength;
        }
        return subnet.isIPv6() && RouteTable.tableMetric(route) < RouteTable.IPV6_CONNECTED_METRIC;
    }

    /** The metric the VMs' Linux table gives a route (IPv6: 0 and none are 1024). */
    public static long tableMetric(KubeRoute route) {
        return RouteTable.tableMetric(route);
    }

    /** The default path of a family, for messages about traffic that no route carries. */
    public DefaultPath defaultPath(IPVersion version) {
        return new DefaultPath(version, defaultEgress(version));
    }

    /**
     * Why a next hop inside a connected subnet is no host of that link: it is the network or the
     * broadcast address of an IPv4 subnet of a prefix length up to 30 (RFC 3021 point-to-point /31
     * links use both addresses); {@code null} when it is a host. Every IPv4 connected subnet counts: on a
     * cluster whose nodes disagree, the route fails on the node for which the address is not a host.
     */
    public SubnetEdge subnetEdge(IPAddress nextHop) {
        IPAddress host = nextHop.isPrefixed() ? nextHop.withoutPrefixLength() : nextHop;
        if (!host.isIPv4()) {
            return null;
        }
        for (IPAddress[] edge : edges) {
            if (host.equals(edge[0])) {
                return new SubnetEdge(false, edge[2]);
            }
            if (host.equals(edge[1])) {
                return new SubnetEdge(true, edge[2]);
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
        IPAddress block = PrefixIndex.block(network);
        KubeRoute outer = table.refusedContaining(block);
        if (outer != null) {
            return Optional.of(outer);
        }
        return table.refusedInside(block).stream().min(RouteTable.BY_DESTINATION);
    }

    /**
     * Which parts of a network (a prefix block or one address) are connected or routed, and which are
     * left over ({@link CoverageSweep}). Remembered per network, since both reachability rules ask about
     * every required network; those are worked out all at once at the first question, in address order,
     * so that each search of the table follows the one before (the rules ask in the order written).
     */
    public Coverage coverage(IPAddress network) {
        IPAddress block = PrefixIndex.block(network);
        PrefixKey key = PrefixKey.of(block);
        Coverage known = requiredCoverages.get().get(key);
        if (known == null) {
            known = coverages.computeIfAbsent(key, k -> CoverageSweep.of(block, connected, table));
        }
        return known;
    }

    private Map<PrefixKey, Coverage> coveragesOf(List<RequiredNetwork> networks) {
        List<IPAddress> blocks = new ArrayList<>(networks.size());
        for (RequiredNetwork network : networks) {
            blocks.add(network.block());
        }
        Map<PrefixKey, Coverage> known = new HashMap<>(blocks.size() * 4 / 3 + 1);
        for (int i : AddressOrder.of(blocks)) {
            IPAddress block = blocks.get(i);
            if (knowsConnected(block.getIPVersion())) {
                known.computeIfAbsent(PrefixKey.of(block), k -> CoverageSweep.of(block, connected, table));
            }
        }
        return known;
    }
}
