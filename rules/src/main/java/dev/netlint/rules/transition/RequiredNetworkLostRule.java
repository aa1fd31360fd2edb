package dev.netlint.rules.transition;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.plan.Coverage;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Transition;
import dev.netlint.core.rule.TransitionRule;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A required network that the VMs reach today (connected or routed, all of it) and would not reach, all
 * of it, after the change; the routes that carried it and are gone or refused in the proposed device are
 * named.
 */
@Rule(id = "required-network-lost", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "A required network reached by the current device is no longer reached by the proposed one")
public final class RequiredNetworkLostRule implements TransitionRule {

    @Override
    public void inspect(Transition transition, FindingSink out) {
        Forwarding before = transition.current().forwarding();
        Forwarding after = transition.proposed().forwarding();
        for (RequiredNetwork network : transition.proposed().device().kubernetes().requiredNetworks()) {
            IPAddress block = network.block();
            if (block == null || !before.knowsConnected(block.getIPVersion())
                    || !after.knowsConnected(block.getIPVersion())) {
                continue;
            }
            Coverage was = before.coverage(block);
            Coverage now = after.coverage(block);
            if (!was.complete() || now.complete()) {
                continue;
            }
            List<String> lost = new ArrayList<>();
            List<Related> related = new ArrayList<>();
            for (KubeRoute route : was.via()) {
                if (!carries(now, route)) {
                    lost.add(route.describe());
                    related.add(new Related(route.location(), "carried it before: " + route.describe()));
                }
            }
            String left = now.uncovered().stream().map(IPAddress::toCanonicalString).limit(3).toList().toString();
            out.report(network.prefix().location(), network.describe() + " is reached by the current device but not"
                    + " by the proposed one: " + left + " would no longer be carried"
                    + (lost.isEmpty() ? "" : " (" + String.join(", ", lost) + " no longer carries it)"),
                    "keep a route to it on the compute port", related.toArray(Related[]::new));
        }
    }

    /** Whether the proposed device has a route written the same way (interface, destination, next hop) among the carriers. */
    private static boolean carries(Coverage now, KubeRoute route) {
        for (KubeRoute other : now.via()) {
            if (other.destination().equals(route.destination()) && route.nextHopAddress() != null
                    && route.nextHopAddress().equals(other.nextHopAddress())) {
                return true;
            }
        }
        return false;
    }
}
