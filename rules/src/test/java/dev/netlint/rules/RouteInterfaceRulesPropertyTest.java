package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.rule.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every route's {@code interfaceAlias} is judged by exactly one of the three interface rules, or by none
 * when it names the compute port of a profile that has that port and the port is static on every node.
 * Devices are drawn from a seeded {@link Random} (a failure reports the seed, which replays it): one or
 * two nodes; any subset of Port1-Port7 declared, or none; each static or DHCP per node; no compute
 * vSwitch, a compute vSwitch on one port or teaming two; each profile; and routes on every alias of
 * interest, port names in any case, names outside the profiles, a vSwitch's name.
 */
class RouteInterfaceRulesPropertyTest {

    private static final Set<String> INTERFACE_RULES = Set.of("port-unknown",
            "route-interface-not-compute", "route-interface-dhcp");
    private static final List<String> PORTS = List.of("Port1", "Port2", "Port3", "Port4", "Port5", "Port6",
            "Port7");
    private static final List<String> ALIASES = List.of("Port1", "Port2", "Port3", "Port4", "Port5", "Port6",
            "Port7", "port3", "PORT2", "Ethernet", "vSwitch1", "vSwitchStorage", "Port", "Port10");
    private static final Engine ENGINE = new Engine(Fixtures.rules(), DeviceFinder.PathDisplay.current());

    /** One drawn device, as YAML, and what the oracle needs to know of it. */
    private record Drawn(String yaml, Profile profile, List<String> computePorts, Set<String> dhcpPorts,
                         Map<Integer, String> aliasByLine) {
    }

    @Property(tries = 150)
    void eachRouteInterfaceIsJudgedByExactlyOneRuleUnlessItIsTheStaticComputePort(@ForAll long seed)
            throws IOException {
        Drawn drawn = draw(new Random(seed));
        Path dir = Files.createTempDirectory("netlint-alias");
        Path file = dir.resolve("device.yaml");
        try {
            Files.writeString(file, drawn.yaml());
            List<Finding> findings = ENGINE.checkDevice(new DeviceInput(file, file.toString(), List.of(file)),
                    DeviceSettings.DEFAULT.withProfile(drawn.profile())).findings();
            Map<Integer, List<String>> judges = new HashMap<>();
            for (Finding finding : findings) {
                if (INTERFACE_RULES.contains(finding.rule()) && drawn.aliasByLine().containsKey(finding.location().line())) {
                    judges.computeIfAbsent(finding.location().line(), l -> new ArrayList<>()).add(finding.rule());
                }
            }
            for (Map.Entry<Integer, String> route : drawn.aliasByLine().entrySet()) {
                List<String> rules = judges.getOrDefault(route.getKey(), List.of());
                String alias = route.getValue();
                String context = "seed " + seed + ", alias " + alias + ", profile " + drawn.profile().name()
                        + ", compute " + drawn.computePorts() + ", DHCP " + drawn.dhcpPorts() + ":\n" + drawn.yaml();
                assertThat(rules).as(context).hasSizeLessThanOrEqualTo(1);
                if (fine(drawn, alias)) {
                    assertThat(rules).as(context).isEmpty();
                } else {
                    assertThat(rules).as(context).hasSize(1);
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** The oracle: the alias names a compute port that the profile has, static on every node. */
    private static boolean fine(Drawn drawn, String alias) {
        String key = alias.toLowerCase(Locale.ROOT);
        boolean inProfile = !drawn.profile().knowsPorts() || drawn.profile().hasPort(alias);
        return inProfile && drawn.computePorts().contains(key) && !drawn.dhcpPorts().contains(key);
    }

    private static Drawn draw(Random random) {
        Profile profile = Profile.all().get(random.nextInt(Profile.all().size()));
        int nodes = random.nextInt(3) == 0 ? 2 : 1;
        List<String> declared = new ArrayList<>();
        if (random.nextInt(5) != 0) {
            for (String port : PORTS) {
                if (random.nextInt(3) != 0) {
                    declared.add(port);
                }
            }
        }
        StringBuilder yaml = new StringBuilder("device:\n  network:\n");
        Set<String> dhcp = new HashSet<>();
        if (!declared.isEmpty()) {
            yaml.append("    interfaces:\n");
            int subnet = 10;
            for (String port : declared) {
                subnet++;
                for (int node = 0; node < nodes; node++) {
                    boolean isDhcp = random.nextInt(4) == 0;
                    yaml.append("      - name: ").append(port).append('\n');
                    if (nodes == 2) {
                        yaml.append("        nodeName: NODE-").append((char) ('A' + node)).append('\n');
                    }
                    if (isDhcp) {
                        dhcp.add(port.toLowerCase(Locale.ROOT));
                        yaml.append("        isDhcpEnabled: true\n");
                    } else {
                        yaml.append("        isDhcpEnabled: false\n        iPv4: { address: 192.168.")
                                .append(subnet).append('.').append(10 + node).append(", subnetMask: 255.255.255.0 }\n");
                    }
                }
            }
        }
        List<String> compute = new ArrayList<>();
        int shape = random.nextInt(4);
        String first = PORTS.get(random.nextInt(PORTS.size()));
        String second = PORTS.get(random.nextInt(PORTS.size()));
        yaml.append("    vSwitches:\n");
        if (shape == 0) {
            yaml.append("      - { name: vSwitch1, interfaceName: ").append(first).append(" }\n");
        } else if (shape == 3 && !second.equals(first)) {
            compute.add(first.toLowerCase(Locale.ROOT));
            compute.add(second.toLowerCase(Locale.ROOT));
            yaml.append("      - { name: vSwitch1, interfaces: [").append(first).append(", ").append(second)
                    .append("], enabledForCompute: true }\n");
        } else {
            compute.add(first.toLowerCase(Locale.ROOT));
            yaml.append("      - { name: vSwitch1, interfaceName: ").append(first).append(", enabledForCompute: true }\n");
        }
        if (random.nextBoolean()) {
            yaml.append("      - { name: vSwitchStorage, interfaceName: ").append(PORTS.get(random.nextInt(PORTS.size())))
                    .append(" }\n");
        }
        yaml.append("kubernetes:\n  routes:\n");
        int line = (int) yaml.chars().filter(c -> c == '\n').count();
        Map<Integer, String> aliasByLine = new LinkedHashMap<>();
        int n = 0;
        for (String alias : ALIASES) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            n++;
            line++;
            aliasByLine.put(line, alias);
            yaml.append("    - { interfaceAlias: ").append(alias).append(", destinationPrefix: 10.").append(n)
                    .append(".0.0/16, nextHop: 192.168.13.1, routeMetric: 100 }\n");
        }
        return new Drawn(yaml.toString(), profile, compute, dhcp, aliasByLine);
    }
}
