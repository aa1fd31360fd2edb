package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import java.util.List;
import java.util.Locale;

/**
 * Workloads on Port3 or Port4 where the vendor keeps those ports off them. In the switchless two-node
 * topology of the Pro GPU and the Pro 2, Port 3 and Port 4 "are dedicated to storage and Azure Stack Edge
 * cluster traffic and aren't available for workload traffic" ("Clustering on your Azure Stack Edge Pro GPU
 * device"): an error for compute on their switches and for a virtual network (VMs) on them. The files show
 * that topology as a storage vSwitch on Port3 alone and another on Port4 alone, on a device of two nodes;
 * a team of the two ports (the topology "Using switches and NIC teaming", whose ports "can be used for
 * workload traffic as well") is not it. On a single-node Pro 2, "Port 3 and Port 4 are reserved for Network
 * Function Manager workload deployments": a warning for compute there, since the same vendor's checklist
 * counts them among the data ports ("Port 2 - Port 4") that may carry the device's traffic.
 */
@Rule(id = "workload-on-reserved-port", severity = Severity.ERROR, category = Category.POOLS,
        summary = "Compute or a virtual network on a port the vendor keeps off workloads")
public final class WorkloadOnReservedPortRule implements DeviceRule {

    private static final List<String> RESERVED = List.of("port3", "port4");

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Profile profile = context.profile();
        Device device = context.device();
        if (!profile.knowsPorts() || !profile.hasPort("Port3") || !profile.hasPort("Port4")) {
            return;
        }
        boolean single = context.nodes().single();
        if (!single && switchless(device)) {
            for (VSwitch vSwitch : device.vSwitches()) {
                Located<String> port = reservedPort(vSwitch);
                if (port == null) {
                    continue;
                }
                if (vSwitch.isCompute()) {
                    out.report(vSwitch.enabledForCompute().location(), vSwitch.describe() + " on " + port.value()
                            + " is enabled for compute, but in the switchless two-node topology Port3 and Port4 are"
                            + " dedicated to storage and cluster traffic and aren't available for workload traffic",
                            "enable compute on a vSwitch of Port2 (or of a port the topology leaves to workloads)",
                            new Related(port.location(), port.value()));
                }
                for (VirtualNetwork network : device.virtualNetworks()) {
                    if (network.vSwitchName() != null && !network.isDeviceMade() && vSwitch.name() != null
                            && key(network.vSwitchName().value()).equals(key(vSwitch.name().value()))) {
                        out.report(network.vSwitchName().location(), network.describe() + " is on "
                                + vSwitch.describe() + " of " + port.value() + ", but in the switchless two-node"
                                + " topology Port3 and Port4 are dedicated to storage and cluster traffic and aren't"
                                + " available for workload traffic", "put the network on a vSwitch of another port",
                                new Related(port.location(), port.value()));
                    }
                }
            }
            return;
        }
        if (single && Profile.ASE_PRO_2.name().equals(profile.name())) {
            for (VSwitch vSwitch : device.computeVSwitches()) {
                for (Located<String> port : vSwitch.interfaceNames()) {
                    if (RESERVED.contains(key(port.value()))) {
                        out.report(Severity.WARNING, port.location(), vSwitch.describe() + " is enabled for compute"
                                + " on " + port.value() + ", which the Azure Stack Edge Pro 2 reserves for Network"
                                + " Function Manager workload deployments", "if the device will run network"
                                + " functions, enable compute on Port2 instead", List.of());
                    }
                }
            }
        }
    }

    /** The storage switches of the switchless topology: one on Port3 alone, another on Port4 alone. */
    private static boolean switchless(Device device) {
        boolean port3 = false;
        boolean port4 = false;
        for (VSwitch vSwitch : device.vSwitches()) {
            if (!vSwitch.isStorage() || vSwitch.interfaceNames().size() != 1) {
                continue;
            }
            String port = key(vSwitch.interfaceNames().get(0).value());
            port3 |= port.equals("port3");
            port4 |= port.equals("port4");
        }
        return port3 && port4;
    }

    /** The switch's port when it is bound to Port3 or Port4 alone, else {@code null}. */
    private static Located<String> reservedPort(VSwitch vSwitch) {
        if (vSwitch.interfaceNames().size() != 1) {
            return null;
        }
        Located<String> port = vSwitch.interfaceNames().get(0);
        return RESERVED.contains(key(port.value())) ? port : null;
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
