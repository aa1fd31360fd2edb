package dev.netlint.rules.addressing;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One static address on two interfaces, of one node or of two. Read from the plan's address index (a
 * hash map), so the cost is linear in the number of interfaces. IPv6 link-local addresses are scoped
 * to their link and may repeat on several ports; they are not judged.
 */
@Rule(id = "duplicate-ip", severity = Severity.ERROR, category = "Addressing",
        summary = "One address is assigned to two interfaces")
public final class DuplicateIpRule implements Check {

    private record Holder(NetInterface port, Located<IPAddress> address) {
    }

    @Override
    public void check(DeviceContext context, FindingSink out) {
        Device device = context.device();
        for (Map.Entry<IPAddress, List<NetInterface>> entry : context.plan().interfaceAddresses().entrySet()) {
            IPAddress host = entry.getKey();
            if (entry.getValue().size() < 2 || (host.isIPv6() && host.isLinkLocal())) {
                continue;
            }
            List<Holder> holders = new ArrayList<>();
            for (NetInterface port : entry.getValue()) {
                Located<IPAddress> address = Ports.addressOf(port, host);
                if (address != null) {
                    holders.add(new Holder(port, address));
                }
            }
            holders.sort(Comparator.comparing(h -> h.address().location()));
            if (holders.isEmpty()) {
                continue;
            }
            Holder first = holders.get(0);
            for (Holder later : holders.subList(1, holders.size())) {
                String message = "address " + Ports.host(later.address()).toCanonicalString() + " of "
                        + Ports.describe(device, later.port())
                        + " is already the address of " + Ports.describe(device, first.port());
                if (!Ports.samePort(first.port(), later.port())
                        && Ports.nodeKey(device, first.port()).equals(Ports.nodeKey(device, later.port()))) {
                    message += "; two ports of one node with one address also share a subnet: give "
                            + later.port().portName() + " an address on a subnet of its own";
                } else {
                    message += "; every interface needs an address of its own";
                }
                out.report(later.address().location(), message,
                        new Related(first.address().location(), "address of " + Ports.describe(device, first.port())));
            }
        }
    }
}
