package dev.netlint.rules.pools;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.Service;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.ComputePools;
import java.util.List;

/**
 * The compute vSwitch lacks {@code KubernetesNodeIPs} (error) or {@code KubernetesServiceIPs}
 * (warning). A pool declared in the wrong place is {@code kubernetes-pool-misplaced}'s finding, and a
 * missing service pool that LoadBalancer services need is {@code service-pool-too-small}'s.
 */
@Rule(id = "kubernetes-pool-missing", severity = Severity.ERROR, category = Category.POOLS,
        summary = "The compute vSwitch has no KubernetesNodeIPs or no KubernetesServiceIPs pool")
public final class KubernetesPoolMissingRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        List<VSwitch> compute = device.computeVSwitches();
        // a pool list or pool name that did not read may hold the pool: unknown is not missing
        if (compute.isEmpty() || !device.computeKnown() || !device.poolsKnown()) {
            return;
        }
        VSwitch vSwitch = compute.get(0);
        if (absent(device, Pool.KUBERNETES_NODE_IPS)) {
            out.report(vSwitch.location(), vSwitch.describe() + " is enabled for compute but has no "
                    + Pool.KUBERNETES_NODE_IPS + " pool: the Kubernetes node VMs need a static range of at least "
                    + (device.nodeCount() + 1) + " addresses (nodes + 1) in the subnet of " + port(vSwitch));
        }
        boolean loadBalancers = device.kubernetes().services().stream().anyMatch(Service::isLoadBalancer);
        if (absent(device, Pool.KUBERNETES_SERVICE_IPS) && !loadBalancers) {
            out.report(Severity.WARNING, vSwitch.location(), vSwitch.describe() + " is enabled for compute but has"
                    + " no " + Pool.KUBERNETES_SERVICE_IPS + " pool: the device requires at least 1 external"
                    + " service IP, and no LoadBalancer service can be exposed without one", List.of());
        }
    }

    private static boolean absent(Device device, String name) {
        return ComputePools.named(device, name).isEmpty() && !ComputePools.misplaced(device, name);
    }

    private static String port(VSwitch vSwitch) {
        return vSwitch.port() == null ? "its port" : vSwitch.port();
    }
}
