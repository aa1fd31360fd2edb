package dev.netlint.rules.support;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.AddressKey;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.PlanKind;
import dev.netlint.core.plan.RangeIndex;
import dev.netlint.core.rule.DeviceContext;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a pool could go instead: a free range of the size it needs inside the subnet(s) it must lie in,
 * clear of every other pool, interface address, gateway, DNS server, route next hop, and of the
 * subnet's network and broadcast addresses.
 *
 * <p>One per device, shared by the rules that suggest a place ({@link #of}): pool-overlap,
 * pool-outside-subnet and pool-contains-reserved-ip offer a pool the same place, and no two pools the
 * same addresses. On the first question, every pool that one of those rules reports (it overlaps a pool
 * declared before it, it is not inside a subnet it must lie in, or it holds an address in use or a
 * subnet's network or broadcast address) is given its place, in file order, each place taken before the
 * next pool's is sought: the answers depend neither on which rules run nor on the order in which they
 * ask. The addresses in use are gathered and indexed once ({@link FreeSpace}): O(n log n) for n pools.
 */
public final class PoolSpace {

    /** What a pool must stay clear of, as the address plan records it. */
    private static final Set<PlanKind> TAKEN = EnumSet.of(PlanKind.POOL, PlanKind.VIRTUAL_NETWORK_POOL,
            PlanKind.INTERFACE_ADDRESS, PlanKind.GATEWAY, PlanKind.VIRTUAL_NETWORK_GATEWAY, PlanKind.DNS_SERVER);
    /** The addresses in use that pool-contains-reserved-ip names. */
    private static final Set<PlanKind> RESERVED = EnumSet.of(PlanKind.INTERFACE_ADDRESS, PlanKind.GATEWAY,
            PlanKind.VIRTUAL_NETWORK_GATEWAY, PlanKind.DNS_SERVER);

    private record Taken(IPAddressSeqRange range, Object owner) {
    }

    private final DeviceContext context;
    private FreeSpace<Taken> free;
    /** Each pool's own claim among the taken ranges: it keeps none on the place it moves from. */
    private Map<Object, Taken> owned;
    /** The place of each pool that must move, made up front in file order. */
    private final Map<Object, Optional<String>> moves = new IdentityHashMap<>();
    private final Map<Object, Optional<String>> resizes = new IdentityHashMap<>();

    private PoolSpace(DeviceContext context) {
        this.context = context;
        for (OwnedPool pool : mustMove(context)) {
            moves.put(pool.pool(), place(pool));
        }
    }

    /** The device's pool space, made on the first question of any rule and shared by all. */
    public static PoolSpace of(DeviceContext context) {
        return context.shared(PoolSpace.class, PoolSpace::new);
    }

    /**
     * The pools with a known range that pool-overlap, pool-outside-subnet or pool-contains-reserved-ip
     * reports, in file order: each is offered a place.
     */
    private static List<OwnedPool> mustMove(DeviceContext context) {
        List<OwnedPool> pools = new ArrayList<>();
        for (OwnedPool pool : context.plan().pools()) {
            if (pool.range() != null) {
                pools.add(pool);
            }
        }
        pools.sort(Comparator.comparing(p -> p.pool().range().location()));
        RangeIndex<OwnedPool> earlier = RangeIndex.empty(pools, OwnedPool::range);
        List<OwnedPool> moving = new ArrayList<>();
        for (int i = 0; i < pools.size(); i++) {
            OwnedPool pool = pools.get(i);
            if (!earlier.overlapping(pool.range(), 1).isEmpty() || misplaced(context, pool)) {
                moving.add(pool);
            }
            earlier.insert(i);
        }
        return moving;
    }

    /**
     * Whether the pool leaves a subnet it must lie in, or holds an interface address, a gateway, a DNS
     * server, or the network or broadcast address of the IPv4 subnet (up to /30) it lies in.
     */
    private static boolean misplaced(DeviceContext context, OwnedPool pool) {
        IPAddressSeqRange range = pool.range();
        if (!context.plan().overlapping(range, RESERVED, 1).isEmpty()) {
            return true;
        }
        for (PoolHomes.Home home : PoolHomes.of(context.device(), pool)) {
            if (!home.contains(range)) {
                return true;
            }
            Integer length = home.subnet().getNetworkPrefixLength();
            if (home.subnet().isIPv4() && length != null && length <= 30) {
                long first = range.getLower().toIPv4().longValue();
                long last = range.getUpper().toIPv4().longValue();
                long network = home.subnet().getLower().toIPv4().longValue();
                long broadcast = home.subnet().getUpper().toIPv4().longValue();
                if (first <= network && network <= last || first <= broadcast && broadcast <= last) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where to move the pool: {@code move KubernetesServiceIPs to 192.168.20.40-192.168.20.48, free in
     * 192.168.20.0/24}, a free place of the pool's size, written as its author wrote the pool (a prefix
     * when the pool is a prefix). Empty when the pool's subnet is unknown or has no room.
     */
    public synchronized Optional<String> relocation(OwnedPool pool) {
        // Every pool a rule reports was given its place up front; one it did not foresee gets the next free one.
        return moves.computeIfAbsent(pool.pool(), p -> place(pool));
    }

    private Optional<String> place(OwnedPool pool) {
        List<PoolHomes.Home> homes = PoolHomes.of(context.device(), pool);
        IPAddressSeqRange within = PoolHomes.common(homes);
        if (within == null) {
            return Optional.empty();
        }
        Edges edges = edges(within, homes);
        Taken own = own(pool);
        AddressRange range = pool.pool().range().value();
        IPAddressSeqRange current = range.range();
        IPAddress[] blocks = range.text().contains("/") ? current.spanWithPrefixBlocks() : null;
        Optional<IPAddressSeqRange> place;
        boolean prefix = blocks != null && blocks.length == 1 && blocks[0].getNetworkPrefixLength() != null;
        if (prefix) {
            place = free().firstBlock(within, blocks[0].getNetworkPrefixLength(), own, edges.first(), edges.last())
                    .map(IPAddress::toSequentialRange);
        } else {
            place = free().first(within, current.getCount(), own, edges.first(), edges.last());
        }
        place.ifPresent(free()::take);
        return place.map(p -> "move " + pool.pool().nameOrRange() + " to " + (prefix ? describe(p)
                : AddressRange.describe(p)) + ", free in " + describe(within));
    }

    /**
     * A free range of {@code size} addresses for the pool: where it stands, widened upward, when the
     * addresses after it are free; else the first free place in its subnet.
     */
    public synchronized Optional<String> resize(OwnedPool pool, BigInteger size) {
        return resizes.computeIfAbsent(pool.pool(), p -> widen(pool, size));
    }

    private Optional<String> widen(OwnedPool pool, BigInteger size) {
        List<PoolHomes.Home> homes = PoolHomes.of(context.device(), pool);
        IPAddressSeqRange within = PoolHomes.common(homes);
        if (within == null) {
            return Optional.empty();
        }
        Edges edges = edges(within, homes);
        Taken own = own(pool);
        IPAddress start = pool.range().getLower().withoutPrefixLength();
        Optional<IPAddressSeqRange> place = Optional.empty();
        BigInteger end = start.getValue().add(size).subtract(BigInteger.ONE);
        if (within.contains(start) && end.compareTo(within.getUpper().getValue()) <= 0) {
            // Where it stands, widened: free when the first free place of that size there starts at the pool.
            IPAddressSeqRange widened = start.spanWithRange(FreeSpace.plus(start, size.subtract(BigInteger.ONE)));
            place = free().first(widened, size, own,
                    edges.first() && start.getValue().equals(within.getLower().getValue()),
                    edges.last() && end.equals(within.getUpper().getValue()));
        }
        if (place.isEmpty()) {
            place = free().first(within, size, own, edges.first(), edges.last());
        }
        place.ifPresent(free()::take);
        return place.map(AddressRange::describe);
    }

    /** Whether the first and the last address of {@code within} are a network, broadcast or anycast address. */
    private record Edges(boolean first, boolean last) {
    }

    /**
     * The subnet edges a pool must keep clear of: the network and broadcast address of an IPv4 subnet
     * of a home, the subnet-router anycast address (all-zero host, RFC 4291) of an IPv6 one. The homes
     * are prefix blocks that all hold {@code within}, so their edges inside it are its own two ends.
     */
    private static Edges edges(IPAddressSeqRange within, List<PoolHomes.Home> homes) {
        boolean first = false;
        boolean last = false;
        for (PoolHomes.Home home : homes) {
            IPAddress subnet = home.subnet();
            Integer length = subnet.getNetworkPrefixLength();
            boolean lowerEdge = subnet.getLower().getValue().equals(within.getLower().getValue());
            boolean upperEdge = subnet.getUpper().getValue().equals(within.getUpper().getValue());
            if (subnet.isIPv4() && length != null && length <= 30) {
                first |= lowerEdge;
                last |= upperEdge;
            } else if (subnet.isIPv6() && length != null && length <= 126) {
                first |= lowerEdge;
            }
        }
        return new Edges(first, last);
    }

    /** A prefix when the range is one block, else start-end. */
    private static String describe(IPAddressSeqRange range) {
        IPAddress[] blocks = range.spanWithPrefixBlocks();
        return blocks.length == 1 ? blocks[0].toCanonicalString() : AddressRange.describe(range);
    }

    private Taken own(OwnedPool pool) {
        free();
        return owned.get(pool.pool());
    }

    private FreeSpace<Taken> free() {
        if (free == null) {
            List<Taken> list = new ArrayList<>();
            Map<Object, Taken> byOwner = new IdentityHashMap<>();
            for (PlanKind kind : TAKEN) {
                for (PlanEntry entry : context.plan().entries(kind)) {
                    Taken taken = new Taken(entry.range(), entry.owner());
                    list.add(taken);
                    if (kind == PlanKind.POOL || kind == PlanKind.VIRTUAL_NETWORK_POOL) {
                        byOwner.put(entry.owner(), taken);
                    }
                }
            }
            Set<AddressKey> nextHops = new HashSet<>();
            for (KubeRoute route : context.device().kubernetes().routes()) {
                IPAddress hop = route.nextHopAddress();
                if (hop != null && nextHops.add(AddressKey.of(hop.withoutPrefixLength()))) {
                    list.add(new Taken(hop.withoutPrefixLength().toSequentialRange(), route));
                }
            }
            owned = byOwner;
            free = new FreeSpace<>(list, Taken::range);
        }
        return free;
    }
}
