package dev.netlint.rules.teaming;

import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Switch Embedded Teaming, a vSwitch bound to several ports, or a team/bond declaration. A vSwitch
 * that both enables SET and lists several ports is one team: one finding, on {@code enableEmbeddedTeaming}.
 */
@Rule(id = "nic-teaming-unsupported", severity = Severity.ERROR,
        category = "Static addressing, teaming, virtual switches",
        summary = "NIC teaming or Switch Embedded Teaming is configured")
public final class NicTeamingUnsupportedRule implements Check {

    private static final String UNSUPPORTED = "NIC teaming and Switch Embedded Teaming are not supported on this"
            + " device";

    @Override
    public void check(DeviceContext context, FindingSink out) {
        for (VSwitch vSwitch : context.device().vSwitches()) {
            List<Located<String>> ports = distinctPorts(vSwitch);
            String list = String.join(", ", ports.stream().map(Located::value).toList());
            Located<Boolean> set = vSwitch.enableEmbeddedTeaming();
            if (set != null && set.value()) {
                out.report(set.location(), vSwitch.describe() + " enables Switch Embedded Teaming"
                        + (ports.size() > 1 ? " over " + list : "") + ": " + UNSUPPORTED
                        + "; set enableEmbeddedTeaming: false" + (ports.size() > 1 ? " and bind it to one port" : ""));
            } else if (ports.size() > 1) {
                out.report(ports.get(1).location(), vSwitch.describe() + " is bound to " + ports.size()
                        + " ports (" + list + "), which teams them: " + UNSUPPORTED + "; bind it to one port and"
                        + " give each other port its own vSwitch if it needs one");
            }
        }
        for (Located<String> team : context.device().teamDeclarations()) {
            out.report(team.location(), "'" + team.value() + "' declares a NIC team or bond: " + UNSUPPORTED
                    + "; remove it and use each port on its own");
        }
    }

    private static List<Located<String>> distinctPorts(VSwitch vSwitch) {
        Map<String, Located<String>> ports = new LinkedHashMap<>();
        for (Located<String> port : vSwitch.interfaceNames()) {
            ports.putIfAbsent(port.value().trim().toLowerCase(Locale.ROOT), port);
        }
        return List.copyOf(ports.values());
    }
}
