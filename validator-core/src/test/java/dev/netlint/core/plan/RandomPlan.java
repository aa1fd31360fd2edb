package dev.netlint.core.plan;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.VSwitch;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random device for the forwarding oracle: a compute port Port3 on one or two nodes (sometimes
 * DHCP, sometimes with different subnets per node, IPv4 and often IPv6) inside the small
 * {@link Universe}s, Port2 with the default gateway (or none), a few pools, and up to 30 routes with
 * every kind of flaw: wrong port, other family, local or off-link next hop, link-local next hop,
 * invalid, absent or tied metrics, host bits in the destination.
 *
 * <p>The oracle methods apply the forwarding model literally, one route and one address at a time, with
 * numbers instead of tries.
 */
final class RandomPlan {

    static final String GATEWAY = "10.57.48.1";

    final Device device;
    final List<KubeRoute> routes;
    final boolean hasGateway;
    private final List<IPAddress> computeSubnets = new ArrayList<>();
    private final List<IPAddress> interfaceAddresses = new ArrayList<>();
    private final List<IPAddressSeqRange> pools = new ArrayList<>();
    private final boolean computeDhcp;
    private int line = 1;

    private Location at() {
        line++;
        return new Location("plan.yaml", line, 1, "/line/" + line);
    }

    private <T> Located<T> located(T value) {
        return new Located<>(value, at());
    }

    RandomPlan(Random random) {
        this(random, List.of());
    }

    /** A random device whose Kubernetes block requires these networks (prefix blocks or single addresses). */
    RandomPlan(Random random, List<IPAddress> requiredNetworks) {
        int nodes = random.nextInt(10) < 3 ? 2 : 1;
        boolean dhcp = random.nextInt(10) == 0;
        this.computeDhcp = dhcp;
        this.hasGateway = random.nextInt(5) != 0;
        boolean withV6 = random.nextInt(10) < 7;
        List<NetInterface> interfaces = new ArrayList<>();
        IPAddress port2 = new IPAddressString("10.57.48.10/24").getAddress();
        interfaceAddresses.add(port2.withoutPrefixLength());
        interfaces.add(new NetInterface(at(), located("Port2"), null, null, located(false),
                new Ipv4Config(at(), located(port2), null,
                        hasGateway ? located(new IPAddressString(GATEWAY).getAddress()) : null),
                null, List.of(), null, null));
        long v4Offset = random.nextInt(Universe.SIZE);
        int v4Length = 24 + random.nextInt(7);
        long v6Offset = random.nextInt(Universe.SIZE);
        int v6Length = 120 + random.nextInt(7);
        for (int node = 0; node < nodes; node++) {
            if (node == 1 && random.nextInt(3) == 0) {
                v4Offset = random.nextInt(Universe.SIZE);
                v4Length = 24 + random.nextInt(7);
                v6Offset = random.nextInt(Universe.SIZE);
            } else if (node == 1) {
                v4Offset = nextInBlock(Universe.V4, v4Offset, v4Length);
                v6Offset = nextInBlock(Universe.V6, v6Offset, v6Length);
            }
            IPAddress v4 = Universe.V4.at(v4Offset, v4Length);
            IPAddress v6 = Universe.V6.at(v6Offset, v6Length);
            Located<String> nodeName = nodes == 1 ? null : located(node == 0 ? "NODE-A" : "NODE-B");
            boolean nicDhcp = dhcp && (nodes == 1 || node == 1);
            interfaces.add(new NetInterface(at(), located("Port3"), nodeName, null, located(nicDhcp),
                    new Ipv4Config(at(), located(v4), null, null),
                    withV6 ? new Ipv6Config(at(), located(v6.getLower().withoutPrefixLength()), located((long) v6Length), null)
                            : null,
                    List.of(), null, null));
            if (!nicDhcp) {
                interfaceAddresses.add(v4.getLower().withoutPrefixLength());
                addSubnet(v4.toPrefixBlock());
                if (withV6) {
                    interfaceAddresses.add(v6.getLower().withoutPrefixLength());
                    addSubnet(v6.toPrefixBlock());
                }
            }
        }
        List<Pool> vSwitchPools = new ArrayList<>();
        int poolCount = random.nextInt(3);
        for (int i = 0; i < poolCount; i++) {
            Universe u = random.nextInt(4) == 0 ? Universe.V6 : Universe.V4;
            long lower = random.nextInt(Universe.SIZE - 8);
            long upper = lower + random.nextInt(8);
            try {
                AddressRange range = AddressRange.parse(u.text(lower) + "-" + u.text(upper));
                pools.add(range.range());
                vSwitchPools.add(new Pool(at(), located("Pool" + i), located(range)));
            } catch (AddressStringException e) {
                throw new IllegalStateException(e);
            }
        }
        VSwitch vSwitch = new VSwitch(at(), located("vSwitch1"), List.of(located("Port3")), null, located(true), null,
                null, vSwitchPools);
        this.routes = new ArrayList<>();
        int routeCount = random.nextInt(31);
        for (int i = 0; i < routeCount; i++) {
            routes.add(randomRoute(random));
        }
        List<RequiredNetwork> required = new ArrayList<>();
        for (IPAddress network : requiredNetworks) {
            required.add(new RequiredNetwork(at(), located("net" + required.size()), located(network)));
        }
        Kubernetes kubernetes = new Kubernetes(at(), null, null, List.copyOf(routes), List.of(), required);
        this.device = new Device("plan", List.of("plan.yaml"), at(), List.of(), List.copyOf(interfaces),
                List.of(vSwitch), List.of(), null, null, List.of(), kubernetes);
    }

    /** Another address of the same subnet: the second node of a cluster. */
    private static long nextInBlock(Universe universe, long offset, int length) {
        long start = universe.blockStart(offset, length);
        return start + (offset - start + 1) % universe.blockSize(length);
    }

    private void addSubnet(IPAddress subnet) {
        if (!computeSubnets.contains(subnet)) {
            computeSubnets.add(subnet);
        }
    }

    private KubeRoute randomRoute(Random random) {
        int pick = random.nextInt(20);
        String alias = pick < 15 ? "Port3" : pick < 17 ? "port3" : pick < 19 ? "Port2" : "Port4";
        Universe family = random.nextInt(10) < 6 ? Universe.V4 : Universe.V6;
        int length = family.minPrefix() + random.nextInt(family.bits() - family.minPrefix() + 1);
        long offset = random.nextInt(Universe.SIZE);
        if (random.nextBoolean()) {
            offset = family.blockStart(offset, length);
        }
        IPAddress destination = family.at(offset, length);
        IPAddress nextHop;
        int hop = random.nextInt(20);
        List<IPAddress> sameFamily = computeSubnets.stream()
                .filter(s -> s.getIPVersion() == destination.getIPVersion()).toList();
        if (hop == 0) {
            Universe other = family == Universe.V4 ? Universe.V6 : Universe.V4;
            nextHop = other.at(random.nextInt(Universe.SIZE));
        } else if (hop == 1 && family == Universe.V6) {
            nextHop = new IPAddressString("fe80::" + Integer.toHexString(1 + random.nextInt(9))).getAddress();
        } else if (hop < 12 && !sameFamily.isEmpty()) {
            IPAddress subnet = sameFamily.get(random.nextInt(sameFamily.size()));
            long size = subnet.getCount().longValue();
            nextHop = subnet.getLower().withoutPrefixLength().increment(random.nextInt((int) size));
        } else {
            nextHop = family.at(random.nextInt(Universe.SIZE));
        }
        int m = random.nextInt(20);
        String metric = m < 12 ? String.valueOf(random.nextInt(4)) : m < 15 ? null : m < 17 ? "-1" : m < 18 ? "x"
                : String.valueOf(random.nextInt(20000));
        return new KubeRoute(at(), located(alias), located(destination), located(nextHop),
                metric == null ? null : located(metric));
    }

    // ---------------------------------------------------------------- oracle

    private static boolean within(IPAddress block, IPAddress address) {
        if (block.getIPVersion() != address.getIPVersion()) {
            return false;
        }
        BigInteger value = address.withoutPrefixLength().getValue();
        return block.getValue().compareTo(value) <= 0 && value.compareTo(block.getUpperValue()) <= 0;
    }

    /** The forwarding model, literally. */
    boolean installed(KubeRoute route) {
        IPAddress destination = route.destinationPrefix().value().toPrefixBlock();
        IPAddress nextHop = route.nextHop().value();
        long metric;
        try {
            metric = route.routeMetric() == null ? 0 : Long.parseLong(route.routeMetric().value());
        } catch (NumberFormatException e) {
            return false;
        }
        if (metric < 0 || metric > 0xFFFF_FFFFL || !route.interfaceAlias().value().equalsIgnoreCase("Port3") || computeDhcp) {
            return false;
        }
        if (destination.getIPVersion() != nextHop.getIPVersion()) {
            return false;
        }
        for (IPAddress local : interfaceAddresses) {
            if (local.equals(nextHop)) {
                return false;
            }
        }
        for (IPAddressSeqRange pool : pools) {
            BigInteger value = nextHop.getValue();
            if (pool.getLower().getIPVersion() == nextHop.getIPVersion()
                    && pool.getLower().getValue().compareTo(value) <= 0 && value.compareTo(pool.getUpper().getValue()) <= 0) {
                return false;
            }
        }
        for (IPAddress subnet : computeSubnets) {
            // the network and broadcast addresses of an IPv4 subnet up to /30 are no host (RFC 3021)
            if (subnet.isIPv4() && nextHop.isIPv4() && subnet.getNetworkPrefixLength() <= 30
                    && (subnet.getValue().equals(nextHop.getValue())
                    || subnet.getUpperValue().equals(nextHop.getValue()))) {
                return false;
            }
        }
        boolean hasSameFamily = false;
        for (IPAddress subnet : computeSubnets) {
            if (subnet.getIPVersion() == nextHop.getIPVersion()) {
                hasSameFamily = true;
                if (within(subnet, nextHop)) {
                    return true;
                }
            }
        }
        return hasSameFamily && nextHop.isIPv6() && nextHop.toCanonicalString().startsWith("fe80:");
    }

    /** The metric as the VMs' Linux table holds it: an IPv6 route's 0 (or none) is 1024. */
    long metric(KubeRoute route) {
        long metric = route.routeMetric() == null ? 0 : Long.parseLong(route.routeMetric().value());
        return metric == 0 && route.destinationPrefix().value().isIPv6() ? 1024 : metric;
    }

    /** What the oracle says about one address. */
    sealed interface Verdict permits Direct, Via, Elsewhere {
    }

    record Direct() implements Verdict {
    }

    record Via(KubeRoute route) implements Verdict {
    }

    record Elsewhere() implements Verdict {
    }

    /** A route as the oracle scans it: installed or not, its destination's bounds, length and metric. */
    private record Scanned(KubeRoute route, boolean installed, int version, BigInteger lower, BigInteger upper,
                           int length, long metric) {

        boolean holds(int family, BigInteger value) {
            return family == version && lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
        }
    }

    private List<Scanned> scanned;
    private List<Scanned> connected;

    private void scan() {
        scanned = new ArrayList<>();
        for (KubeRoute route : routes) {
            boolean installed = installed(route);
            IPAddress destination = route.destinationPrefix().value().toPrefixBlock();
            scanned.add(new Scanned(route, installed, destination.getBitCount(), destination.getValue(),
                    destination.getUpperValue(), destination.getNetworkPrefixLength(), installed ? metric(route) : -1));
        }
        connected = new ArrayList<>();
        if (!computeDhcp) {
            for (IPAddress subnet : computeSubnets) {
                // the kernel's own route to the subnet: metric 0 (IPv4) or 256 (IPv6)
                connected.add(new Scanned(null, true, subnet.getBitCount(), subnet.getValue(), subnet.getUpperValue(),
                        subnet.getNetworkPrefixLength(), subnet.isIPv6() ? 256 : 0));
            }
        }
    }

    /**
     * Whether the VMs' default path of a family leads somewhere: for IPv4 the static gateway of Port2 or
     * a DHCP port that learns one; for IPv6 nothing, since no port of the plan has an IPv6 gateway.
     */
    boolean hasEgress(IPAddress address) {
        return address.isIPv4() && (hasGateway || computeDhcp);
    }

    Verdict lookup(IPAddress address) {
        if (scanned == null) {
            scan();
        }
        int family = address.getBitCount();
        BigInteger value = address.withoutPrefixLength().getValue();
        Scanned best = null;
        for (Scanned subnet : connected) {
            if (subnet.holds(family, value) && (best == null || subnet.length() > best.length())) {
                best = subnet;
            }
        }
        for (Scanned route : scanned) {
            if (!route.installed() || !route.holds(family, value)) {
                continue;
            }
            // longest prefix; on one prefix the lower metric, the first written on a tie; the kernel's
            // own IPv4 route (metric 0) is never beaten on its prefix: a second metric 0 is refused
            boolean better = best == null || route.length() > best.length()
                    || route.length() == best.length() && route.metric() < best.metric();
            if (better) {
                best = route;
            }
        }
        if (best != null && best.route() == null) {
            return new Direct();
        }
        return best == null ? new Elsewhere() : new Via(best.route());
    }
}
