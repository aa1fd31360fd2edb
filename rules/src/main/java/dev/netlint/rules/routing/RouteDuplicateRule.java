package dev.netlint.rules.routing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.plan.PrefixKey;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The same interface, destination and next hop twice, whatever the metrics; found by hashing. */
@Rule(id = "route-duplicate", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "The same route (interface, destination, next hop) is written twice")
public final class RouteDuplicateRule implements DeviceRule {

    /** Equality and hash written out: a record's go through method handles, slow under the launcher's C1. */
    private record Key(String port, PrefixKey destination, PrefixKey nextHop) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && destination.equals(k.destination) && nextHop.equals(k.nextHop)
                    && port.equals(k.port);
        }

        @Override
        public int hashCode() {
            return (destination.hashCode() * 31 + nextHop.hashCode()) * 31 + port.hashCode();
        }
    }

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<KubeRoute> routes = context.device().kubernetes().routes();
        Map<Key, KubeRoute> first = new HashMap<>(routes.size() * 2);
        Map<String, String> ports = new HashMap<>();
        for (KubeRoute route : routes) {
            IPAddress destination = route.destination();
            if (route.alias() == null || destination == null || route.nextHopAddress() == null) {
                continue;
            }
            String port = ports.computeIfAbsent(route.alias(), a -> a.trim().toLowerCase(Locale.ROOT));
            Key key = new Key(port, PrefixKey.of(destination), PrefixKey.of(route.nextHopAddress()));
            KubeRoute earlier = first.putIfAbsent(key, route);
            if (earlier == null) {
                continue;
            }
            String metrics = metric(earlier) + " and " + metric(route);
            boolean sameMetric = Objects.equals(metric(earlier), metric(route));
            out.report(route.location(), route.describe() + " is written twice (first on line "
                            + earlier.location().line() + (sameMetric ? "" : ", metrics " + metrics) + "): the second"
                            + " Add-HcsNetRoute fails or replaces the first, it never adds a backup", "remove one"
                            + (sameMetric ? "" : ", and give a backup route a different next hop"),
                    new Related(earlier.location(), "first " + earlier.describe()));
        }
    }

    private static String metric(KubeRoute route) {
        Located<String> metric = route.routeMetric();
        return metric == null ? "absent" : metric.value().trim();
    }
}
