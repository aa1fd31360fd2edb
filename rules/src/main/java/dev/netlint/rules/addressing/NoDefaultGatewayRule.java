package dev.netlint.rules.addressing;

import dev.netlint.core.model.NetInterface;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import dev.netlint.rules.support.Unparsed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A node none of whose ports has a default gateway: no static port with a gateway and no DHCP port
 * (which would learn one). Judged per node, since each node of a cluster reaches the cloud itself. A
 * device that declares no interfaces at all is not judged: there is nothing to say which port is wrong.
 */
@Rule(id = "no-default-gateway", severity = Severity.ERROR, category = "Addressing",
        summary = "No port has a default gateway or uses DHCP: the device cannot reach its cloud service")
public final class NoDefaultGatewayRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        Map<String, List<NetInterface>> byNode = Ports.byNode(context.device());
        for (Map.Entry<String, List<NetInterface>> node : byNode.entrySet()) {
            List<NetInterface> ports = node.getValue();
            // a port whose settings did not all load may well have a gateway: the loader reported it
            boolean reachesOut = ports.stream().anyMatch(p -> p.isDhcp() || p.hasGateway()
                    || Unparsed.under(context, p.location(), ""));
            if (reachesOut) {
                continue;
            }
            NetInterface first = ports.get(0);
            String names = ports.stream().map(p -> p.portName() == null ? "an unnamed interface" : p.portName())
                    .collect(Collectors.joining(", "));
            String who = node.getKey().isEmpty() ? "the device" : Ports.node(context.device(), first);
            List<Related> related = ports.stream().skip(1)
                    .map(p -> new Related(p.location(), Ports.describe(context.device(), p) + ": static, no gateway"))
                    .toList();
            out.report(null, first.location(), "no port of " + who + " has a default gateway and none uses DHCP ("
                    + names + (ports.size() == 1 ? " is" : " are") + " static without gateway): " + who
                    + " cannot reach its cloud service; set the gateway on the port that leads out", related);
        }
    }
}
