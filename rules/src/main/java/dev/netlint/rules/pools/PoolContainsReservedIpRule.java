package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.PlanKind;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.PoolHomes;
import dev.netlint.rules.support.PoolSpace;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A pool that contains an address already in use: an interface address, a gateway, a DNS server, or
 * the network or broadcast address of the subnet the pool lies in. One finding per pool and address;
 * one finding for a pool written as a prefix, which stands for its whole block. The pools of the
 * networks the device makes itself ({@code <vswitch>-internal}) are not the user's to fix: not judged.
 */
@Rule(id = "pool-contains-reserved-ip", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A pool contains an interface address, a gateway, a DNS server, or a network or broadcast address")
public final class PoolContainsReservedIpRule implements DeviceRule {

    private static final Set<PlanKind> RESERVED = EnumSet.of(PlanKind.INTERFACE_ADDRESS, PlanKind.GATEWAY,
            PlanKind.VIRTUAL_NETWORK_GATEWAY, PlanKind.DNS_SERVER);

    /**
     * One reason an address is taken.
     *
     * @param location where the address is declared, or, for a subnet's network and broadcast address,
     *     which nobody declares, where the subnet is
     * @param declared whether {@code location} declares the address itself
     * @param note what the related location shows
     */
    private record Use(String what, Location location, boolean declared, String note) {

        static Use declared(String what, Location location) {
            return new Use(what, location, true, what);
        }

        static Use edge(String which, PoolHomes.Home home) {
            return new Use("the " + which + " address of " + home.describe(), home.location(), false, home.describe());
        }
    }

    /** How many addresses in use one pool's findings name, lowest first; the rest are counted. */
    static final int LISTED = 64;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (OwnedPool pool : context.plan().pools()) {
            IPAddressSeqRange range = pool.range();
            if (range == null || pool.virtualNetwork() != null && pool.virtualNetwork().isDeviceMade()) {
                continue;
            }
            Map<IPAddress, List<Use>> uses = new TreeMap<>();
            List<PlanEntry> declared = context.plan().overlapping(range, RESERVED, LISTED + 1);
            int unlisted = 0;
            if (declared.size() > LISTED) {
                // A pool over a whole plant network may hold thousands: the lowest are named, the rest counted.
                IPAddress cut = declared.get(LISTED).range().getLower().withoutPrefixLength();
                declared = declared.stream().filter(e -> e.range().getLower().withoutPrefixLength().compareTo(cut) < 0)
                        .toList();
                unlisted = context.plan().count(range, RESERVED) - declared.size();
            }
            for (PlanEntry entry : declared) {
                uses.computeIfAbsent(entry.range().getLower().withoutPrefixLength(), a -> new ArrayList<>())
                        .add(Use.declared(describe(entry), entry.location()));
            }
            for (PoolHomes.Home home : PoolHomes.of(context.device(), pool)) {
                // A pool that leaves its subnet is pool-outside-subnet's finding; the subnet's edges then
                // say nothing more.
                Integer length = home.subnet().getNetworkPrefixLength();
                if (!home.contains(range) || !home.subnet().isIPv4() || length == null || length > 30) {
                    continue;
                }
                // Compared as numbers: most pools hold neither edge, and a device may have 100,000 pools.
                long first = range.getLower().toIPv4().longValue();
                long last = range.getUpper().toIPv4().longValue();
                long network = home.subnet().getLower().toIPv4().longValue();
                long broadcast = home.subnet().getUpper().toIPv4().longValue();
                if (first <= network && network <= last) {
                    uses.computeIfAbsent(home.subnet().getLower().withoutPrefixLength(), a -> new ArrayList<>())
                            .add(Use.edge("network", home));
                }
                if (first <= broadcast && broadcast <= last) {
                    uses.computeIfAbsent(home.subnet().getUpper().withoutPrefixLength(), a -> new ArrayList<>())
                            .add(Use.edge("broadcast", home));
                }
            }
            if (uses.isEmpty() && unlisted == 0) {
                continue;
            }
            Optional<String> fix = PoolSpace.of(context).relocation(pool);
            if (pool.pool().range().value().writtenAsPrefix()) {
                reportPrefix(out, pool, uses, unlisted, fix);
                continue;
            }
            for (Map.Entry<IPAddress, List<Use>> entry : uses.entrySet()) {
                report(out, pool, entry.getKey(), entry.getValue(), fix);
            }
            if (unlisted > 0) {
                out.report(pool.pool().range().location(), pool.pool().describe() + " also contains " + unlisted
                        + " more interface addresses, gateways or DNS servers, not listed", fix.orElse(null));
            }
        }
    }

    private static void report(FindingSink out, OwnedPool pool, IPAddress address, List<Use> uses,
                               Optional<String> fix) {
        String message = pool.pool().describe() + " contains " + address.toCanonicalString() + ", "
                + uses.stream().map(Use::what).distinct().collect(Collectors.joining(" and "))
                + (uses.stream().anyMatch(Use::declared)
                        ? ": the device would hand out an address that is already in use"
                        : ": the device would hand out an address that no host can use");
        Location primary = pool.pool().range().location();
        for (Use use : uses) {
            if (use.declared() && use.location().compareTo(primary) > 0) {
                primary = use.location();
            }
        }
        List<Related> related = new ArrayList<>();
        if (primary != pool.pool().range().location()) {
            related.add(new Related(pool.pool().range().location(), pool.pool().nameOrRange()));
        }
        for (Use use : uses) {
            if (use.location() != primary) {
                related.add(new Related(use.location(), use.note()));
            }
        }
        out.report(null, primary, message, fix.orElse(null), related);
    }

    /** One finding for a pool written as a prefix: what its block takes in, each address with its use. */
    private static void reportPrefix(FindingSink out, OwnedPool pool, Map<IPAddress, List<Use>> uses, int unlisted,
                                     Optional<String> fix) {
        String text = pool.pool().range().value().text();
        List<String> held = new ArrayList<>();
        List<Related> related = new ArrayList<>();
        for (Map.Entry<IPAddress, List<Use>> entry : uses.entrySet()) {
            held.add(entry.getKey().toCanonicalString() + " (" + entry.getValue().stream().map(Use::what).distinct()
                    .collect(Collectors.joining(" and ")) + ")");
            for (Use use : entry.getValue()) {
                related.add(new Related(use.location(), use.note()));
            }
        }
        if (unlisted > 0) {
            held.add(unlisted + " more interface addresses, gateways or DNS servers");
        }
        String name = pool.pool().name() == null ? "pool" : pool.pool().name().value();
        out.report(null, pool.pool().range().location(), name + " is written as the prefix " + text
                        + ", which stands for every address of its block, " + AddressRange.describe(pool.range())
                        + ": the device would hand out " + String.join(", ", held),
                fix.orElse("write the pool as a range of host addresses, start-end, that leaves these out"), related);
    }

    private static String describe(PlanEntry entry) {
        String owner;
        if (entry.owner() instanceof NetInterface port) {
            owner = port.describe();
        } else if (entry.owner() instanceof VirtualNetwork network) {
            owner = network.describe();
        } else {
            owner = entry.kind().noun();
        }
        return switch (entry.kind()) {
            case INTERFACE_ADDRESS -> "the address of " + owner;
            case DNS_SERVER -> "a DNS server of " + owner;
            default -> "the gateway of " + owner;
        };
    }
}
