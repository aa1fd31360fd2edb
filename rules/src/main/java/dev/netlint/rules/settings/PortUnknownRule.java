package dev.netlint.rules.settings;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A port name the device model does not have, wherever the file writes one: {@code interfaces[].name},
 * a vSwitch's {@code interfaceName} (or {@code interfaces}), a Kubernetes route's
 * {@code interfaceAlias}. Judged against the profile (the hardware), not against the ports the file
 * declares: a vSwitch or a route on a port of the profile that the file does not declare is on a port
 * whose settings are unknown, not on a missing port. The {@code generic} profile knows no ports and
 * judges none.
 */
@Rule(id = "port-unknown", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "A port name that the device profile does not have")
public final class PortUnknownRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
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
        Map<String, VSwitch> switchesByName = new HashMap<>();
        for (VSwitch vSwitch : context.device().vSwitches()) {
            if (vSwitch.name() != null) {
                switchesByName.putIfAbsent(key(vSwitch.name().value()), vSwitch);
            }
            for (Located<String> name : vSwitch.interfaceNames()) {
                if (!profile.hasPort(name.value())) {
                    out.report(name.location(), "vSwitch " + vSwitch.describe() + " is bound to " + name.value()
                            + ", which is not a port of " + describe(profile));
                }
            }
        }
        for (KubeRoute route : context.device().kubernetes().routes()) {
            Located<String> alias = route.interfaceAlias();
            if (alias == null || profile.hasPort(alias.value().trim())) {
                continue;
            }
            VSwitch named = switchesByName.get(key(alias.value()));
            String hint = named == null || named.interfaceNames().isEmpty() ? ""
                    : "; " + alias.value() + " is the name of a vSwitch: name its port "
                            + named.interfaceNames().get(0).value() + " instead";
            out.report(alias.location(), route.describe() + " uses interfaceAlias " + alias.value()
                    + ", which is not a port of " + describe(profile) + ": Add-HcsNetRoute takes a port name"
                    + hint);
        }
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static String describe(Profile profile) {
        return "profile " + profile.name() + ", whose ports are " + String.join(", ", profile.ports());
    }
}
