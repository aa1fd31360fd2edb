package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** How a finding's place is named without list positions: by what each element on its way is. */
class ElementKeysTest {

    private static ElementKeys keys(String path, String text) {
        return ElementKeys.of(new SourceFile(path, text), LoadLimits.DEFAULT);
    }

    private static final String ROUTES = """
            kubernetes:
              routes:
                - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 10.0.0.9, routeMetric: 100 }
                - { interfaceAlias: Port3, destinationPrefix: 10.2.0.0/16, nextHop: 10.0.0.9, routeMetric: 100 }
                - { interfaceAlias: Port4, destinationPrefix: 10.2.0.0/16, nextHop: 10.0.0.9, routeMetric: 100 }
            """;

    @Test
    void aRouteIsNamedByItsDestinationNextHopAndInterface() {
        ElementKeys keys = keys("d.yaml", ROUTES);

        assertThat(keys.key("/kubernetes/routes/1/nextHop")).isEqualTo(new ElementKeys.Keyed(
                "/kubernetes/routes/[destinationPrefix=10.2.0.0\\/16,nextHop=10.0.0.9,interfaceAlias=Port3]/nextHop",
                "10.0.0.9"));
        assertThat(keys.key("/kubernetes/routes/2/nextHop").path()).as("another interface, another route")
                .isNotEqualTo(keys.key("/kubernetes/routes/1/nextHop").path());
        assertThat(keys.key("/kubernetes/routes/0").value()).as("a mapping has no value").isNull();
    }

    @Test
    void aPoolIsNamedByItsVSwitchAndItsNameAndAServiceByItsNamespaceAndName() {
        ElementKeys keys = keys("d.json", """
                {"device": {"network": {"vSwitches": [
                  {"name": "vSwitch1", "ipAddressPools": [{"name": "KubernetesNodeIPs", "ipAddressRange": "10.0.0.1-10.0.0.2"}]},
                  {"name": "vSwitch2", "ipAddressPools": [{"name": "KubernetesNodeIPs", "ipAddressRange": "10.0.0.1-10.0.0.2"}]}]}},
                 "kubernetes": {"services": [{"name": "web", "namespace": "shop", "loadBalancerIP": "10.0.0.5"}]}}
                """);

        assertThat(keys.key("/device/network/vSwitches/1/ipAddressPools/0/ipAddressRange").path()).isEqualTo(
                "/device/network/vSwitches/[name=vSwitch2]/ipAddressPools/[name=KubernetesNodeIPs]/ipAddressRange");
        assertThat(keys.key("/kubernetes/services/0/loadBalancerIP")).isEqualTo(new ElementKeys.Keyed(
                "/kubernetes/services/[namespace=shop,name=web]/loadBalancerIP", "10.0.0.5"));
    }

    @Test
    void aManifestIsNamedByItsKindNamespaceAndNameAndAScalarByItsValue() {
        ElementKeys keys = keys("m.yaml", """
                apiVersion: v1
                kind: Service
                metadata: { name: a, namespace: x }
                spec: { type: LoadBalancer, loadBalancerIP: 10.0.0.5, clusterIPs: [10.96.0.1, 10.96.0.2] }
                ---
                apiVersion: v1
                kind: Service
                metadata: { name: b }
                spec: { type: LoadBalancer, loadBalancerIP: 10.0.0.6 }
                """);

        assertThat(keys.key("/1/spec/loadBalancerIP")).isEqualTo(new ElementKeys.Keyed(
                "/[kind=Service,metadata.name=b]/spec/loadBalancerIP", "10.0.0.6"));
        assertThat(keys.key("/0/spec/clusterIPs/1").path())
                .isEqualTo("/[kind=Service,metadata.namespace=x,metadata.name=a]/spec/clusterIPs/[=10.96.0.2]");
    }

    @Test
    void aRunbookCommandIsNamedByItsCmdletAndArguments() {
        ElementKeys keys = keys("r.ps1", """
                $ErrorActionPreference = "Stop"
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "10.1.0.0/16" -NextHop "10.0.0.9"
                """);

        assertThat(keys.key("/1/NextHop").path()).contains("Add-HcsNetRoute").contains("10.1.0.0\\/16")
                .endsWith("]/NextHop").doesNotContain("/1/");
    }

    @Test
    void aPointerThatLeadsNowhereOrAFileThatCannotBeReadKeepsItsPointer() {
        assertThat(keys("d.yaml", ROUTES).key("/kubernetes/routes/7/nextHop").path())
                .isEqualTo("/kubernetes/routes/7/nextHop");
        assertThat(keys("d.yaml", "kubernetes: [\n").key("/kubernetes/0").path()).isEqualTo("/kubernetes/0");
        assertThat(keys("d.yaml", ROUTES).key("")).isEqualTo(new ElementKeys.Keyed("", null));
    }

    /** Inserting or reordering other routes changes no route's key. */
    @Property(tries = 50)
    void insertingAndReorderingOtherRoutesKeepsEveryKey(@ForAll @IntRange(min = 1, max = 12) int count,
                                                        @ForAll long seed) {
        Random random = new Random(seed);
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            routes.add("{ interfaceAlias: Port" + (2 + random.nextInt(3)) + ", destinationPrefix: 10." + i
                    + ".0.0/16, nextHop: 10.0.0." + (1 + random.nextInt(250)) + " }");
        }
        List<String> before = keysOf(routes);
        List<String> shuffled = new ArrayList<>(routes);
        Collections.shuffle(shuffled, random);
        shuffled.add(random.nextInt(shuffled.size() + 1), "{ interfaceAlias: Port9, destinationPrefix: 172.16.0.0/12,"
                + " nextHop: 10.0.0.254 }");
        List<String> after = keysOf(shuffled);

        for (int i = 0; i < routes.size(); i++) {
            assertThat(after.get(shuffled.indexOf(routes.get(i)))).isEqualTo(before.get(i));
        }
        assertThat(after).doesNotHaveDuplicates();
    }

    private static List<String> keysOf(List<String> routes) {
        StringBuilder yaml = new StringBuilder("kubernetes:\n  routes:\n");
        routes.forEach(route -> yaml.append("    - ").append(route).append('\n'));
        ElementKeys keys = keys("d.yaml", yaml.toString());
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            paths.add(keys.key("/kubernetes/routes/" + i + "/nextHop").path());
        }
        return paths;
    }
}
