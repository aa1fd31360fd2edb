package dev.netlint.rules.routing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;

/** A route destination with host bits set, such as {@code 192.168.21.5/24}. */
@Rule(id = "route-prefix-not-canonical", severity = Severity.WARNING, category = Category.ROUTING,
        summary = "A route destination has host bits set")
public final class RoutePrefixNotCanonicalRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (KubeRoute route : context.device().kubernetes().routes()) {
            if (route.destinationPrefix() == null) {
                continue;
            }
            IPAddress written = route.destinationPrefix().value();
            if (written.isPrefixed() && !written.isPrefixBlock()) {
                String canonical = written.toPrefixBlock().toCanonicalString();
                out.report(route.destinationPrefix().location(), "destination " + written.toCanonicalString()
                        + " has host bits set: the route covers " + canonical, "write " + canonical
                        + " (or /" + written.getBitCount() + " if one host was meant)");
            }
        }
    }
}
