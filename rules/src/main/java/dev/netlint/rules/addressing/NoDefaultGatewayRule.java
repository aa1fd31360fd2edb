package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A node none of whose data ports has a default gateway: no static data port with a gateway and no
 * DHCP data port (which would learn one). The management port (Port1) does not count: it is for the
 * initial configuration only, and at least one of the other ports must reach the Internet. Judged per
 * node, since each node of a cluster reaches the cloud itself. A device that declares no interfaces at
 * all is not judged: there is nothing to say which port is wrong.
 */
@Rule(id = "no-default-gateway", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "No data port has a default gateway or uses DHCP: the device cannot reach its cloud service")
public final class NoDefaultGatewayRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Profile profile = context.profile();
        Nodes nodes = context.nodes();
        Map<String, List<NetInterface>> byNode = Ports.byNode(context.device(), nodes);
        for (Map.Entry<String, List<NetInterface>> node : byNode.entrySet()) {
            List<NetInterface> ports = node.getValue();
            List<NetInterface> data = new ArrayList<>();
            NetInterface management = null;
            for (NetInterface port : ports) {
                if (profile.isManagementPort(port.portName())) {
                    management = management == null ? port : management;
                } else {
                    data.add(port);
                }
            }
            // a port whose settings did not all load may well have a gateway: the loader reported it
            boolean reachesOut = data.stream().anyMatch(p -> p.isDhcp() || p.hasGateway()
                    || p.anyUnknown());
            if (reachesOut) {
                continue;
            }
            NetInterface first = ports.get(0);
            String who = node.getKey().isEmpty() ? "the device" : nodes.name(first);
            if (management != null && (management.hasGateway() || management.isDhcp())) {
                reportManagementOnly(out, nodes, profile, who, management, data);
                continue;
            }
            String names = ports.stream().map(p -> p.portName() == null ? "an unnamed interface" : p.portName())
                    .collect(Collectors.joining(", "));
            List<Related> related = ports.stream().skip(1)
                    .map(p -> new Related(p.location(), Ports.describe(nodes, p) + ": static, no gateway"))
                    .toList();
            out.report(null, first.location(), "no port of " + who + " has a default gateway and none uses DHCP ("
                    + names + (ports.size() == 1 ? " is" : " are") + " static without gateway): " + who
                    + " cannot reach its cloud service", "set the gateway on the " + dataPorts(profile)
                    + " that leads out", related);
        }
    }

    /** Only the management port would reach out: it is for the initial configuration only. */
    private static void reportManagementOnly(FindingSink out, Nodes nodes, Profile profile, String who,
                                             NetInterface management, List<NetInterface> data) {
        Located<IPAddress> gateway = management.ipv4Gateway();
        if (gateway == null && management.isStatic() && management.ipv6() != null) {
            gateway = management.ipv6().gateway();
        }
        Location at = gateway != null ? gateway.location()
                : management.dhcpEnabled() != null ? management.dhcpEnabled().location() : management.location();
        String how = gateway != null ? "has the only default gateway of " + who + " ("
                + gateway.value().toCanonicalString() + ")" : "is the only port of " + who + " that uses DHCP";
        String others = data.isEmpty() ? "no data port is declared"
                : data.stream().map(p -> p.portName() == null ? "an unnamed interface" : p.portName())
                        .collect(Collectors.joining(", ")) + (data.size() == 1 ? " is" : " are")
                        + " static without gateway";
        List<Related> related = data.stream()
                .map(p -> new Related(p.location(), Ports.describe(nodes, p) + ": static, no gateway"))
                .toList();
        out.report(null, at, Ports.describe(nodes, management) + " " + how + ", but "
                + management.portName() + " is the management port, for the initial configuration only: at least"
                + " one " + dataPorts(profile) + " must reach the Internet, and " + others, "set the gateway"
                + " on the " + dataPorts(profile) + " that leads out", related);
    }

    /** {@code data port (Port2-Port6)}, or {@code port} when the profile knows no ports. */
    private static String dataPorts(Profile profile) {
        List<String> data = profile.dataPorts();
        if (data.isEmpty()) {
            return "port";
        }
        return "data port (" + data.get(0) + "-" + data.get(data.size() - 1) + ")";
    }
}
