package dev.netlint.rules.teaming;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Two vSwitches on one port: the later one is reported. A port that {@code device.network.interfaces}
 * does not declare is unknown, not missing: no vendor page says how the device treats the interfaces a
 * configuration package leaves out, and the vendor's own sample package binds switches to Port5 and
 * Port6 while declaring Port1 to Port4. A name outside the profile's ports is {@code port-unknown}'s.
 */
@Rule(id = "vswitch-port-conflict", severity = Severity.ERROR,
        category = Category.TEAMING,
        summary = "Two vSwitches share a port")
public final class VSwitchPortConflictRule implements DeviceRule {

    private record Binding(VSwitch vSwitch, Located<String> port) {
    }

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Map<String, Binding> first = new HashMap<>();
        for (VSwitch vSwitch : context.device().vSwitches()) {
            Set<String> own = new HashSet<>();
            for (Located<String> port : vSwitch.interfaceNames()) {
                String name = port.value().trim();
                String key = name.toLowerCase(Locale.ROOT);
                if (!own.add(key)) {
                    continue;
                }
                Binding earlier = first.putIfAbsent(key, new Binding(vSwitch, port));
                if (earlier != null) {
                    out.report(port.location(), vSwitch.describe() + " and " + earlier.vSwitch().describe()
                                    + " are both bound to " + name + ": a port carries one virtual switch",
                            "bind " + vSwitch.describe() + " to a free port or merge the two switches",
                            new Related(earlier.port().location(),
                                    earlier.vSwitch().describe() + " on " + earlier.port().value()));
                }
            }
        }
    }
}
