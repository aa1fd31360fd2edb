package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.PoolHomes;
import dev.netlint.rules.support.PoolSpace;
import dev.netlint.rules.support.Wording;
import inet.ipaddr.IPAddressSeqRange;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A pool not entirely inside the subnet it must lie in: its vSwitch port's subnet on every node, or
 * its virtual network's subnet. A pool of the other address family than every subnet where it stands
 * (IPv6 addresses on an IPv4-only port) lies outside them all. Silent when that subnet is unknown.
 */
@Rule(id = "pool-outside-subnet", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A pool is not entirely inside its vSwitch port's subnet or its virtual network")
public final class PoolOutsideSubnetRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (OwnedPool pool : context.plan().pools()) {
            IPAddressSeqRange range = pool.range();
            if (range == null) {
                continue;
            }
            List<PoolHomes.Home> homes = PoolHomes.of(context.device(), pool);
            if (homes.isEmpty()) {
                reportOtherFamily(out, pool, PoolHomes.otherFamily(context.device(), pool));
                continue;
            }
            for (PoolHomes.Home home : homes) {
                if (home.contains(range)) {
                    continue;
                }
                String message;
                if (range.overlaps(home.range())) {
                    message = pool.pool().describe() + " is not entirely inside " + home.describe()
                            + "; outside it: " + Arrays.stream(range.subtract(home.range()))
                                    .map(Wording::span)
                                    .collect(Collectors.joining(" and "));
                } else {
                    message = pool.pool().describe() + " lies entirely outside " + home.describe();
                }
                Optional<String> fix = PoolSpace.of(context).relocation(pool);
                out.report(pool.pool().range().location(), message, fix.orElse(null),
                        new Related(home.location(), home.describe()));
            }
        }
    }

    private static void reportOtherFamily(FindingSink out, OwnedPool pool, List<PoolHomes.Home> homes) {
        if (homes.isEmpty()) {
            return;
        }
        String family = pool.range().getLower().isIPv4() ? "IPv4" : "IPv6";
        String subnets = homes.stream().map(h -> h.subnet().toCanonicalString()).collect(Collectors.joining(" and "));
        PoolHomes.Home first = homes.get(0);
        String where = pool.virtualNetwork() != null ? first.owner() : first.owner().contains(" of ")
                ? "its port" : first.owner();
        out.report(pool.pool().range().location(), pool.pool().describe() + " holds " + family + " addresses, but "
                + where + " has no " + family + " subnet (only " + subnets + "): the pool lies outside every subnet"
                + " where it stands", "give it addresses in " + subnets, new Related(first.location(), first.describe()));
    }
}
