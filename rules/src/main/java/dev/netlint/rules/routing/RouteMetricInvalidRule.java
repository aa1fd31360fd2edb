package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.math.BigInteger;
import java.util.List;

/** A {@code routeMetric} that is negative or not an integer (error), or above 9999 (warning). */
@Rule(id = "route-metric-invalid", severity = Severity.ERROR, category = Category.ROUTING,
        summary = "A route metric is negative or not an integer, or unusually high")
public final class RouteMetricInvalidRule implements DeviceRule {

    static final long HIGHEST = 9999;
    /** The largest metric a Linux routing table holds: a route's priority is a 32-bit unsigned number. */
    static final long LARGEST = 0xFFFF_FFFFL;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (KubeRoute route : context.device().kubernetes().routes()) {
            if (route.routeMetric() == null) {
                continue;
            }
            String text = route.routeMetric().value().trim();
            // the route parsed its metric once, as a long; one beyond a long is negative or above LARGEST
            long metric;
            if (route.hasIntegerMetric()) {
                metric = route.metricValue();
            } else {
                try {
                    metric = new BigInteger(text).signum() < 0 ? -1 : LARGEST + 1;
                } catch (NumberFormatException e) {
                    out.report(route.routeMetric().location(), "routeMetric '" + text + "' of " + route.describe()
                            + " is not an integer: Add-HcsNetRoute takes a whole number (lower wins), so the route is"
                            + " not added", "write a number such as 100");
                    continue;
                }
            }
            if (metric < 0) {
                out.report(route.routeMetric().location(), "routeMetric " + text + " of " + route.describe()
                        + " is negative: a metric is 0 or more (lower wins), so the route is not added");
            } else if (metric > LARGEST) {
                out.report(route.routeMetric().location(), "routeMetric " + text + " of " + route.describe()
                        + " is above 4294967295, the largest metric of the VMs' Linux routing table, so the route is"
                        + " not added", "use 0-9999");
            } else if (metric > HIGHEST) {
                out.report(Severity.WARNING, route.routeMetric().location(), "routeMetric " + text + " of "
                        + route.describe() + " is above 9999: such a route loses to every ordinary route to the same"
                        + " destination", "if it is meant as a last-resort backup, 9999 says so, else check for a"
                        + " typo", List.of());
            }
        }
    }
}
