package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RegisteredRule;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The benchmark's huge device, for the routing rules: 100,000 routes and 20,000 required networks. A pairwise
 * loop would need about 10^10 steps; the rules must finish in seconds and report what the plan
 * holds: every tenth route off-link, every 500th a copy of the one before, many networks partly
 * routed, and the last thousand not routed at all.
 */
class RoutingScaleTest {

    private static final Set<String> RULES = Set.of("compute-port-dhcp", "route-interface-dhcp",
            "nic-teaming-unsupported", "vswitch-port-conflict", "host-route-unsupported",
            "route-interface-not-compute", "route-prefix-not-canonical", "route-next-hop-not-on-link",
            "route-next-hop-local", "route-family-mismatch", "route-duplicate", "route-ambiguous", "route-redundant",
            "route-metric-invalid", "network-unreachable", "network-partially-routed");

    private int line;

    private <T> Located<T> at(T value) {
        line++;
        return new Located<>(value, new Location("big.yaml", line, 1, "/" + line));
    }

    private static IPAddress ip(String text) {
        return new IPAddressString(text).getAddress();
    }

    /** The i-th /24 of 10.0.0.0/7: 10.x.y.0/24, then 11.x.y.0/24. */
    private static String slash24(int i) {
        return (10 + i / 65536) + "." + (i / 256 % 256) + "." + (i % 256) + ".0";
    }

    private Device bigDevice() throws AddressStringException {
        List<NetInterface> interfaces = List.of(
                new NetInterface(at("").location(), at("Port2"), null, null, at(false),
                        new Ipv4Config(at("").location(), at(ip("10.57.48.10/24")), null, at(ip("10.57.48.1"))),
                        null, List.of(at(ip("10.57.48.2"))), null, null),
                new NetInterface(at("").location(), at("Port3"), null, null, at(false),
                        new Ipv4Config(at("").location(), at(ip("192.168.20.10/24")), null, null),
                        null, List.of(), null, null));
        List<Pool> pools = List.of(
                new Pool(at("").location(), at("KubernetesNodeIPs"), at(AddressRange.parse("192.168.20.20-192.168.20.22"))),
                new Pool(at("").location(), at("KubernetesServiceIPs"), at(AddressRange.parse("192.168.20.30-192.168.20.39"))));
        VSwitch vSwitch = new VSwitch(at("").location(), at("vSwitch1"), List.of(at("Port3")), null, at(true), null,
                null, pools);
        List<KubeRoute> routes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            boolean copy = i % 500 == 499;
            int slot = copy ? i - 1 : i;
            String nextHop = !copy && i % 10 == 9 ? "192.168.30.1" : "192.168.20." + (1 + slot % 8);
            routes.add(new KubeRoute(at("").location(), at("Port3"), at(ip(slash24(slot) + "/24")), at(ip(nextHop)),
                    at(String.valueOf(100 + i % 3))));
        }
        List<RequiredNetwork> networks = new ArrayList<>();
        for (int j = 0; j < 20_000; j++) {
            String prefix = j < 19_000 ? slash24(4 * j) + "/22" : slash24(100_000 + 2 * j) + "/23";
            networks.add(new RequiredNetwork(at("").location(), at("net" + j), at(ip(prefix))));
        }
        Kubernetes kubernetes = new Kubernetes(at("").location(), null, null, routes, List.of(), networks);
        return new Device("big", List.of("big.yaml"), at("").location(), List.of(), interfaces, List.of(vSwitch),
                List.of(), null, null, List.of(), kubernetes);
    }

    /** Wall time: the {@code scale} tag keeps it out of the default build (mvn -Pscale, benchmarks/run.sh). */
    @Tag("scale")
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theRoutingRulesStayNearLinearOnAHundredThousandRoutes() throws AddressStringException {
        theRoutingRulesFindEveryProblemOfAHundredThousandRoutes();
    }

    @Test
    void theRoutingRulesFindEveryProblemOfAHundredThousandRoutes() throws AddressStringException {
        DeviceContext context = new DeviceContext(bigDevice(), Profile.DEFAULT);
        Map<String, Integer> counts = new HashMap<>();
        for (RegisteredRule rule : Fixtures.rules().all()) {
            if (!RULES.contains(rule.id())) {
                continue;
            }
            FindingSink sink = (severity, location, message, fix, related) -> counts.merge(rule.id(), 1, Integer::sum);
            rule.logic().inspect(context, sink);
        }
        assertThat(counts.get("route-next-hop-not-on-link")).isEqualTo(9_800);
        assertThat(counts.get("route-duplicate")).isEqualTo(200);
        assertThat(counts.get("network-partially-routed")).isEqualTo(7_600);
        assertThat(counts.get("network-unreachable")).isEqualTo(1_000);
        assertThat(counts).doesNotContainKeys("route-interface-not-compute",
                "route-family-mismatch", "route-next-hop-local");
    }
}
