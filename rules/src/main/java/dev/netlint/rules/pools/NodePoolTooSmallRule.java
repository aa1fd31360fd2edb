package dev.netlint.rules.pools;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Pool;
import dev.netlint.core.plan.AddressPlan.OwnedPool;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.PoolSpace;
import dev.netlint.rules.support.Wording;
import java.math.BigInteger;
import java.util.Optional;

/** {@code KubernetesNodeIPs} on the compute vSwitch holds fewer than nodes + 1 addresses. */
@Rule(id = "node-pool-too-small", severity = Severity.ERROR, category = Category.POOLS,
        summary = "KubernetesNodeIPs holds fewer than nodes + 1 addresses")
public final class NodePoolTooSmallRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        int nodes = device.nodeCount();
        BigInteger needed = BigInteger.valueOf(nodes + 1L);
        for (OwnedPool pool : context.plan().pools()) {
            if (pool.vSwitch() == null || !pool.vSwitch().isCompute() || pool.range() == null
                    || !pool.pool().isNamed(Pool.KUBERNETES_NODE_IPS)) {
                continue;
            }
            BigInteger count = pool.range().getCount();
            if (count.compareTo(needed) >= 0) {
                continue;
            }
            Optional<String> fix = PoolSpace.of(context).resize(pool, needed);
            out.report(pool.pool().range().location(), pool.pool().describe() + " holds "
                    + Wording.addresses(count) + "; a " + (nodes == 1 ? "one-node device" : nodes + "-node cluster")
                    + " needs at least " + needed + " (nodes + 1)"
                    + fix.map(f -> ": use " + f).orElse(""));
        }
    }
}
