package dev.netlint.rules.support;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.AddressKey;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.PlanKind;
import dev.netlint.core.rule.DeviceContext;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.math.BigInteger;
import java.util.ArrayList;
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
 * subnet's network and broadcast addresses. Make one per rule run; the addresses in use are gathered
 * and indexed on first need, once ({@link FreeSpace}), so that a rule asking for every pool of a device
 * stays O(n log n). Within a run a pool is offered one place, however often it is asked about, and no
 * two pools are offered the same addresses: each place offered is taken for the next question.
 */
public final class PoolSpace {

    /** What a pool must stay clear of, as the address plan records it. */
    private static final Set<PlanKind> TAKEN = EnumSet.of(PlanKind.POOL, PlanKind.VIRTUAL_NETWORK_POOL,
            PlanKind.INTERFACE_ADDRESS, PlanKind.GATEWAY, PlanKind.VIRTUAL_NETWORK_GATEWAY, PlanKind.DNS_SERVER);

    private record Taken(IPAddressSeqRange range, Object owner) {
    }

    private final DeviceContext context;
    private FreeSpace<Taken> free;
    /** Each pool's own claim among the taken ranges: it keeps none on the place it moves from. */
    private Map<Object, Taken> owned;
    private final Map<Object, Optional<String>> answers = new IdentityHashMap<>();

    public PoolSpace(DeviceContext context) {
        this.context = context;
    }

    /**
     * Where to move the pool: {@code move KubernetesServiceIPs to 192.168.20.40-192.168.20.48, free in
     * 192.168.20.0/24}, a free place of the pool's size, written as its author wrote the pool (a prefix
     * when the pool is a prefix). Empty when the pool's subnet is unknown or has no room.
     */
    public Optional<String> relocation(OwnedPool pool) {
        return answers.computeIfAbsent(pool.pool(), p -> place(pool));
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
        IPAddress[] blocks = current.spanWithPrefixBlocks();
        Optional<IPAddressSeqRange> place;
        boolean prefix = range.text().contains("/") && blocks.length == 1 && blocks[0].getNetworkPrefixLength() != null;
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
    public Optional<String> resize(OwnedPool pool, BigInteger size) {
        return answers.computeIfAbsent(pool.pool(), p -> widen(pool, size));
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
