package dev.netlint.rules.teaming;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The port a compute vSwitch is bound to uses DHCP on some node. A warning, not an error: the vendor
 * supports DHCP on the data ports ("DHCP and static IPv4 configuration supported") and its own samples
 * run compute on a DHCP port; only the Kubernetes node and service IPs must be static. What a new lease
 * risks is that the port moves to another subnet while the static pools stay where they are.
 */
@Rule(id = "compute-port-dhcp", severity = Severity.WARNING, category = Category.TEAMING,
        summary = "The compute port has DHCP enabled: a new lease may move it away from the static pools")
public final class ComputePortDhcpRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        Set<String> seen = new HashSet<>();
        for (VSwitch vSwitch : device.computeVSwitches()) {
            for (Located<String> port : vSwitch.interfaceNames()) {
                if (!seen.add(port.value().trim().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (NetInterface nic : device.ports(port.value().trim())) {
                    if (nic.isDhcp()) {
                        report(vSwitch, port, nic, out);
                    }
                }
            }
        }
    }

    private static void report(VSwitch vSwitch, Located<String> port, NetInterface nic, FindingSink out) {
        Location at = nic.dhcpEnabled() != null ? nic.dhcpEnabled().location() : nic.location();
        String how = nic.dhcpEnabled() != null ? "has DHCP enabled"
                : "uses DHCP (isDhcpEnabled is absent and no address is given)";
        List<Pool> pools = vSwitch.pools().stream().filter(p -> p.range() != null).toList();
        String risk = pools.isEmpty() ? "the Kubernetes node and service IPs, which are static,"
                : pools.stream().map(Pool::describe).collect(Collectors.joining(" and ")) + ", which "
                        + (pools.size() == 1 ? "is" : "are") + " static,";
        // The address an export shows for a DHCP port is its current lease: what the pools are judged against today.
        IPAddress lease = nic.ipv4() == null ? null : nic.ipv4().subnet();
        List<String> outside = lease == null ? List.of() : pools.stream()
                .filter(p -> p.range().value().isIPv4() && !lease.toSequentialRange().contains(p.range().value().range()))
                .map(p -> p.nameOrRange()).toList();
        String today = outside.isEmpty() ? "" : "; " + String.join(" and ", outside) + (outside.size() == 1
                ? " already lies" : " already lie") + " outside " + lease.toCanonicalString() + ", the subnet of its"
                + " current lease " + nic.ipv4().host().toCanonicalString();
        out.report(at, nic.describe() + " " + how + " and is the compute port of " + vSwitch.describe()
                        + ": a new lease may put the port in another subnet, leaving " + risk + " outside it" + today,
                "give the port a static address (isDhcpEnabled: false, with an iPv4 address and subnetMask in the"
                        + " subnet of the pools), or reserve its lease on the DHCP server",
                new Related(port.location(), vSwitch.describe() + " enables compute on " + port.value()));
    }
}
