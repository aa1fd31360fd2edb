package dev.netlint.rules.transition;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Pool;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Transition;
import dev.netlint.core.rule.TransitionRule;
import dev.netlint.rules.support.ComputePools;
import dev.netlint.rules.support.Wording;
import java.math.BigInteger;
import java.util.List;

/**
 * The node pool of a device whose compute is configured shrinks below what its running nodes need: nodes
 * + 1 addresses, the node count being the current device's (a partial proposed package may not state it).
 * Which addresses the running VMs hold, the files do not say: that is not judged.
 */
@Rule(id = "node-pool-shrunk", severity = Severity.ERROR, category = Category.POOLS,
        summary = "KubernetesNodeIPs shrinks below the nodes + 1 addresses the running cluster needs")
public final class NodePoolShrunkRule implements TransitionRule {

    @Override
    public void inspect(Transition transition, FindingSink out) {
        Device current = transition.current().device();
        Device proposed = transition.proposed().device();
        if (!current.computeKnown() || !current.poolsKnown() || !proposed.computeKnown() || !proposed.poolsKnown()) {
            return;
        }
        List<Pool> before = ComputePools.named(current, Pool.KUBERNETES_NODE_IPS);
        List<Pool> after = ComputePools.named(proposed, Pool.KUBERNETES_NODE_IPS);
        BigInteger was = count(before);
        BigInteger now = count(after);
        if (was == null || now == null) {
            return;
        }
        int nodes = current.nodeCount();
        BigInteger needed = BigInteger.valueOf(nodes + 1L);
        if (now.compareTo(was) >= 0 || now.compareTo(needed) >= 0) {
            return;
        }
        Pool pool = after.get(0);
        Pool old = before.get(0);
        out.report(pool.range().location(), Pool.KUBERNETES_NODE_IPS + " shrinks from " + ranges(before) + " ("
                + Wording.addresses(was) + ") to " + ranges(after) + " (" + Wording.addresses(now) + "); the running "
                + (nodes == 1 ? "one-node device" : nodes + "-node cluster") + " needs at least " + needed
                + " (nodes + 1)", "keep at least " + needed + " contiguous addresses in the pool, such as the current "
                + ranges(before), new Related(old.range().location(), "the current " + old.describe()));
    }

    /** The addresses of the pools, or {@code null} when there is none or one could not be read. */
    private static BigInteger count(List<Pool> pools) {
        if (pools.isEmpty() || pools.stream().anyMatch(p -> p.range() == null)) {
            return null;
        }
        return pools.stream().map(p -> p.range().value().count()).reduce(BigInteger.ZERO, BigInteger::add);
    }

    private static String ranges(List<Pool> pools) {
        return String.join(", ", pools.stream().map(p -> p.range().value().text()).toList());
    }
}
