package dev.netlint.rules.teaming;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.RouteFacts;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Kubernetes route on a port with DHCP enabled. A route on a port that is not the compute port is
 * {@code route-interface-not-compute} only: moving it fixes it, whatever that port's addressing.
 */
@Rule(id = "route-interface-dhcp", severity = Severity.ERROR, category = Category.TEAMING,
        summary = "A Kubernetes route uses an interface with DHCP enabled")
public final class RouteInterfaceDhcpRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        RouteFacts facts = new RouteFacts(context);
        for (KubeRoute route : context.device().kubernetes().routes()) {
            List<NetInterface> dhcp = facts.dhcpInterfaces(route);
            if (dhcp.isEmpty()) {
                continue;
            }
            NetInterface first = dhcp.get(0);
            String nodes = dhcp.stream().map(NetInterface::node).filter(Objects::nonNull)
                    .collect(Collectors.joining(" and "));
            out.report(route.interfaceAlias().location(),
                    route.describe() + " uses " + route.alias() + ", which has DHCP enabled"
                            + (nodes.isEmpty() ? "" : " on " + nodes) + ": Add-HcsNetRoute needs an interface with a static configuration, so the VMs never"
                            + " get this route", "make " + route.alias() + " static",
                    new Related(first.dhcpEnabled() != null ? first.dhcpEnabled().location() : first.location(),
                            first.describe() + " uses DHCP"));
        }
    }
}
