package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Location;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.plan.RangeIndex;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.PoolSpace;
import dev.netlint.rules.support.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Two pools, of vSwitches or virtual networks, that share addresses. The later pool is the one to
 * move: when its subnet is known and has room, the message names a free place of the same size.
 *
 * <p>Pools are taken in file order, each asking an index of the pools before it which of them overlap
 * it: O(n log n) for n pools, plus the findings. When every pool overlaps every other, that is n²/2
 * pairs: a pool names the first {@value #NAMED} pools before it that it overlaps (lowest address
 * first), then one finding says how many more there are.
 */
@Rule(id = "pool-overlap", severity = Severity.ERROR, category = Category.POOLS,
        summary = "Two address pools share addresses")
public final class PoolOverlapRule implements DeviceRule {

    /** How many earlier pools one pool's findings name. */
    static final int NAMED = 3;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<OwnedPool> pools = new ArrayList<>(context.plan().pools().stream().filter(p -> p.range() != null)
                .toList());
        pools.sort(Comparator.comparing(p -> p.pool().range().location()));
        RangeIndex<OwnedPool> earlier = RangeIndex.empty(pools, OwnedPool::range);
        for (int i = 0; i < pools.size(); i++) {
            OwnedPool later = pools.get(i);
            List<OwnedPool> overlapping = earlier.overlapping(later.range(), NAMED);
            if (!overlapping.isEmpty()) {
                Optional<String> fix = PoolSpace.of(context).relocation(later);
                Location at = later.pool().range().location();
                for (OwnedPool first : overlapping) {
                    out.report(at, first.pool().describe() + " overlaps " + later.pool().describe() + " at "
                                    + Wording.span(first.range().intersect(later.range())), fix.orElse(null),
                            new Related(first.pool().range().location(), first.pool().nameOrRange()));
                }
                int more = earlier.count(later.range()) - overlapping.size();
                if (more > 0) {
                    out.report(at, later.pool().describe() + " also overlaps " + more + " more pool"
                            + (more == 1 ? "" : "s") + " declared before it, not named here", fix.orElse(null));
                }
            }
            earlier.insert(i);
        }
    }
}
