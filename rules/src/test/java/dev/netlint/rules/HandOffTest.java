package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case that a rule page leaves to another rule ("... is X's finding", "left to X", "reported here
 * only") is judged by exactly one of the two: the owner reports it on the line of the case, and the
 * other stays silent on the whole device (a case may span lines: two ports of a team, a pair of routes). Each case is a fixture; the line is found by a fragment of its text, so the cases
 * survive edits of the fixtures. The interface rules of Kubernetes routes have a property test of their
 * own ({@link RouteInterfaceRulesPropertyTest}).
 */
class HandOffTest {

    /**
     * @param fixture the fixture, relative to the fixtures folder
     * @param text a fragment of the line where the case stands
     * @param owner the rule that judges the case
     * @param other the rule whose page leaves the case to the owner
     */
    private record HandOff(String fixture, String text, String owner, String other) {

        @Override
        public String toString() {
            return other + " leaves to " + owner + ": " + fixture;
        }
    }

    private static final List<HandOff> CASES = List.of(
            new HandOff("cluster-cidr-overlap/quiet-unparsed-pod-subnet.yaml", "podSubnet:", "invalid-value",
                    "cluster-cidr-overlap"),
            new HandOff("dns-server-missing/quiet-unparsed-dns.yaml", "dnsServerAddresses", "invalid-value",
                    "dns-server-missing"),
            new HandOff("subnet-mask-invalid/fires-non-contiguous.yaml", "subnetMask: 255.255.225.0", "subnet-mask-invalid",
                    "gateway-outside-subnet"),
            new HandOff("kubernetes-pool-missing/quiet-misplaced-pool.yaml", "name: KubernetesNodeIPs",
                    "kubernetes-pool-misplaced", "kubernetes-pool-missing"),
            new HandOff("service-pool-too-small/fires-no-service-pool.yaml", "- name: vSwitch1",
                    "service-pool-too-small", "kubernetes-pool-missing"),
            new HandOff("service-pool-too-small/quiet-unparsed-service-pool.yaml", "KubernetesServiceIPs",
                    "invalid-value", "service-pool-too-small"),
            new HandOff("kubernetes-pool-ipv6/quiet-misplaced-ipv6-pool.yaml", "KubernetesServiceIPs, ipAddressRange: \"2001",
                    "kubernetes-pool-misplaced", "kubernetes-pool-ipv6"),
            new HandOff("kubernetes-pool-misplaced/fires-node-pool-on-storage-switch.yaml", "- name: KubernetesNodeIPs",
                    "kubernetes-pool-misplaced", "node-pool-too-small"),
            new HandOff("mtu-out-of-range/quiet-port-outside-profile.yaml", "interfaceName: Port9", "port-unknown",
                    "mtu-out-of-range"),
            new HandOff("mtu-out-of-range/quiet-port-outside-profile.yaml", "interfaceName: Port9", "port-unknown",
                    "vswitch-port-conflict"),
            new HandOff("network-unreachable/fires-no-route.yaml", "name: plc", "network-unreachable",
                    "network-partially-routed"),
            new HandOff("network-partially-routed/fires-half-routed.yaml", "name: plc", "network-partially-routed",
                    "network-unreachable"),
            new HandOff("pool-outside-subnet/fires-straddles-subnet-end.yaml", "192.168.20.250-192.168.21.4",
                    "pool-outside-subnet", "pool-contains-reserved-ip"),
            new HandOff("route-next-hop-local/fires-next-hop-in-node-pool.yaml", "nextHop:", "route-next-hop-local",
                    "pool-contains-reserved-ip"),
            new HandOff("port-subnet-mismatch/fires-mask-typo.yaml", "255.255.254.0", "port-subnet-mismatch",
                    "port-subnet-overlap"),
            new HandOff("duplicate-ip/fires-three-ports-one-node.yaml", "10.57.48.10/24", "duplicate-ip",
                    "port-subnet-overlap"),
            new HandOff("nic-teaming-unsupported/fires-team-in-one-subnet.yaml", "[Port5, Port6]",
                    "nic-teaming-unsupported", "port-subnet-overlap"),
            new HandOff("route-duplicate/fires-same-route-twice.yaml", "routeMetric: 200", "route-duplicate",
                    "route-ambiguous"),
            new HandOff("route-family-mismatch/fires-both-directions.yaml", "192.168.22.0/24", "route-family-mismatch",
                    "route-next-hop-not-on-link"),
            new HandOff("route-interface-dhcp/fires-route-on-dhcp-compute-port.yaml", "interfaceAlias: Port3",
                    "route-interface-dhcp", "route-next-hop-not-on-link"),
            new HandOff("route-interface-not-compute/fires-route-on-internet-port.yaml", "interfaceAlias: Port2",
                    "route-interface-not-compute", "route-next-hop-not-on-link"),
            new HandOff("route-interface-not-compute/fires-port-the-package-does-not-declare.yaml", "interfaceAlias: Port4",
                    "route-interface-not-compute", "route-next-hop-not-on-link"),
            new HandOff("route-next-hop-local/fires-other-node-and-other-port.yaml", "nextHop: 10.57.48.11",
                    "route-next-hop-local", "route-next-hop-not-on-link"),
            new HandOff("service-ip-conflict/fires-same-load-balancer-ip.yaml", "name: opc-gateway",
                    "service-ip-conflict", "service-ip-outside-range"),
            new HandOff("missing-value/fires-unnamed-entries.yaml", "{ type: ClusterIP", "missing-value",
                    "service-name-invalid"),
            new HandOff("vlan-id-invalid/fires-out-of-range-twice-on-one-switch.yaml", "name: vnet2", "vlan-id-invalid",
                    "vlan-id-duplicate"),
            new HandOff("port-unknown/fires-route-aliases.yaml", "interfaceAlias: Port7", "port-unknown",
                    "route-interface-not-compute"));

    @TestFactory
    Stream<DynamicTest> eachCaseLeftToAnotherRuleIsJudgedByExactlyOne() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Path path = Fixtures.ROOT.resolve(c.fixture());
            int line = lineOf(path, c.text());
            List<Finding> findings = new Fixtures.Case(path.getParent().getFileName().toString(), path,
                    List.of(path)).run();
            Set<String> judges = findings.stream()
                    .filter(f -> f.location().line() == line)
                    .map(Finding::rule)
                    .filter(r -> r.equals(c.owner()) || r.equals(c.other()))
                    .collect(Collectors.toSet());
            assertThat(judges).as("%s, line %d: %s", c, line, findings).containsExactly(c.owner());
            assertThat(findings).as("%s: %s elsewhere in the case", c, c.other())
                    .noneMatch(f -> f.rule().equals(c.other()));
        }));
    }

    /** The one line of the fixture that holds the fragment. */
    private static int lineOf(Path path, String text) {
        try {
            List<String> lines = Files.readAllLines(path);
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    assertThat(found).as("'%s' on one line only of %s", text, path).isEqualTo(-1);
                    found = i + 1;
                }
            }
            assertThat(found).as("'%s' in %s", text, path).isPositive();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
