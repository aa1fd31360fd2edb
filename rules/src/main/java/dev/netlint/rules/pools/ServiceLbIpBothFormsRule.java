package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Service;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;

/**
 * A LoadBalancer service asks MetalLB for its address both by {@code spec.loadBalancerIP} and by the
 * {@code loadBalancerIPs} annotation: MetalLB's controller refuses it ({@code getDesiredLbIPs}), and the
 * service stays pending, whatever the two say.
 */
@Rule(id = "service-lb-ip-both-forms", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A LoadBalancer service has both spec.loadBalancerIP and the MetalLB loadBalancerIPs annotation")
public final class ServiceLbIpBothFormsRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (Service service : context.device().kubernetes().services()) {
            Located<IPAddress> spec = service.details().specLoadBalancerIp();
            Located<String> annotation = service.details().ipsAnnotation();
            if (!service.isLoadBalancer() || spec == null || annotation == null || annotation.value().isEmpty()) {
                continue;
            }
            out.report(spec.location(), service.describe() + " asks MetalLB for its address twice, by"
                    + " spec.loadBalancerIP " + spec.value().toCanonicalString() + " and by the loadBalancerIPs"
                    + " annotation '" + annotation.value() + "': MetalLB refuses a service with both (\"service can"
                    + " not have both metallb.io/loadBalancerIPs and svc.Spec.LoadBalancerIP\"), and it stays"
                    + " pending", "keep one of the two: the annotation (spec.loadBalancerIP is deprecated)",
                    new Related(annotation.location(), "the loadBalancerIPs annotation"));
        }
    }
}
