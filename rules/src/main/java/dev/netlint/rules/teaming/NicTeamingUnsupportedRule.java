package dev.netlint.rules.teaming;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A team: one vSwitch that groups two or more ports ({@code interfaceName} list or comma list, or the
 * {@code interfaces} list of device software 2312 and later), or a team/bond declaration. Teaming is
 * grouping ports, not a flag: a vSwitch on one port with {@code enableEmbeddedTeaming: true}, as every
 * real export writes it, teams nothing. On a single-node device every team is unsupported. On a
 * two-node cluster the profile's documented team (Port3 and Port4 on the Pro GPU) is supported and
 * any other team is not; a team declaration, whose members netlint does not read, is not judged there.
 */
@Rule(id = "nic-teaming-unsupported", severity = Severity.ERROR,
        category = Category.TEAMING,
        summary = "A vSwitch teams several ports, or a team is declared, where the device does not support it")
public final class NicTeamingUnsupportedRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Profile profile = context.profile();
        boolean single = context.nodes().single();
        for (VSwitch vSwitch : context.device().vSwitches()) {
            List<Located<String>> ports = distinctPorts(vSwitch);
            if (ports.size() < 2) {
                continue;
            }
            Set<String> names = ports.stream().map(Located::value).collect(Collectors.toSet());
            if (!single && (!profile.knowsPorts() || profile.isClusterTeam(names))) {
                continue;
            }
            String list = ports.stream().map(Located::value).collect(Collectors.joining(", "));
            Located<Boolean> set = vSwitch.enableEmbeddedTeaming();
            String team = vSwitch.describe() + " groups " + ports.size() + " ports (" + list + ") into one team"
                    + (set != null && set.value() ? " (Switch Embedded Teaming)" : "");
            String why = single
                    ? ": NIC teaming and Switch Embedded Teaming are not supported on a single-node device"
                    : ": on a two-node cluster the only supported team is " + profile.describeClusterTeam()
                            + " of each node (the vendor's clustered topology with teaming), not " + list;
            out.report(ports.get(1).location(), team + why, "bind it to one port and give each other port its"
                    + " own vSwitch if it needs one");
        }
        if (!single) {
            return;
        }
        for (Located<String> team : context.device().teamDeclarations()) {
            out.report(team.location(), "'" + team.value() + "' declares a NIC team or bond: NIC teaming and Switch"
                    + " Embedded Teaming are not supported on a single-node device", "remove it and use each port on"
                    + " its own");
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
