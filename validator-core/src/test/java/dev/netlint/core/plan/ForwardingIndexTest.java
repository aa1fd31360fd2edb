package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forwarding model indexes installed routes once per destination: the route a lookup returns and
 * the state of each route must be those the forwarding model gives (see {@link Forwarding}), whatever the order of the routes.
 */
class ForwardingIndexTest {

    /** The base device with an IPv4-only compute port, and an empty route list to append to. */
    private static final String DEVICE = YamlDevices.device(YamlDevices.CLEAN_PORT3, "");

    @TempDir
    Path dir;

    @Test
    void theLowerMetricWinsForOneDestinationAndTheFirstOnATie() throws IOException {
        Forwarding forwarding = forwarding("""
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 192.168.20.1, routeMetric: 200 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 192.168.20.2, routeMetric: 100 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 192.168.20.3, routeMetric: 100 }
                """);
        assertThat(nextHopFor(forwarding, "10.1.2.3")).isEqualTo("192.168.20.2");
    }

    @Test
    void theMostSpecificInstalledRouteWinsOverALowerMetric() throws IOException {
        Forwarding forwarding = forwarding("""
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.2.0/24, nextHop: 192.168.20.2, routeMetric: 500 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 192.168.20.1, routeMetric: 1 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.2.128/25, nextHop: 192.168.20.21, routeMetric: 1 }
                """);
        assertThat(nextHopFor(forwarding, "10.1.2.200")).as("the /25 is not installed: its next hop is a node IP")
                .isEqualTo("192.168.20.2");
        assertThat(nextHopFor(forwarding, "10.1.3.1")).isEqualTo("192.168.20.1");
        assertThat(forwarding.lookup(address("10.2.0.1"))).isInstanceOf(Forwarding.DefaultPath.class);
        assertThat(forwarding.lookup(address("192.168.20.77"))).isInstanceOf(Forwarding.Connected.class);
    }

    @Test
    void eachRouteKeepsTheReasonItIsNotInstalled() throws IOException {
        Device device = device("""
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 192.168.20.1, routeMetric: 1 }
                    - { interfaceAlias: Port2, destinationPrefix: 10.2.0.0/16, nextHop: 10.57.48.1, routeMetric: 1 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.3.0.0/16, nextHop: 10.57.48.1, routeMetric: 1 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.4.0.0/16, nextHop: 192.168.20.10, routeMetric: 1 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.5.0.0/16, nextHop: 192.168.20.35, routeMetric: 1 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.6.0.0/16, nextHop: 192.168.20.1, routeMetric: high }
                """);
        Forwarding forwarding = Forwarding.of(device, AddressPlan.of(device));
        List<RouteState> states = device.kubernetes().routes().stream().map(forwarding::state).toList();
        assertThat(states).containsExactly(RouteState.INSTALLED, RouteState.NOT_COMPUTE_PORT,
                RouteState.NEXT_HOP_OFF_LINK, RouteState.NEXT_HOP_LOCAL, RouteState.NEXT_HOP_LOCAL,
                RouteState.METRIC_INVALID);
        KubeRoute copy = new KubeRoute(null, device.kubernetes().routes().get(2).interfaceAlias(),
                device.kubernetes().routes().get(2).destinationPrefix(), device.kubernetes().routes().get(2).nextHop(),
                null);
        assertThat(forwarding.state(copy)).as("a route not of this device is judged too")
                .isEqualTo(RouteState.NEXT_HOP_OFF_LINK);
    }

    @Test
    void coverageNamesThePartNoRouteCarries() throws IOException {
        Forwarding forwarding = forwarding("""
                    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/25, nextHop: 192.168.20.1, routeMetric: 1 }
                """);
        Coverage coverage = forwarding.coverage(address("10.1.0.0/24"));
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.uncovered()).extracting(IPAddress::toCanonicalString).containsExactly("10.1.0.128/25");
        assertThat(coverage.via()).hasSize(1);
    }

    private Forwarding forwarding(String routes) throws IOException {
        Device device = device(routes);
        return Forwarding.of(device, AddressPlan.of(device));
    }

    private Device device(String routes) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, DEVICE + routes);
        return new DeviceLoader(LoadLimits.DEFAULT, Path::toString)
                .load(new DeviceInput(dir, dir.toString(), List.of(file))).device();
    }

    private static String nextHopFor(Forwarding forwarding, String address) {
        Forwarding.Path path = forwarding.lookup(address(address));
        assertThat(path).isInstanceOf(Forwarding.Routed.class);
        return ((Forwarding.Routed) path).route().nextHopAddress().toCanonicalString();
    }

    private static IPAddress address(String text) {
        return new IPAddressString(text).getAddress();
    }
}
