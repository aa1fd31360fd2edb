package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.Service;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.ClusterCidrs;
import dev.netlint.rules.support.ClusterCidrs.Cidr;
import dev.netlint.rules.support.ComputePools;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A service asks for an address its allocator cannot give: a load-balancer IP outside
 * {@code KubernetesServiceIPs} (MetalLB's range), or a cluster IP outside the service subnet or equal to
 * an address Kubernetes' allocator never gives (the subnet's network address, and an IPv4 subnet's
 * broadcast address). The load-balancer IP of a service known not to be a LoadBalancer is ignored by
 * Kubernetes and MetalLB alike: an info says so, and it is not judged.
 */
@Rule(id = "service-ip-outside-range", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A load-balancer IP is outside KubernetesServiceIPs, or a cluster IP outside the service subnet"
                + " or on its network or broadcast address")
public final class ServiceIpOutsideRangeRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<Pool> pools = ComputePools.named(context.device(), Pool.KUBERNETES_SERVICE_IPS);
        boolean poolsKnown = !pools.isEmpty() && pools.stream().allMatch(p -> p.range() != null);
        String poolText = pools.stream().map(Pool::describe).collect(Collectors.joining(" or "));
        Cidr serviceSubnet = ClusterCidrs.serviceSubnet(context);
        for (Service service : context.device().kubernetes().services()) {
            if (service.isNotLoadBalancer() && !service.loadBalancerIps().isEmpty()) {
                Located<IPAddress> ignored = service.loadBalancerIps().get(0);
                out.report(Severity.INFO, ignored.location(), "load-balancer IP "
                        + ignored.value().toCanonicalString() + " of " + service.describe() + " is ignored: the"
                        + " service is of type " + (service.type() == null ? "ClusterIP (not written)"
                        : service.type().value()) + ", loadBalancerIP only applies to type LoadBalancer and"
                        + " MetalLB serves only that type; it is not checked against " + Pool.KUBERNETES_SERVICE_IPS,
                        List.of());
            }
            for (Located<IPAddress> lb : service.requestedLoadBalancerIps()) {
                if (poolsKnown && pools.stream().noneMatch(p -> p.range().value().contains(lb.value()))) {
                    out.report(lb.location(), "load-balancer IP " + lb.value().toCanonicalString() + " of "
                            + service.describe() + " is outside " + poolText + ": MetalLB only assigns addresses"
                            + " from that range, so the service would stay pending",
                            new Related(pools.get(0).range().location(), pools.get(0).describe()));
                }
            }
            for (Located<IPAddress> cluster : service.clusterIps()) {
                if (serviceSubnet == null || cluster.value().isIPv4() != serviceSubnet.block().isIPv4()) {
                    // an address of the other family is service-ip-family-unsupported's to report
                    continue;
                }
                String message;
                if (!serviceSubnet.block().contains(cluster.value())) {
                    message = "cluster IP " + cluster.value().toCanonicalString() + " of " + service.describe()
                            + " is outside the " + serviceSubnet.describe() + ": the API server refuses it";
                } else if (reserved(serviceSubnet.block(), cluster.value()) != null) {
                    message = "cluster IP " + cluster.value().toCanonicalString() + " of " + service.describe()
                            + " is the " + reserved(serviceSubnet.block(), cluster.value()) + " of the "
                            + serviceSubnet.describe() + ": the API server's allocator never gives it, and refuses it"
                            + " as outside the valid range";
                } else {
                    continue;
                }
                if (serviceSubnet.isDefault()) {
                    out.report(cluster.location(), message);
                } else {
                    out.report(cluster.location(), message, new Related(serviceSubnet.written().location(),
                            serviceSubnet.describe()));
                }
            }
        }
    }

    /**
     * What an address Kubernetes' service IP allocator leaves out of its range is: the subnet's network
     * address, and an IPv4 subnet's broadcast address; {@code null} for any other.
     */
    private static String reserved(IPAddress block, IPAddress ip) {
        IPAddress address = ip.withoutPrefixLength();
        if (address.equals(block.getLower().withoutPrefixLength())) {
            return "network address";
        }
        if (block.isIPv4() && address.equals(block.getUpper().withoutPrefixLength())) {
            return "broadcast address";
        }
        return null;
    }
}
