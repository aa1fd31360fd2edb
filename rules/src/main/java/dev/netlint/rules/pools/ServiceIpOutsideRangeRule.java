package dev.netlint.rules.pools;

import dev.netlint.core.model.Located;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.Service;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import dev.netlint.rules.support.ClusterCidrs;
import dev.netlint.rules.support.ClusterCidrs.Cidr;
import dev.netlint.rules.support.ComputePools;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A service asks for an address its allocator cannot give: a load-balancer IP outside
 * {@code KubernetesServiceIPs} (MetalLB's range), or a cluster IP outside the service subnet.
 */
@Rule(id = "service-ip-outside-range", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A load-balancer IP is outside KubernetesServiceIPs, or a cluster IP outside the service subnet")
public final class ServiceIpOutsideRangeRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        List<Pool> pools = ComputePools.named(context.device(), Pool.KUBERNETES_SERVICE_IPS);
        boolean poolsKnown = !pools.isEmpty() && pools.stream().allMatch(p -> p.range() != null);
        String poolText = pools.stream().map(Pool::describe).collect(Collectors.joining(" or "));
        Cidr serviceSubnet = ClusterCidrs.serviceSubnet(context);
        for (Service service : context.device().kubernetes().services()) {
            for (Located<IPAddress> lb : service.loadBalancerIps()) {
                if (poolsKnown && pools.stream().noneMatch(p -> p.range().value().contains(lb.value()))) {
                    out.report(lb.location(), "load-balancer IP " + lb.value().toCanonicalString() + " of "
                            + service.describe() + " is outside " + poolText + ": MetalLB only assigns addresses"
                            + " from that range, so the service would stay pending",
                            new Related(pools.get(0).range().location(), pools.get(0).describe()));
                }
            }
            for (Located<IPAddress> cluster : service.clusterIps()) {
                if (serviceSubnet == null || serviceSubnet.block().contains(cluster.value())) {
                    continue;
                }
                String message = "cluster IP " + cluster.value().toCanonicalString() + " of " + service.describe()
                        + " is outside the " + serviceSubnet.describe() + ": the API server refuses it";
                if (serviceSubnet.isDefault()) {
                    out.report(cluster.location(), message);
                } else {
                    out.report(cluster.location(), message, new Related(serviceSubnet.written().location(),
                            serviceSubnet.describe()));
                }
            }
        }
    }
}
