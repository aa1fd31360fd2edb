package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.plan.Coverage;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.RouteFacts;
import java.util.List;

/**
 * A required network that is neither connected nor covered by any installed route. The
 * message says where its traffic goes instead and, when a route was written for it but is refused,
 * which route and why: that route has its own finding too, and both are true. When the default path
 * leaves through the compute port itself, via its gateway, the network is reached (NATed): an info.
 */
@Rule(id = "network-unreachable", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "A required network is neither connected nor covered by an installed route")
public final class NetworkUnreachableRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Forwarding forwarding = context.forwarding();
        RouteFacts facts = new RouteFacts(context);
        for (RequiredNetwork network : context.device().kubernetes().requiredNetworks()) {
            Coverage coverage = RequiredNetworkRules.coverage(forwarding, network);
            if (coverage == null || !coverage.none()) {
                continue;
            }
            RequiredNetworkRules.Refused refused = RequiredNetworkRules.refused(context, facts, List.of(coverage.network()));
            if (RequiredNetworkRules.natThroughComputePort(forwarding, coverage.network())) {
                out.report(Severity.INFO, network.prefix().location(), network.describe() + " is reached through"
                        + " the compute port's own default gateway: no installed route covers it, so its traffic "
                        + RequiredNetworkRules.defaultPath(forwarding, coverage.network()) + ", NATed to the node's"
                        + " address" + refused.clause(), null, refused.related());
                continue;
            }
            out.report(Severity.ERROR, network.prefix().location(), network.describe() + " is not reached: it lies"
                    + " outside " + facts.connectedSubnets(coverage.network().getIPVersion()) + ", and no installed"
                    + " route covers it, so its traffic " + RequiredNetworkRules.defaultPath(forwarding, coverage.network())
                    + refused.clause(), refused.found() ? refused.fix()
                    : "add a route to it on " + forwarding.computePort() + " via a router in the compute port's"
                            + " subnet", refused.related());
        }
    }
}
