package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the fixture markers do not spell out: several values of one message, columns and JSON pointers.
 * The markers fix rule, line, severity, a fragment of the message and the related lines.
 */
class RoutingMessagesTest {

    private static List<Finding> run(String rule, String fixture) {
        Path path = Fixtures.ROOT.resolve(rule).resolve(fixture);
        return new Fixtures.Case(rule, path, List.of(path)).run();
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void metricsThatFailAreErrorsAndAHighMetricIsAWarning() {
        List<Finding> findings = of(run("route-metric-invalid", "fires-bad-and-high-metrics.yaml"), "route-metric-invalid");
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING);
        assertThat(findings.get(0).text()).contains("'high'", "is not an integer");
        assertThat(findings.get(1).text()).contains("-5", "negative");
        assertThat(findings.get(3).text()).contains("20000", "above 9999");
        assertThat(findings.get(3).location().column()).isEqualTo(101);
    }

    @Test
    void anOffLinkNextHopNamesTheSubnetAndTheUnreachedNetworkNamesTheRoute() {
        List<Finding> findings = run("route-next-hop-not-on-link", "fires-next-hop-in-other-subnet.yaml");
        Finding offLink = of(findings, "route-next-hop-not-on-link").get(0);
        assertThat(offLink.text()).contains("next hop 192.168.30.1", "outside 192.168.20.0/24",
                "compute port Port3");
        Finding unreachable = of(findings, "network-unreachable").get(0);
        assertThat(unreachable.severity()).isEqualTo(Severity.ERROR);
        assertThat(unreachable.text()).contains("cameras 192.168.21.0/24",
                "out of Port2 via gateway 10.57.48.1", "route 192.168.21.0/24 via 192.168.30.1 on Port3",
                "lies outside 192.168.20.0/24");
        assertThat(unreachable.message()).as("the facts; why the route is refused is said at the route")
                .endsWith("; route 192.168.21.0/24 via 192.168.30.1 on Port3 would carry it but is not installed");
        assertThat(unreachable.fix()).isEqualTo("fix that route");
        assertThat(unreachable.related()).singleElement().satisfies(r ->
                assertThat(r.message()).isEqualTo("not installed: route 192.168.21.0/24 via 192.168.30.1 on Port3: its"
                        + " next hop 192.168.30.1 lies outside 192.168.20.0/24, the subnet of the compute port Port3"));
        assertThat(offLink.message()).doesNotContain("use a router");
        assertThat(offLink.fix()).isEqualTo("use a router inside that subnet");
    }

    @Test
    void anUnreachedNetworkWithoutRouteSaysWhereItsTrafficGoes() {
        List<Finding> findings = of(run("network-unreachable", "fires-no-route.yaml"), "network-unreachable");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).text()).contains("plc 10.30.0.0/16", "out of Port2 via gateway 10.57.48.1",
                "add a route to it on Port3");
        assertThat(findings.get(1).text()).contains("2001:db8:30::/48", "has no IPv6 address");
        assertThat(findings.get(0).related()).isEmpty();
    }

    @Test
    void aPartlyRoutedNetworkListsWhatIsLeftAndWhatCarriesTheRest() {
        Finding finding = of(run("network-partially-routed", "fires-half-routed.yaml"), "network-partially-routed").get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.text()).contains("plc 10.20.0.0/22", "route 10.20.0.0/23 via 192.168.20.1 on Port3",
                "10.20.2.0/23 (512 addresses)", "out of Port2");
    }

    @Test
    void aLocalNextHopSaysWhoseAddressItIs() {
        Finding pool = of(run("route-next-hop-local", "fires-next-hop-in-node-pool.yaml"), "route-next-hop-local").get(0);
        assertThat(pool.text()).contains("inside KubernetesNodeIPs 192.168.20.20-192.168.20.22");
        List<Finding> nodes = of(run("route-next-hop-local", "fires-other-node-and-other-port.yaml"), "route-next-hop-local");
        assertThat(nodes).extracting(Finding::text).anySatisfy(m -> assertThat(m)
                .contains("own address 192.168.20.11 of Port3 of NODE-B"));
    }

    @Test
    void repeatsAndAmbiguitiesPointBackAtTheFirstRoute() {
        List<Finding> duplicates = of(run("route-duplicate", "fires-same-route-twice.yaml"), "route-duplicate");
        assertThat(duplicates.get(0).text()).contains("metrics 100 and 200");
        List<Finding> ambiguous = of(run("route-ambiguous", "fires-equal-metrics.yaml"), "route-ambiguous");
        assertThat(ambiguous).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(ambiguous.get(0).text()).contains("metric 100", "192.168.20.2", "192.168.20.1");
    }

    @Test
    void aRedundantRouteIsInformation() {
        List<Finding> findings = of(run("route-redundant", "fires-inside-compute-subnet.yaml"), "route-redundant");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(findings.get(0).text()).contains("192.168.20.128/25 lies inside 192.168.20.0/24");
    }

    @Test
    void teamingAndSwitchFindingsPointAtTheOffendingValue() {
        Finding team = of(run("nic-teaming-unsupported", "fires-switch-on-two-ports.yaml"), "nic-teaming-unsupported")
                .get(0);
        assertThat(team.location().column()).isEqualTo(32);
        assertThat(team.location().pointer()).isEqualTo("/device/network/vSwitches/1/interfaceName/1");
        assertThat(team.text()).isEqualTo("vSwitchStorage groups 2 ports (Port5, Port6) into one team: NIC teaming"
                + " and Switch Embedded Teaming are not supported on a single-node device; bind it to one port and"
                + " give each other port its own vSwitch if it needs one");
        Finding conflict = of(run("vswitch-port-conflict", "fires-two-switches-on-one-port.yaml"),
                "vswitch-port-conflict").get(0);
        assertThat(conflict.text()).contains("vSwitchVm and vSwitch1");
        Finding dhcp = of(run("compute-port-dhcp", "fires-dhcp-enabled.yaml"), "compute-port-dhcp").get(0);
        assertThat(dhcp.location().pointer()).isEqualTo("/device/network/interfaces/1/isDhcpEnabled");
    }
}
