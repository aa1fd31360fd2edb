package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.plan.Coverage;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.RouteFacts;
import dev.netlint.rules.support.Wording;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A required network that installed routes (or the connected subnet) reach only in part: the rest is
 * named. Not when the rest leaves through the compute port's own default gateway, which reaches it.
 */
@Rule(id = "network-partially-routed", severity = Severity.WARNING, category = Category.ROUTING,
        summary = "Installed routes cover only part of a required network")
public final class NetworkPartiallyRoutedRule implements DeviceRule {

    private static final int SHOWN = 8;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Forwarding forwarding = context.forwarding();
        RouteFacts facts = new RouteFacts(context);
        for (RequiredNetwork network : context.device().kubernetes().requiredNetworks()) {
            Coverage coverage = RequiredNetworkRules.coverage(forwarding, network);
            if (coverage == null || coverage.complete() || coverage.none()
                    || RequiredNetworkRules.natThroughComputePort(forwarding, coverage.network())) {
                continue;
            }
            List<String> left = new ArrayList<>();
            BigInteger count = BigInteger.ZERO;
            for (IPAddress block : coverage.uncovered()) {
                left.add(block.toCanonicalString());
                count = count.add(block.getCount());
            }
            List<String> carriers = new ArrayList<>();
            if (coverage.connected()) {
                carriers.add("the connected subnet");
            }
            for (KubeRoute route : coverage.via()) {
                carriers.add(route.describe());
            }
            RequiredNetworkRules.Refused refused = RequiredNetworkRules.refused(context, facts, coverage.uncovered());
            out.report(Severity.WARNING, network.prefix().location(), network.describe() + " is only partly reached"
                    + " (through " + RouteFacts.capped(carriers, 3) + "): " + RouteFacts.capped(left, SHOWN) + " ("
                    + Wording.addresses(count) + ") " + (left.size() == 1 ? "is" : "are") + " neither connected nor"
                    + " routed, and that traffic " + RequiredNetworkRules.defaultPath(forwarding, coverage.network())
                    + refused.clause(), refused.found() ? refused.fix() : "widen a route or add one for what is left",
                    refused.related());
        }
    }
}
