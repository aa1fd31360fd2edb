package dev.netlint.rules.settings;

import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

/**
 * A port name the device model does not have, in {@code interfaces[].name} or a vSwitch's
 * {@code interfaceName}. Judged against the profile (the hardware), not against the ports the file
 * declares: {@code vswitch-port-conflict} judges a vSwitch on a port the file does not declare. The
 * {@code generic} profile knows no ports and judges none.
 */
@Rule(id = "port-unknown", severity = Severity.ERROR, category = "Device profile and other settings",
        summary = "A port name that the device profile does not have")
public final class PortUnknownRule implements Check {

    @Override
    public void check(DeviceContext context, FindingSink out) {
        Profile profile = context.profile();
        if (!profile.knowsPorts()) {
            return;
        }
        for (NetInterface port : context.device().interfaces()) {
            Located<String> name = port.name();
            if (name != null && !profile.hasPort(name.value())) {
                out.report(name.location(), "interface " + name.value() + " is not a port of " + describe(profile));
            }
        }
        for (VSwitch vSwitch : context.device().vSwitches()) {
            for (Located<String> name : vSwitch.interfaceNames()) {
                if (!profile.hasPort(name.value())) {
                    out.report(name.location(), "vSwitch " + vSwitch.describe() + " is bound to " + name.value()
                            + ", which is not a port of " + describe(profile));
                }
            }
        }
    }

    private static String describe(Profile profile) {
        return "profile " + profile.name() + ", whose ports are " + String.join(", ", profile.ports());
    }
}
