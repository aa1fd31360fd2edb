package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.Forwarding.Connected;
import dev.netlint.core.plan.Forwarding.DefaultPath;
import dev.netlint.core.plan.Forwarding.Egress;
import dev.netlint.core.plan.Forwarding.Routed;
import dev.netlint.core.plan.Forwarding.SubnetEdge;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddress.IPVersion;
import inet.ipaddr.IPAddressString;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForwardingTest {

    @TempDir
    Path dir;

    /** Port2 has the default gateway; Port3 is the compute port, 192.168.20.0/24 and 2001:db8:20::/64. */

    private static String route(String alias, String destination, String nextHop, String metric) {
        return "    - { interfaceAlias: " + alias + ", destinationPrefix: \"" + destination + "\", nextHop: \""
                + nextHop + "\"" + (metric == null ? "" : ", routeMetric: \"" + metric + "\"") + " }\n";
    }

    private Forwarding forwarding(String routes) {
        return YamlDevices.forwarding(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, routes));
    }

    private static IPAddress ip(String text) {
        return new IPAddressString(text).getAddress();
    }

    private static List<RouteState> states(Forwarding forwarding, List<KubeRoute> routes) {
        return routes.stream().map(forwarding::state).toList();
    }

    @Test
    void stateNamesTheFirstReasonARouteIsRefused() {
        String routes = route("Port3", "192.168.21.0/24", "192.168.20.1", "100")
                + route("Port3", "192.168.22.0/24", "192.168.20.1", "abc")
                + route("Port3", "192.168.23.0/24", "192.168.20.1", "-1")
                + route("Port2", "192.168.24.0/24", "10.57.48.1", "100")
                + route("port3", "192.168.25.0/24", "2001:db8:20::1", "100")
                + route("Port3", "192.168.26.0/24", "192.168.20.21", "100")
                + route("Port3", "192.168.27.0/24", "192.168.20.10", "100")
                + route("Port3", "192.168.28.0/24", "192.168.30.1", "100")
                + route("Port3", "2001:db8:21::/64", "2001:db8:20::1", "5")
                + route("Port3", "2001:db8:22::/64", "fe80::1", "5")
                + route("Port3", "2001:db8:23::/64", "2001:db8:99::1", "5");
        var device = YamlDevices.load(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, routes));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(states(forwarding, device.kubernetes().routes())).containsExactly(
                RouteState.INSTALLED, RouteState.METRIC_INVALID, RouteState.METRIC_INVALID,
                RouteState.NOT_COMPUTE_PORT, RouteState.FAMILY_MISMATCH, RouteState.NEXT_HOP_LOCAL,
                RouteState.NEXT_HOP_LOCAL, RouteState.NEXT_HOP_OFF_LINK, RouteState.INSTALLED,
                RouteState.INSTALLED, RouteState.NEXT_HOP_OFF_LINK);
    }

    @Test
    void anOffLinkNextHopIsReportedWhateverTheMetric() {
        var device = YamlDevices.load(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, route("Port3", "10.9.0.0/16", "192.168.30.1", "x")
                + route("Port3", "10.8.0.0/16", "192.168.20.1", "x")));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(states(forwarding, device.kubernetes().routes()))
                .containsExactly(RouteState.NEXT_HOP_OFF_LINK, RouteState.METRIC_INVALID);
    }

    @Test
    void aRouteWithoutNextHopIsIncomplete() {
        var device = YamlDevices.loadDespiteProblems(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, "")
                .replace("  routes:\n", "  routes:\n    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: null }\n"));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(forwarding.state(device.kubernetes().routes().get(0))).isEqualTo(RouteState.INCOMPLETE);
    }

    @Test
    void aDhcpComputePortInstallsNothingAndKnowsNoSubnet() {
        String dhcp = """
                      - name: Port3
                        isDhcpEnabled: true
                """;
        var device = YamlDevices.load(dir, YamlDevices.device(dhcp, route("Port3", "192.168.21.0/24", "192.168.20.1", "1")));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(forwarding.state(device.kubernetes().routes().get(0))).isEqualTo(RouteState.PORT_DHCP);
        assertThat(forwarding.knowsConnected(IPVersion.IPV4)).isFalse();
        assertThat(forwarding.connectedSubnets()).isEmpty();
        assertThat(forwarding.lookup(ip("192.168.21.5"))).isInstanceOf(DefaultPath.class);
    }

    @Test
    void aStaticComputePortWithoutMaskHasAnUnknownSubnet() {
        String noMask = """
                      - name: Port3
                        isDhcpEnabled: false
                        iPv4: { address: 192.168.20.10 }
                """;
        var device = YamlDevices.load(dir, YamlDevices.device(noMask, route("Port3", "192.168.21.0/24", "192.168.20.1", "1")));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(forwarding.knowsConnected(IPVersion.IPV4)).isFalse();
        assertThat(forwarding.knowsConnected(IPVersion.IPV6)).isFalse();
        assertThat(forwarding.state(device.kubernetes().routes().get(0))).isEqualTo(RouteState.SUBNET_UNKNOWN);
    }

    @Test
    void anIpv4OnlyComputePortIsKnownToHaveNoIpv6Subnet() {
        String v4only = """
                      - name: Port3
                        isDhcpEnabled: false
                        iPv4: { address: 192.168.20.10, subnetMask: 255.255.255.0 }
                """;
        var device = YamlDevices.load(dir, YamlDevices.device(v4only, route("Port3", "2001:db8:21::/64", "2001:db8:20::1", "1")
                + route("Port3", "2001:db8:22::/64", "fe80::1", "1")));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(forwarding.knowsConnected(IPVersion.IPV6)).isTrue();
        assertThat(forwarding.connectedSubnets(IPVersion.IPV6)).isEmpty();
        assertThat(states(forwarding, device.kubernetes().routes()))
                .containsExactly(RouteState.NEXT_HOP_OFF_LINK, RouteState.NEXT_HOP_OFF_LINK);
    }

    @Test
    void aComputeVSwitchOnAnUndeclaredPortKnowsNoSubnet() {
        var device = YamlDevices.load(dir, YamlDevices.device("", route("Port3", "192.168.21.0/24", "192.168.20.1", "1")));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(forwarding.computePort()).isEqualTo("Port3");
        assertThat(forwarding.state(device.kubernetes().routes().get(0))).isEqualTo(RouteState.SUBNET_UNKNOWN);
    }

    @Test
    void withoutAComputeSwitchNoRouteIsInstalled() {
        var device = YamlDevices.load(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, route("Port3", "192.168.21.0/24", "192.168.20.1", "1"))
                .replace("enabledForCompute: true", "enabledForCompute: false"));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(forwarding.computePort()).isNull();
        assertThat(forwarding.state(device.kubernetes().routes().get(0))).isEqualTo(RouteState.NO_COMPUTE_PORT);
        assertThat(forwarding.knowsConnected(IPVersion.IPV4)).isFalse();
    }

    @Test
    void lookupTakesTheMostSpecificThenLowerMetricThenFirstWritten() {
        Forwarding forwarding = forwarding(route("Port3", "10.0.0.0/8", "192.168.20.1", "10")
                + route("Port3", "10.1.0.0/16", "192.168.20.2", "50")
                + route("Port3", "10.1.0.0/16", "192.168.20.3", "20")
                + route("Port3", "10.2.0.0/16", "192.168.20.4", "20")
                + route("Port3", "10.2.0.0/16", "192.168.20.5", "20")
                + route("Port3", "192.168.20.0/25", "192.168.20.6", "1")
                + route("Port3", "192.168.20.0/24", "192.168.20.7", "1"));
        // as in Linux: a route more specific than the connected subnet takes its addresses; one to the
        // connected prefix itself does not
        assertThat(nextHop(forwarding.lookup(ip("192.168.20.7")))).isEqualTo("192.168.20.6");
        assertThat(forwarding.lookup(ip("192.168.20.200"))).isEqualTo(new Connected(ip("192.168.20.0/24")));
        assertThat(nextHop(forwarding.lookup(ip("10.1.2.3")))).isEqualTo("192.168.20.3");
        assertThat(nextHop(forwarding.lookup(ip("10.2.2.3")))).isEqualTo("192.168.20.4");
        assertThat(nextHop(forwarding.lookup(ip("10.3.2.3")))).isEqualTo("192.168.20.1");
        DefaultPath elsewhere = (DefaultPath) forwarding.lookup(ip("172.16.0.1"));
        assertThat(elsewhere.egress()).contains(new Egress("Port2", "10.57.48.1"));
    }

    @Test
    void anIpv6RouteToTheConnectedPrefixWinsOnlyBelowTheKernelsMetric256() {
        Forwarding forwarding = forwarding(route("Port3", "2001:db8:20::/64", "2001:db8:20::1", "255")
                + route("Port3", "2001:db8:20::/64", "2001:db8:20::2", "0"));
        assertThat(nextHop(forwarding.lookup(ip("2001:db8:20::99")))).isEqualTo("2001:db8:20::1");
        Forwarding loses = forwarding(route("Port3", "2001:db8:20::/64", "2001:db8:20::1", "256")
                + route("Port3", "2001:db8:20::/64", "2001:db8:20::2", "0"));
        assertThat(loses.lookup(ip("2001:db8:20::99"))).isEqualTo(new Connected(ip("2001:db8:20::/64")));
    }

    @Test
    void anIpv6MetricOfZeroIsTheKernels1024() {
        Forwarding forwarding = forwarding(route("Port3", "2001:db8:99::/48", "2001:db8:20::1", "0")
                + route("Port3", "2001:db8:99::/48", "2001:db8:20::2", "5"));
        assertThat(nextHop(forwarding.lookup(ip("2001:db8:99::1")))).isEqualTo("2001:db8:20::2");
    }

    @Test
    void aMetricAbove32BitsIsRefused() {
        Forwarding forwarding = forwarding(route("Port3", "10.9.0.0/16", "192.168.20.1", "4294967296")
                + route("Port3", "10.8.0.0/16", "192.168.20.1", "4294967295"));
        assertThat(forwarding.states()).containsExactly(RouteState.METRIC_INVALID, RouteState.INSTALLED);
    }

    private static String nextHop(Forwarding.Path path) {
        return ((Routed) path).route().nextHopAddress().toCanonicalString();
    }

    @Test
    void theDefaultPathGoesNowhereWithoutAGateway() {
        Forwarding forwarding = YamlDevices.forwarding(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, "")
                .replace(", gateway: 10.57.48.1", ""));
        assertThat(forwarding.defaultEgress(IPVersion.IPV4)).isEmpty();
        assertThat(forwarding.defaultPath(IPVersion.IPV4).egress()).isEmpty();
    }

    @Test
    void theDefaultPathIsPerFamily() {
        Forwarding v6Only = YamlDevices.forwarding(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, "")
                .replace(", gateway: 10.57.48.1 }", " }\n        iPv6: { address: \"2001:db8:48::10/64\", gateway: \"2001:db8:48::1\" }"));
        assertThat(v6Only.defaultPath(IPVersion.IPV6).egress()).contains(new Egress("Port2", "2001:db8:48::1"));
        assertThat(v6Only.defaultPath(IPVersion.IPV4).egress()).isEmpty();
        DefaultPath lookedUp = (DefaultPath) v6Only.lookup(ip("172.16.0.1"));
        assertThat(lookedUp.egress()).isEmpty();

        Forwarding both = YamlDevices.forwarding(dir, YamlDevices.device(YamlDevices.STATIC_PORT3
                + """
                          - name: Port4
                            isDhcpEnabled: false
                            iPv6: { address: "2001:db8:44::10/64", gateway: "2001:db8:44::1" }
                    """, ""));
        assertThat(both.defaultPath(IPVersion.IPV4).egress()).contains(new Egress("Port2", "10.57.48.1"));
        assertThat(both.defaultPath(IPVersion.IPV6).egress()).contains(new Egress("Port4", "2001:db8:44::1"));
        assertThat(((DefaultPath) both.lookup(ip("2001:db8:99::1"))).egress())
                .contains(new Egress("Port4", "2001:db8:44::1"));
    }

    @Test
    void aDhcpPortIsTheIpv4WayOutOnly() {
        Forwarding dhcp = YamlDevices.forwarding(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, "")
                .replace("isDhcpEnabled: false\n        iPv4: { address: 10.57.48.10, subnetMask: 255.255.255.0, gateway: 10.57.48.1 }",
                        "isDhcpEnabled: true"));
        assertThat(dhcp.defaultPath(IPVersion.IPV4).egress()).contains(new Egress("Port2", null));
        assertThat(dhcp.defaultPath(IPVersion.IPV6).egress()).isEmpty();
    }

    @Test
    void aNetworkOrBroadcastAddressIsNoNextHop() {
        var device = YamlDevices.load(dir, YamlDevices.device(YamlDevices.STATIC_PORT3,
                route("Port3", "192.168.21.0/24", "192.168.20.255", "1")
                        + route("Port3", "192.168.22.0/24", "192.168.20.0", "1")
                        + route("Port3", "192.168.23.0/24", "192.168.20.254", "1")
                        + route("Port3", "192.168.24.0/24", "192.168.20.255", "x")));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(states(forwarding, device.kubernetes().routes())).containsExactly(RouteState.NEXT_HOP_NOT_HOST,
                RouteState.NEXT_HOP_NOT_HOST, RouteState.INSTALLED, RouteState.NEXT_HOP_NOT_HOST);
        assertThat(forwarding.subnetEdge(ip("192.168.20.255"))).isEqualTo(new SubnetEdge(true, ip("192.168.20.0/24")));
        assertThat(forwarding.subnetEdge(ip("192.168.20.0"))).isEqualTo(new SubnetEdge(false, ip("192.168.20.0/24")));
        assertThat(forwarding.subnetEdge(ip("192.168.20.254"))).isNull();
        assertThat(forwarding.subnetEdge(ip("2001:db8:20::"))).isNull();
        assertThat(forwarding.lookup(ip("192.168.21.7"))).isInstanceOf(DefaultPath.class);
        assertThat(forwarding.coverage(ip("192.168.21.0/24")).none()).isTrue();
    }

    @Test
    void aPointToPointSubnetHasNoBroadcastAddress() {
        var device = YamlDevices.load(dir, YamlDevices.device("""
                  - name: Port3
                    isDhcpEnabled: false
                    iPv4: { address: 192.168.20.10, subnetMask: 255.255.255.254 }
            """, route("Port3", "192.168.21.0/24", "192.168.20.11", "1")));
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        assertThat(forwarding.state(device.kubernetes().routes().get(0))).isEqualTo(RouteState.INSTALLED);
    }

    @Test
    void coverageOfANetworkInsideTheConnectedSubnetIsComplete() {
        Coverage coverage = forwarding("").coverage(ip("192.168.20.64/26"));
        assertThat(coverage.connected()).isTrue();
        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.via()).isEmpty();
    }

    @Test
    void coverageThroughAContainingRouteIsComplete() {
        Coverage coverage = forwarding(route("Port3", "10.0.0.0/8", "192.168.20.1", "1")).coverage(ip("10.4.0.0/16"));
        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.none()).isFalse();
        assertThat(coverage.via()).extracting(KubeRoute::describe).containsExactly("route 10.0.0.0/8 via 192.168.20.1 on Port3");
    }

    @Test
    void coverageNamesTheLeftoverPrefixesAndOnlyTheRoutesThatCarrySomething() {
        Forwarding forwarding = forwarding(route("Port3", "10.20.0.0/24", "192.168.20.1", "1")
                + route("Port3", "10.20.0.0/25", "192.168.20.2", "1")
                + route("Port3", "10.20.0.128/25", "192.168.20.3", "1")
                + route("Port3", "10.20.2.0/24", "192.168.20.4", "1")
                + route("Port3", "10.20.9.0/24", "192.168.20.5", "1"));
        Coverage coverage = forwarding.coverage(ip("10.20.0.0/22"));
        assertThat(coverage.connected()).isFalse();
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.none()).isFalse();
        assertThat(coverage.uncovered()).extracting(IPAddress::toCanonicalString)
                .containsExactly("10.20.1.0/24", "10.20.3.0/24");
        assertThat(coverage.via()).extracting(r -> r.nextHopAddress().toCanonicalString())
                .containsExactly("192.168.20.2", "192.168.20.3", "192.168.20.4");
    }

    @Test
    void coverageOfAnUnroutedNetworkIsNone() {
        Coverage coverage = forwarding(route("Port3", "10.0.0.0/8", "192.168.30.1", "1")).coverage(ip("10.1.0.0/16"));
        assertThat(coverage.none()).isTrue();
        assertThat(coverage.uncovered()).extracting(IPAddress::toCanonicalString).containsExactly("10.1.0.0/16");
        assertThat(coverage.via()).isEmpty();
    }

    @Test
    void coverageCountsTheConnectedPartOfALargerNetwork() {
        Coverage coverage = forwarding("").coverage(ip("192.168.20.0/23"));
        assertThat(coverage.connected()).isTrue();
        assertThat(coverage.uncovered()).extracting(IPAddress::toCanonicalString).containsExactly("192.168.21.0/24");
    }

    @Test
    void coverageWorksForIpv6AndForASingleAddress() {
        Forwarding forwarding = forwarding(route("Port3", "2001:db8:30::/49", "2001:db8:20::1", "1"));
        Coverage coverage = forwarding.coverage(ip("2001:db8:30::/48"));
        assertThat(coverage.uncovered()).extracting(IPAddress::toCanonicalString).containsExactly("2001:db8:30:8000::/49");
        assertThat(forwarding.coverage(ip("2001:db8:30::7")).complete()).isTrue();
        assertThat(forwarding.coverage(ip("2001:db8:31::7")).none()).isTrue();
    }

    @Test
    void aRefusedRouteExplainsAnUnreachedNetwork() {
        Forwarding forwarding = forwarding(route("Port3", "10.0.0.0/8", "192.168.30.1", "1")
                + route("Port3", "10.5.1.0/24", "192.168.30.1", "1"));
        assertThat(forwarding.refusedRoute(ip("10.5.0.0/16")).map(KubeRoute::describe))
                .contains("route 10.0.0.0/8 via 192.168.30.1 on Port3");
        assertThat(forwarding.refusedRoute(ip("10.5.1.0/25")).map(KubeRoute::describe))
                .contains("route 10.5.1.0/24 via 192.168.30.1 on Port3");
        assertThat(forwarding.refusedRoute(ip("11.0.0.0/8"))).isEmpty();
    }

    @Test
    void aDestinationWithHostBitsIsItsPrefixBlock() {
        Forwarding forwarding = forwarding(route("Port3", "10.9.9.9/16", "192.168.20.1", "1"));
        assertThat(forwarding.lookup(ip("10.9.200.1"))).isInstanceOf(Routed.class);
        assertThat(forwarding.coverage(ip("10.9.0.0/16")).complete()).isTrue();
    }
}
