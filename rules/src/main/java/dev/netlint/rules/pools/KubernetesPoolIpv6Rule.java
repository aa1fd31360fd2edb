package dev.netlint.rules.pools;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * A {@code KubernetesNodeIPs} or {@code KubernetesServiceIPs} pool of IPv6 addresses on the vSwitch
 * enabled for compute: the compute network takes only static IPv4 configuration. A Kubernetes pool
 * elsewhere is {@code kubernetes-pool-misplaced}'s finding; Kubernetes does not read it at all.
 */
@Rule(id = "kubernetes-pool-ipv6", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A Kubernetes node or service pool holds IPv6 addresses: the compute network is IPv4 only")
public final class KubernetesPoolIpv6Rule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (VSwitch vSwitch : context.device().computeVSwitches()) {
            for (Pool pool : vSwitch.pools()) {
                if (!pool.isKubernetesPool() || pool.range() == null || pool.range().value().isIPv4()) {
                    continue;
                }
                String port = vSwitch.port();
                Located<String> name = pool.name();
                String use = name.value().equalsIgnoreCase(Pool.KUBERNETES_NODE_IPS)
                        ? "the Kubernetes node VMs" : "the LoadBalancer services";
                out.report(pool.range().location(), pool.describe() + " is an IPv6 range, but the compute network"
                        + " supports only static IPv4 configuration: " + use + " would get no address from it", "use"
                        + " a range of IPv4 addresses in the subnet of " + (port == null ? "the compute port" : port));
            }
        }
    }
}
