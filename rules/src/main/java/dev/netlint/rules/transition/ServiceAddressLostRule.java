package dev.netlint.rules.transition;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.Service;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Transition;
import dev.netlint.core.rule.TransitionRule;
import dev.netlint.rules.support.ComputePools;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * A LoadBalancer service of the current device holds an address of the current service pool that the
 * proposed pool no longer contains, and the proposed configuration does not move the service into it.
 */
@Rule(id = "service-address-lost", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A LoadBalancer service holds an address that the proposed service pool no longer contains")
public final class ServiceAddressLostRule implements TransitionRule {

    @Override
    public void inspect(Transition transition, FindingSink out) {
        Device current = transition.current().device();
        Device proposed = transition.proposed().device();
        if (!current.poolsKnown() || !proposed.poolsKnown()) {
            return;
        }
        List<Pool> before = ComputePools.named(current, Pool.KUBERNETES_SERVICE_IPS);
        List<Pool> after = ComputePools.named(proposed, Pool.KUBERNETES_SERVICE_IPS);
        if (after.isEmpty() || after.stream().anyMatch(p -> p.range() == null)) {
            return;
        }
        for (Service service : current.kubernetes().services()) {
            if (!service.isLoadBalancer() || movedInto(service, proposed, after)) {
                continue;
            }
            for (Located<IPAddress> address : service.loadBalancerIps()) {
                IPAddress host = address.value().withoutPrefixLength();
                if (contains(before, host) && !contains(after, host)) {
                    Pool pool = after.get(0);
                    out.report(pool.range().location(), service.describe() + " holds " + host.toCanonicalString()
                            + " from the current KubernetesServiceIPs, which the proposed "
                            + pool.range().value().text() + " no longer contains: MetalLB withdraws the address and"
                            + " the service is no longer reached there",
                            "keep " + host.toCanonicalString() + " in the pool, or give the service an address of the"
                                    + " new pool in the same change",
                            new Related(address.location(), "held by " + service.describe()));
                }
            }
        }
    }

    /** Whether the proposed configuration declares the service again with every address inside the new pool. */
    private static boolean movedInto(Service service, Device proposed, List<Pool> pools) {
        for (Service other : proposed.kubernetes().services()) {
            if (same(service, other) && !other.loadBalancerIps().isEmpty() && other.loadBalancerIps().stream()
                    .allMatch(a -> contains(pools, a.value().withoutPrefixLength()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Service a, Service b) {
        return a.name() != null && b.name() != null && a.name().value().equals(b.name().value())
                && namespace(a).equals(namespace(b));
    }

    private static String namespace(Service service) {
        return service.namespace() == null ? "default" : service.namespace().value();
    }

    private static boolean contains(List<Pool> pools, IPAddress address) {
        for (Pool pool : pools) {
            if (pool.range() != null && pool.range().value().range().contains(address)) {
                return true;
            }
        }
        return false;
    }
}
