package dev.netlint.rules.pools;

import dev.netlint.core.model.Location;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.plan.Overlaps;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import dev.netlint.rules.support.PoolSpace;
import dev.netlint.rules.support.Texts;
import java.util.List;

/**
 * Two pools, of vSwitches or virtual networks, that share addresses. The later pool is the one to
 * move: when its subnet is known and has room, the message names a free place of the same size.
 */
@Rule(id = "pool-overlap", severity = Severity.ERROR, category = Category.POOLS,
        summary = "Two address pools share addresses")
public final class PoolOverlapRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        List<OwnedPool> pools = context.plan().pools().stream().filter(p -> p.range() != null).toList();
        PoolSpace space = new PoolSpace(context);
        for (Overlaps.Pair<OwnedPool> pair : Overlaps.pairs(pools, OwnedPool::range)) {
            Location a = pair.first().pool().range().location();
            Location b = pair.second().pool().range().location();
            OwnedPool earlier = a.compareTo(b) <= 0 ? pair.first() : pair.second();
            OwnedPool later = earlier == pair.first() ? pair.second() : pair.first();
            out.report(later.pool().range().location(),
                    earlier.pool().describe() + " overlaps " + later.pool().describe() + " at "
                            + Texts.span(pair.shared()) + space.relocation(later).map(f -> "; " + f).orElse(""),
                    new Related(earlier.pool().range().location(), earlier.pool().nameOrRange()));
        }
    }
}
