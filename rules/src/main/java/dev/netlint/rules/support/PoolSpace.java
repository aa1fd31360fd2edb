package dev.netlint.rules.support;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.KubeRoute;
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
 * on first need, once. Within a run a pool is offered one place, however often it is asked about, and
 * no two pools are offered the same addresses: each place offered is taken for the next question.
 */
public final class PoolSpace {

    /** What a pool must stay clear of, as the address plan records it. */
    private static final Set<PlanKind> TAKEN = EnumSet.of(PlanKind.POOL, PlanKind.VIRTUAL_NETWORK_POOL,
            PlanKind.INTERFACE_ADDRESS, PlanKind.GATEWAY, PlanKind.VIRTUAL_NETWORK_GATEWAY, PlanKind.DNS_SERVER);

    private record Taken(IPAddressSeqRange range, Object owner) {
    }

    private final DeviceContext context;
    private List<Taken> taken;
    private final Map<Object, Optional<String>> answers = new IdentityHashMap<>();
    private final List<IPAddressSeqRange> offered = new ArrayList<>();

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
        List<IPAddressSeqRange> used = usedBesides(pool, homes);
        AddressRange range = pool.pool().range().value();
        IPAddressSeqRange current = range.range();
        IPAddress[] blocks = current.spanWithPrefixBlocks();
        Optional<IPAddressSeqRange> place;
        boolean prefix = range.text().contains("/") && blocks.length == 1 && blocks[0].getNetworkPrefixLength() != null;
        if (prefix) {
            place = FreeRange.firstBlock(within, blocks[0].getNetworkPrefixLength(), used)
                    .map(IPAddress::toSequentialRange);
        } else {
            place = FreeRange.first(within, current.getCount(), used);
        }
        place.ifPresent(offered::add);
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
        List<IPAddressSeqRange> used = usedBesides(pool, homes);
        IPAddress start = pool.range().getLower();
        Optional<IPAddressSeqRange> place = Optional.empty();
        if (within.contains(start)) {
            IPAddressSeqRange fromStart = start.withoutPrefixLength().spanWithRange(within.getUpper());
            place = FreeRange.first(fromStart, size, used)
                    .filter(r -> r.getLower().withoutPrefixLength().equals(start.withoutPrefixLength()));
        }
        if (place.isEmpty()) {
            place = FreeRange.first(within, size, used);
        }
        place.ifPresent(offered::add);
        return place.map(AddressRange::describe);
    }

    /** A prefix when the range is one block, else start-end. */
    private static String describe(IPAddressSeqRange range) {
        IPAddress[] blocks = range.spanWithPrefixBlocks();
        return blocks.length == 1 ? blocks[0].toCanonicalString() : AddressRange.describe(range);
    }

    private List<IPAddressSeqRange> usedBesides(OwnedPool pool, List<PoolHomes.Home> homes) {
        List<IPAddressSeqRange> used = new ArrayList<>(offered);
        for (Taken t : taken()) {
            if (t.owner() != pool.pool()) {
                used.add(t.range());
            }
        }
        for (PoolHomes.Home home : homes) {
            IPAddress subnet = home.subnet();
            Integer length = subnet.getNetworkPrefixLength();
            if (subnet.isIPv4() && length != null && length <= 30) {
                used.add(subnet.getLower().withoutPrefixLength().toSequentialRange());
                used.add(subnet.getUpper().withoutPrefixLength().toSequentialRange());
            } else if (subnet.isIPv6() && length != null && length <= 126) {
                // The all-zero host of an IPv6 subnet is the subnet-router anycast address (RFC 4291).
                used.add(subnet.getLower().withoutPrefixLength().toSequentialRange());
            }
        }
        return used;
    }

    private List<Taken> taken() {
        if (taken == null) {
            List<Taken> list = new ArrayList<>();
            for (PlanKind kind : TAKEN) {
                for (PlanEntry entry : context.plan().entries(kind)) {
                    list.add(new Taken(entry.range(), entry.owner()));
                }
            }
            Set<IPAddress> nextHops = new HashSet<>();
            for (KubeRoute route : context.device().kubernetes().routes()) {
                IPAddress hop = route.nextHopAddress();
                if (hop != null && nextHops.add(hop.withoutPrefixLength())) {
                    list.add(new Taken(hop.withoutPrefixLength().toSequentialRange(), route));
                }
            }
            taken = list;
        }
        return taken;
    }
}
