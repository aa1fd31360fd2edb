package dev.netlint.rules.teaming;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The port a compute vSwitch is bound to uses DHCP on some node. */
@Rule(id = "compute-port-dhcp", severity = Severity.ERROR, category = Category.TEAMING,
        summary = "The compute port has DHCP enabled")
public final class ComputePortDhcpRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
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
        out.report(at, nic.describe() + " " + how + ", but it is the compute port of " + vSwitch.describe()
                        + ": DHCP mode is not supported for Kubernetes node IPs, and the node and service pools and"
                        + " the Kubernetes routes need a known static subnet", "set isDhcpEnabled: false with an"
                        + " iPv4 address and subnetMask",
                new Related(port.location(), vSwitch.describe() + " enables compute on " + port.value()));
    }
}
