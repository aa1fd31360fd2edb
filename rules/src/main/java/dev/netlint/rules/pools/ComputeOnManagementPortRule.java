package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import java.util.HashSet;
import java.util.Set;

/**
 * Compute enabled on the profile's management port (Port1); the {@code generic} profile has none. On a
 * two-node cluster whose profile teams the management port with another port (the Pro 2: "Port 1 and
 * Port 2 have a teamed virtual switch", carrying clustering, storage and management traffic, and the
 * compute intent goes to "an existing virtual switch"), compute on that team is the vendor's topology.
 */
@Rule(id = "compute-on-management-port", severity = Severity.ERROR,
        category = Category.POOLS,
        summary = "Compute is enabled on the management port")
public final class ComputeOnManagementPortRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Profile profile = context.profile();
        String management = profile.managementPort();
        if (management == null) {
            return;
        }
        boolean cluster = !context.nodes().single();
        for (VSwitch vSwitch : context.device().computeVSwitches()) {
            if (cluster && profile.isClusterTeamPort(management) && profile.isClusterTeam(ports(vSwitch))) {
                continue;
            }
            for (Located<String> port : vSwitch.interfaceNames()) {
                if (profile.isManagementPort(port.value())) {
                    out.report(port.location(),
                            vSwitch.describe() + " is enabled for compute on " + port.value() + ", the management"
                                    + " port of " + profile.name() + ": enable compute on a data port and keep "
                                    + management + " for managing the device",
                            new Related(vSwitch.enabledForCompute().location(), "enabledForCompute"));
                }
            }
        }
    }

    private static Set<String> ports(VSwitch vSwitch) {
        Set<String> ports = new HashSet<>();
        for (Located<String> port : vSwitch.interfaceNames()) {
            ports.add(port.value().trim());
        }
        return ports;
    }
}
