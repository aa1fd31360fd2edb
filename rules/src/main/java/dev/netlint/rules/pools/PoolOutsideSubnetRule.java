package dev.netlint.rules.pools;

import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import dev.netlint.rules.support.PoolHomes;
import dev.netlint.rules.support.PoolSpace;
import dev.netlint.rules.support.Texts;
import inet.ipaddr.IPAddressSeqRange;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A pool not entirely inside the subnet it must lie in: its vSwitch port's subnet on every node, or
 * its virtual network's subnet. Silent when that subnet is unknown.
 */
@Rule(id = "pool-outside-subnet", severity = Severity.ERROR, category = "Compute and Kubernetes address pools",
        summary = "A pool is not entirely inside its vSwitch port's subnet or its virtual network")
public final class PoolOutsideSubnetRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        PoolSpace space = new PoolSpace(context);
        for (OwnedPool pool : context.plan().pools()) {
            IPAddressSeqRange range = pool.range();
            if (range == null) {
                continue;
            }
            for (PoolHomes.Home home : PoolHomes.of(context.device(), pool)) {
                if (home.contains(range)) {
                    continue;
                }
                String message;
                if (range.overlaps(home.range())) {
                    message = pool.pool().describe() + " is not entirely inside " + home.describe()
                            + "; outside it: " + Arrays.stream(range.subtract(home.range()))
                                    .map(Texts::span)
                                    .collect(Collectors.joining(" and "));
                } else {
                    message = pool.pool().describe() + " lies entirely outside " + home.describe();
                }
                Optional<String> fix = space.relocation(pool);
                if (fix.isPresent()) {
                    message += "; " + fix.get();
                }
                out.report(pool.pool().range().location(), message, new Related(home.location(), home.describe()));
            }
        }
    }
}
