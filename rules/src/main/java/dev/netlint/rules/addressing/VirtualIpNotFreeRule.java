package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.VirtualIp;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.PlanKind;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Set;

/**
 * A static virtual IP of a two-node cluster that is not "a free IP from within the Azure Consistent
 * Services network" (or the NFS network) that it names: outside that network, its network or broadcast
 * address, or an address the device already uses (a port's, a gateway, a DNS server, inside a pool, a
 * load-balancer IP, the other virtual IP). Judged only where the files write a {@code vip} block: the
 * vendor's two-node export has none, and its absence is unknown, not missing.
 */
@Rule(id = "virtual-ip-not-free", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "A static virtual IP outside its cluster network, or already in use")
public final class VirtualIpNotFreeRule implements DeviceRule {

    private static final Set<PlanKind> TAKEN = Set.of(PlanKind.GATEWAY, PlanKind.DNS_SERVER,
            PlanKind.VIRTUAL_NETWORK_GATEWAY, PlanKind.LOAD_BALANCER_IP);

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        if (device.vips() == null) {
            return;
        }
        List<VirtualIp> entries = device.vips().entries();
        for (int i = 0; i < entries.size(); i++) {
            VirtualIp vip = entries.get(i);
            if (!vip.isStatic() || vip.address() == null) {
                continue;
            }
            IPAddress address = vip.address().value().withoutPrefixLength();
            String named = vip.service() + " virtual IP " + address.toCanonicalString();
            IPAddress network = vip.network();
            if (network != null) {
                if (!network.contains(address)) {
                    out.report(vip.address().location(), named + " lies outside " + network.toCanonicalString()
                            + ", the network it names: a static virtual IP should be a free IP from within the "
                            + vip.service() + " network", "choose a free address of " + network.toCanonicalString(),
                            new Related(vip.networkAddress().location(), "the network"));
                    continue;
                }
                String role = Ports.reservedRole(network, address);
                if (role != null) {
                    out.report(vip.address().location(), named + " is the " + role + " address of "
                            + network.toCanonicalString() + ", not a free IP of that network",
                            "choose a free host address of " + network.toCanonicalString());
                    continue;
                }
            }
            String taken = taken(context, address);
            if (taken != null) {
                out.report(vip.address().location(), named + " is " + taken + ": a virtual IP must be a free IP of"
                        + " the cluster network, which any client of the cluster reaches instead of a node",
                        "choose an address that no port, pool, gateway or service uses");
                continue;
            }
            for (VirtualIp earlier : entries.subList(0, i)) {
                if (earlier.isStatic() && earlier.address() != null
                        && earlier.address().value().withoutPrefixLength().equals(address)) {
                    out.report(vip.address().location(), named + " is also the " + earlier.service()
                            + " virtual IP: each virtual IP needs an address of its own",
                            new Related(earlier.address().location(), earlier.service() + " virtual IP"));
                }
            }
        }
    }

    /** What already holds the address, in words, or {@code null} when nothing the files write does. */
    private static String taken(DeviceContext context, IPAddress address) {
        PlanEntry local = context.plan().localEntry(address);
        if (local != null) {
            return local.kind() == PlanKind.INTERFACE_ADDRESS ? "the device's own " + local.label()
                    : "inside " + local.label();
        }
        List<PlanEntry> others = context.plan().overlapping(address.toSequentialRange(), TAKEN);
        return others.isEmpty() ? null : "the " + others.get(0).label();
    }
}
