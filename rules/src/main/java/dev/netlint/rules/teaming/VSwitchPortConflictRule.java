package dev.netlint.rules.teaming;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two vSwitches on one port (the later one is reported), or a vSwitch bound to a port that
 * {@code device.network.interfaces} does not declare. A name outside the profile's ports is left to
 * {@code port-unknown}; a device that declares no interface at all gives nothing to compare with.
 */
@Rule(id = "vswitch-port-conflict", severity = Severity.ERROR,
        category = Category.TEAMING,
        summary = "Two vSwitches share a port, or a vSwitch is bound to a port the device does not have")
public final class VSwitchPortConflictRule implements Check {

    private record Binding(VSwitch vSwitch, Located<String> port) {
    }

    @Override
    public void check(DeviceContext context, FindingSink out) {
        Device device = context.device();
        Profile profile = context.profile();
        String declared = device.interfaces().stream().map(NetInterface::portName).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining(", "));
        Map<String, Binding> first = new HashMap<>();
        for (VSwitch vSwitch : device.vSwitches()) {
            Set<String> own = new HashSet<>();
            for (Located<String> port : vSwitch.interfaceNames()) {
                String name = port.value().trim();
                String key = name.toLowerCase(Locale.ROOT);
                if (!own.add(key)) {
                    continue;
                }
                boolean missing = !declared.isEmpty() && device.portsKnown() && !device.hasPort(name)
                        && (!profile.knowsPorts() || profile.hasPort(name));
                String notDeclared = name + ", which device.network.interfaces does not declare (it declares "
                        + declared + ")";
                Binding earlier = first.putIfAbsent(key, new Binding(vSwitch, port));
                if (earlier != null) {
                    out.report(port.location(), vSwitch.describe() + " and " + earlier.vSwitch().describe()
                                    + " are both bound to " + (missing ? notDeclared : name)
                                    + ": a port carries one virtual switch", "bind " + vSwitch.describe()
                                    + " to a free port or merge the two switches",
                            new Related(earlier.port().location(), earlier.vSwitch().describe() + " on " + earlier.port().value()));
                } else if (missing) {
                    out.report(port.location(), vSwitch.describe() + " is bound to " + notDeclared
                            + ": declare the port with its addressing, or bind the vSwitch to a declared port");
                }
            }
        }
    }
}
