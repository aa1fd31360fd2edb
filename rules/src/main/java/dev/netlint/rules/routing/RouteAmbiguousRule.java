package dev.netlint.rules.routing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.plan.PrefixKey;
import dev.netlint.core.plan.RouteState;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Installed routes with one destination and one metric but different next hops. Only the first route
 * of each further next hop is reported: a copy of it is {@code route-duplicate}'s, and routes the VMs
 * refuse cannot compete (their own rule says why).
 */
@Rule(id = "route-ambiguous", severity = Severity.WARNING, category = Category.ROUTING,
        summary = "Routes to one destination with equal metrics have different next hops")
public final class RouteAmbiguousRule implements DeviceRule {

    /** Equality and hash written out: a record's go through method handles, slow under the launcher's C1. */
    private record Key(PrefixKey destination, long metric) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && metric == k.metric && destination.equals(k.destination);
        }

        @Override
        public int hashCode() {
            return destination.hashCode() * 31 + Long.hashCode(metric);
        }
    }

    /** The routes of one destination and metric: nearly always one, so the set of next hops is made late. */
    private static final class Group {
        final KubeRoute first;
        final PrefixKey firstHop;
        Set<PrefixKey> otherHops;

        Group(KubeRoute first) {
            this.first = first;
            this.firstHop = PrefixKey.of(first.nextHopAddress());
        }

        /** Adds a next hop; whether it is new to the group. */
        boolean add(PrefixKey hop) {
            if (hop.equals(firstHop)) {
                return false;
            }
            if (otherHops == null) {
                otherHops = new HashSet<>();
            }
            return otherHops.add(hop);
        }
    }

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<RouteState> states = context.forwarding().states();
        List<KubeRoute> routes = context.device().kubernetes().routes();
        Map<Key, Group> groups = new HashMap<>(routes.size() * 2);
        for (int i = 0; i < routes.size(); i++) {
            KubeRoute route = routes.get(i);
            if (states.get(i) != RouteState.INSTALLED) {
                continue;
            }
            // as the VMs' table holds it: an IPv6 metric of 0 is 1024 there, so 0 and 1024 tie
            Key key = new Key(PrefixKey.of(route.destination()), Forwarding.tableMetric(route));
            Group group = groups.get(key);
            if (group == null) {
                groups.put(key, new Group(route));
                continue;
            }
            if (!group.add(PrefixKey.of(route.nextHopAddress()))) {
                continue;
            }
            KubeRoute first = group.first;
            out.report(route.nextHop().location(), route.describe() + " and " + first.describe() + " (line "
                            + first.location().line() + ") have the same destination and metric " + Forwarding.tableMetric(route)
                            + " in the VMs' table but different next hops: which one the VMs use depends on the order the routes are"
                            + " added", "give the backup route a higher routeMetric",
                    new Related(first.nextHop().location(), "next hop " + first.nextHopAddress().toCanonicalString()));
        }
    }
}
