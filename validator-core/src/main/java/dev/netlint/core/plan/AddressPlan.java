package dev.netlint.core.plan;

import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.Service;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualNetwork;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every prefix, range and address of one device with its owner, built once per device and read by
 * every rule. Addresses of DHCP ports are leases, not plans, and are left out.
 *
 * <p>The entries of the {@code kubernetes} block (a device with 100,000 routes has 130,000 of them) are
 * made on first use, apart from those of the device itself: the forwarding model asks only which
 * addresses the device owns, and need not wait for them (a fifth of a second in a fresh JVM).
 */
public final class AddressPlan {

    /** A pool with the switch or virtual network that holds it. */
    public record OwnedPool(Pool pool, VSwitch vSwitch, VirtualNetwork virtualNetwork) {

        public IPAddressSeqRange range() {
            return pool.range() == null ? null : pool.range().value().range();
        }
    }

    private static final List<PlanKind> POOL_KINDS = List.of(PlanKind.POOL, PlanKind.VIRTUAL_NETWORK_POOL);

    private final Map<PlanKind, List<PlanEntry>> deviceKinds;
    /** The {@code kubernetes} block's entries, by kind; made on first use. */
    private final Lazy<Map<PlanKind, List<PlanEntry>>> kubernetesKinds;
    /** Every entry: the device's, then the {@code kubernetes} block's; made on first use. */
    private final Lazy<List<PlanEntry>> entries;
    private final Map<IPAddress, List<NetInterface>> interfaceAddresses;
    private final List<OwnedPool> pools;
    private final List<IPAddress> computeSubnets;
    /** Overlap indexes of the kinds asked for, made on first use. */
    private final Map<PlanKind, RangeIndex<PlanEntry>> indexes = new EnumMap<>(PlanKind.class);
    /** For each address of an interface, its first entry; made on first use. */
    private final Lazy<Map<Bounds, PlanEntry>> firstInterfaceEntry = Lazy.of(this::firstInterfaceEntries);
    /** Which pool entry owns each address that a pool holds: the first in plan order; made on first use. */
    private final Lazy<PoolOwners> poolOwners = Lazy.of(this::paintPoolOwners);

    private AddressPlan(List<PlanEntry> deviceEntries, Kubernetes kubernetes,
                        Map<IPAddress, List<NetInterface>> interfaceAddresses, List<OwnedPool> pools,
                        List<IPAddress> computeSubnets) {
        this.deviceKinds = byKind(deviceEntries);
        Lazy<List<PlanEntry>> made = Lazy.of(() -> {
            List<PlanEntry> kubernetesEntries = new ArrayList<>();
            addKubernetes(kubernetes, kubernetesEntries);
            return kubernetesEntries;
        });
        this.kubernetesKinds = Lazy.of(() -> byKind(made.get()));
        this.entries = Lazy.of(() -> {
            List<PlanEntry> all = new ArrayList<>(deviceEntries.size() + made.get().size());
            all.addAll(deviceEntries);
            all.addAll(made.get());
            return Collections.unmodifiableList(all);
        });
        this.interfaceAddresses = interfaceAddresses;
        this.pools = Collections.unmodifiableList(pools);
        this.computeSubnets = List.copyOf(computeSubnets);
    }

    public static AddressPlan of(Device device) {
        List<PlanEntry> entries = new ArrayList<>();
        Map<IPAddress, List<NetInterface>> addresses = new HashMap<>();
        for (NetInterface port : device.interfaces()) {
            addPort(port, entries, addresses);
        }
        List<OwnedPool> pools = new ArrayList<>();
        for (VSwitch vSwitch : device.vSwitches()) {
            for (Pool pool : vSwitch.pools()) {
                pools.add(new OwnedPool(pool, vSwitch, null));
                addPool(pool, PlanKind.POOL, entries);
            }
        }
        for (VirtualNetwork network : device.virtualNetworks()) {
            IPAddress subnet = network.subnet();
            if (subnet != null) {
                entries.add(new PlanEntry(PlanKind.VIRTUAL_NETWORK, subnet, network.network().location(), network,
                        () -> network.describe() + " " + subnet.toCanonicalString()));
            }
            add(entries, PlanKind.VIRTUAL_NETWORK_GATEWAY, network.gateway(),
                    () -> "gateway of " + network.describe(), network);
            for (Pool pool : network.pools()) {
                pools.add(new OwnedPool(pool, null, network));
                addPool(pool, PlanKind.VIRTUAL_NETWORK_POOL, entries);
            }
        }
        List<IPAddress> computeSubnets = new ArrayList<>();
        device.computePort().ifPresent(port -> {
            for (NetInterface nic : device.ports(port)) {
                for (IPAddress subnet : nic.subnets()) {
                    if (!computeSubnets.contains(subnet)) {
                        computeSubnets.add(subnet);
                    }
                }
            }
        });
        return new AddressPlan(entries, device.kubernetes(), addresses, pools, computeSubnets);
    }

    private static Map<PlanKind, List<PlanEntry>> byKind(List<PlanEntry> entries) {
        Map<PlanKind, List<PlanEntry>> kinds = new EnumMap<>(PlanKind.class);
        for (PlanEntry entry : entries) {
            kinds.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(entry);
        }
        return kinds;
    }

    private static void addPort(NetInterface port, List<PlanEntry> entries,
                                Map<IPAddress, List<NetInterface>> addresses) {
        if (!port.isStatic()) {
            return;
        }
        if (port.ipv4() != null) {
            IPAddress subnet = port.ipv4().subnet();
            if (subnet != null) {
                entries.add(new PlanEntry(PlanKind.PORT_SUBNET, subnet.toSequentialRange(),
                        port.ipv4().address().location(), port,
                        () -> "subnet " + subnet.toCanonicalString() + " of " + port.describe()));
            }
            addAddress(port, port.ipv4().address(), entries, addresses);
            add(entries, PlanKind.GATEWAY, port.ipv4().gateway(), () -> "gateway of " + port.describe(), port);
        }
        if (port.ipv6() != null) {
            IPAddress subnet = port.ipv6().subnet();
            if (subnet != null) {
                entries.add(new PlanEntry(PlanKind.PORT_SUBNET, subnet.toSequentialRange(),
                        port.ipv6().address().location(), port,
                        () -> "subnet " + subnet.toCanonicalString() + " of " + port.describe()));
            }
            addAddress(port, port.ipv6().address(), entries, addresses);
            add(entries, PlanKind.GATEWAY, port.ipv6().gateway(), () -> "gateway of " + port.describe(), port);
        }
        for (Located<IPAddress> dns : port.dnsServers()) {
            add(entries, PlanKind.DNS_SERVER, dns, () -> "DNS server of " + port.describe(), port);
        }
    }

    private static void addAddress(NetInterface port, Located<IPAddress> address, List<PlanEntry> entries,
                                   Map<IPAddress, List<NetInterface>> addresses) {
        if (address == null) {
            return;
        }
        IPAddress host = Addresses.host(address.value());
        addresses.computeIfAbsent(host, k -> new ArrayList<>()).add(port);
        entries.add(new PlanEntry(PlanKind.INTERFACE_ADDRESS, host.toSequentialRange(), address.location(), port,
                () -> "address " + host.toCanonicalString() + " of " + port.describe()));
    }

    /** Adds one address whose label, {@code label} and the address, is written when first asked for. */
    private static void add(List<PlanEntry> entries, PlanKind kind, Located<IPAddress> address, Supplier<String> label,
                            Object owner) {
        if (address != null) {
            IPAddress host = Addresses.host(address.value());
            entries.add(new PlanEntry(kind, host, address.location(), owner,
                    () -> label.get() + " " + host.toCanonicalString()));
        }
    }

    private static void addPool(Pool pool, PlanKind kind, List<PlanEntry> entries) {
        if (pool.range() != null) {
            entries.add(new PlanEntry(kind, pool.range().value().range(), pool.range().location(), pool,
                    pool::describe));
        }
    }

    private static void addKubernetes(Kubernetes kubernetes, List<PlanEntry> entries) {
        // an unknown subnet (written with a value that could not be read) is neither the default nor any other
        if (!kubernetes.unknown(Kubernetes.POD_SUBNET)) {
            IPAddress pods = kubernetes.effectivePodSubnet();
            entries.add(new PlanEntry(PlanKind.POD_SUBNET, pods.toSequentialRange(),
                    kubernetes.podSubnet() == null ? null : kubernetes.podSubnet().location(), kubernetes,
                    () -> (kubernetes.podSubnet() == null ? "default pod subnet " : "pod subnet ")
                            + pods.toCanonicalString()));
        }
        if (!kubernetes.unknown(Kubernetes.SERVICE_SUBNET)) {
            IPAddress services = kubernetes.effectiveServiceSubnet();
            entries.add(new PlanEntry(PlanKind.SERVICE_SUBNET, services.toSequentialRange(),
                    kubernetes.serviceSubnet() == null ? null : kubernetes.serviceSubnet().location(), kubernetes,
                    () -> (kubernetes.serviceSubnet() == null ? "default service subnet " : "service subnet ")
                            + services.toCanonicalString()));
        }
        for (KubeRoute route : kubernetes.routes()) {
            IPAddress destination = route.destination();
            if (destination != null) {
                entries.add(new PlanEntry(PlanKind.ROUTE_DESTINATION, destination,
                        route.destinationPrefix().location(), route, route::describe));
            }
        }
        for (RequiredNetwork network : kubernetes.requiredNetworks()) {
            IPAddress block = network.block();
            if (block != null) {
                entries.add(new PlanEntry(PlanKind.REQUIRED_NETWORK, block,
                        network.prefix().location(), network, network::describe));
            }
        }
        for (Service service : kubernetes.services()) {
            for (Located<IPAddress> ip : service.loadBalancerIps()) {
                add(entries, PlanKind.LOAD_BALANCER_IP, ip, () -> "load-balancer IP of " + service.describe(), service);
            }
            for (Located<IPAddress> ip : service.clusterIps()) {
                add(entries, PlanKind.CLUSTER_IP, ip, () -> "cluster IP of " + service.describe(), service);
            }
        }
    }

    public List<PlanEntry> entries() {
        return entries.get();
    }

    public List<PlanEntry> entries(PlanKind kind) {
        return (kind.kubernetes() ? kubernetesKinds.get() : deviceKinds).getOrDefault(kind, List.of());
    }

    /**
     * Entries of the given kinds whose range shares an address with {@code range}, kind by kind in plan
     * order: O(log n + k) from an index of each kind, made on first use.
     */
    public List<PlanEntry> overlapping(IPAddressSeqRange range, Set<PlanKind> kinds) {
        List<PlanEntry> result = new ArrayList<>();
        Bounds bounds = Bounds.of(range);
        for (PlanKind kind : kinds) {
            List<Integer> found = index(kind).overlappingIndices(bounds, Integer.MAX_VALUE);
            found.sort(null);
            List<PlanEntry> ofKind = entries(kind);
            for (int i : found) {
                result.add(ofKind.get(i));
            }
        }
        return result;
    }

    /**
     * What {@link #overlapping(IPAddressSeqRange, Set)} finds, by one pass over the entries of those kinds:
     * O(n) a question and nothing built, for a rule that asks a fixed handful of questions (the two
     * cluster CIDRs against every route and required network), where building the indexes would cost
     * more than the questions (measured: 0.4 s of a 100,000-route device in a fresh JVM).
     */
    public List<PlanEntry> scanOverlapping(IPAddressSeqRange range, Set<PlanKind> kinds) {
        List<PlanEntry> result = new ArrayList<>();
        Bounds bounds = Bounds.of(range);
        for (PlanKind kind : kinds) {
            for (PlanEntry entry : entries(kind)) {
                if (entry.bounds().overlaps(bounds)) {
                    result.add(entry);
                }
            }
        }
        return result;
    }

    /**
     * The first {@code limit} entries of the given kinds that share an address with {@code range}, lowest
     * first address first, in O((limit + 1) log n) per kind: for a rule that lists a few and counts the
     * rest with {@link #count}.
     */
    public List<PlanEntry> overlapping(IPAddressSeqRange range, Set<PlanKind> kinds, int limit) {
        List<PlanEntry> result = new ArrayList<>();
        Bounds bounds = Bounds.of(range);
        for (PlanKind kind : kinds) {
            result.addAll(index(kind).overlapping(bounds, limit));
        }
        result.sort(java.util.Comparator.comparing(PlanEntry::bounds, Bounds.BY_START));
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    /** How many entries of the given kinds share an address with {@code range}, in O(log n) per kind. */
    public int count(IPAddressSeqRange range, Set<PlanKind> kinds) {
        Bounds bounds = Bounds.of(range);
        int count = 0;
        for (PlanKind kind : kinds) {
            count += index(kind).count(bounds);
        }
        return count;
    }

    private RangeIndex<PlanEntry> index(PlanKind kind) {
        synchronized (indexes) {
            return indexes.computeIfAbsent(kind, k -> RangeIndex.ofEntries(entries(k)));
        }
    }

    /** Static interface addresses, each with the ports that carry it. */
    public Map<IPAddress, List<NetInterface>> interfaceAddresses() {
        return Collections.unmodifiableMap(interfaceAddresses);
    }

    /** Every pool of the device, vSwitch pools first, in file order. */
    public List<OwnedPool> pools() {
        return pools;
    }

    /** The static subnets of the compute port on every node (one per family, usually). */
    public List<IPAddress> computeSubnets() {
        return computeSubnets;
    }

    /** Whether the address belongs to the device or the cluster: an interface address or inside a pool. */
    public boolean isLocal(IPAddress address) {
        IPAddress host = Addresses.host(address);
        if (interfaceAddresses.containsKey(host)) {
            return true;
        }
        return ownerOf(host) != null;
    }

    /**
     * The plan entry that makes an address local, for a message and a related location: the static
     * interface address it equals (the first declared), else the first pool (of a vSwitch or a virtual
     * network) that holds it; {@code null} when {@link #isLocal} is false. O(log n) once the owners are
     * painted (on first use): a device with 100,000 routes through as many pools asks for each.
     */
    public PlanEntry localEntry(IPAddress address) {
        IPAddress host = address.withoutPrefixLength();
        Bounds at = Bounds.of(host);
        if (interfaceAddresses.containsKey(host)) {
            PlanEntry entry = firstInterfaceEntry.get().get(at);
            if (entry != null) {
                return entry;
            }
        }
        return poolOwners.get().owner(host);
    }

    private Map<Bounds, PlanEntry> firstInterfaceEntries() {
        Map<Bounds, PlanEntry> map = new HashMap<>();
        for (PlanEntry entry : entries(PlanKind.INTERFACE_ADDRESS)) {
            map.putIfAbsent(entry.bounds(), entry);
        }
        return map;
    }

    private PoolOwners paintPoolOwners() {
        List<PlanEntry> pools = new ArrayList<>();
        for (PlanKind kind : POOL_KINDS) {
            pools.addAll(entries(kind));
        }
        return new PoolOwners(pools);
    }

    /**
     * The owner of each address that pools hold: the first pool in plan order. Painted once: each pool,
     * in order, takes the parts of its range no earlier pool took; the union of what is taken is kept
     * merged, so that painting is O(n log n) however the pools nest or overlap.
     */
    private static final class PoolOwners {

        private record Piece(BigInteger last, PlanEntry owner) {
        }

        /** Per family (by bit count): first address of a piece to the piece. */
        private final Map<Integer, java.util.TreeMap<BigInteger, Piece>> pieces = new HashMap<>();

        PoolOwners(List<PlanEntry> pools) {
            Map<Integer, java.util.TreeMap<BigInteger, BigInteger>> taken = new HashMap<>();
            for (PlanEntry pool : pools) {
                IPAddressSeqRange range = pool.range();
                int bits = range.getBitCount();
                java.util.TreeMap<BigInteger, BigInteger> union = taken.computeIfAbsent(bits,
                        b -> new java.util.TreeMap<>());
                java.util.TreeMap<BigInteger, Piece> owned = pieces.computeIfAbsent(bits,
                        b -> new java.util.TreeMap<>());
                BigInteger first = range.getLower().getValue();
                BigInteger last = range.getUpper().getValue();
                BigInteger from = first;
                BigInteger mergedFirst = first;
                BigInteger mergedLast = last;
                Map.Entry<BigInteger, BigInteger> before = union.floorEntry(first);
                if (before != null && before.getValue().compareTo(first.subtract(BigInteger.ONE)) >= 0) {
                    mergedFirst = before.getKey();
                    from = before.getValue().add(BigInteger.ONE);
                    mergedLast = last.max(before.getValue());
                    union.remove(before.getKey());
                }
                // Each taken interval inside the pool's range is met once, then merged away.
                Map.Entry<BigInteger, BigInteger> next = union.ceilingEntry(first);
                while (next != null && next.getKey().compareTo(last.add(BigInteger.ONE)) <= 0) {
                    if (from.compareTo(next.getKey()) < 0 && from.compareTo(last) <= 0) {
                        owned.put(from, new Piece(next.getKey().subtract(BigInteger.ONE).min(last), pool));
                    }
                    from = from.max(next.getValue().add(BigInteger.ONE));
                    mergedLast = mergedLast.max(next.getValue());
                    union.remove(next.getKey());
                    next = union.ceilingEntry(first);
                }
                if (from.compareTo(last) <= 0) {
                    owned.put(from, new Piece(last, pool));
                }
                union.put(mergedFirst, mergedLast);
            }
        }

        PlanEntry owner(IPAddress host) {
            java.util.TreeMap<BigInteger, Piece> owned = pieces.get(host.getBitCount());
            if (owned == null) {
                return null;
            }
            BigInteger value = host.getValue();
            Map.Entry<BigInteger, Piece> piece = owned.floorEntry(value);
            return piece != null && piece.getValue().last().compareTo(value) >= 0 ? piece.getValue().owner() : null;
        }
    }

    /** A description of what owns a local address, or {@code null}. */
    public String ownerOf(IPAddress address) {
        IPAddress host = Addresses.host(address);
        List<NetInterface> ports = interfaceAddresses.get(host);
        if (ports != null) {
            return "the address of " + ports.get(0).describe();
        }
        PlanEntry pool = poolOwners.get().owner(host);
        return pool == null ? null : "inside " + ((Pool) pool.owner()).describe();
    }
}
