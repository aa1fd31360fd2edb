package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.TransitionRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fixture markers do not spell out: the whole messages (values, computed fixes) of the compute
 * and Kubernetes pool rules, and cases run with these rules alone. Lines, severities and related lines are
 * the markers' job.
 */
class PoolRulesTest {

    private static final RuleRegistry POOL_RULES = RuleRegistry.of(Fixtures.rules().all().stream()
            .filter(r -> r.category() == Category.POOLS && !(r.logic() instanceof TransitionRule))
            .map(RegisteredRule::logic).toList());

    @TempDir
    Path temp;

    @Test
    void aDhcpComputePortLeavesItsPoolsUnjudged() throws IOException {
        Path dhcp = Path.of("src/test/resources/cases/dhcp-compute-port.yaml");
        assertThat(run(POOL_RULES, dhcp)).isEmpty();

        Path fixed = temp.resolve("static.yaml");
        Files.writeString(fixed, Files.readString(dhcp).replace("isDhcpEnabled: true", "isDhcpEnabled: false"));
        assertThat(run(POOL_RULES, fixed)).extracting(Finding::rule, f -> f.location().line())
                .containsExactlyInAnyOrder(
                        tuple("pool-outside-subnet", 21),
                        tuple("pool-contains-reserved-ip", 22),
                        tuple("pool-contains-reserved-ip", 22));
    }

    @Test
    void poolOverlapNamesAFreeRangeForTheLaterPool() {
        Finding f = only("pool-overlap/fires-node-and-service.yaml");
        assertThat(f.message()).as("the facts").endsWith("at 192.168.20.22 (1 address)");
        assertThat(f.fix()).as("the fix apart").startsWith("move KubernetesServiceIPs to ");
        assertThat(f.text()).isEqualTo("KubernetesNodeIPs 192.168.20.20-192.168.20.22 overlaps KubernetesServiceIPs"
                + " 192.168.20.22-192.168.20.30 at 192.168.20.22 (1 address); move KubernetesServiceIPs to"
                + " 192.168.20.1-192.168.20.9, free in 192.168.20.0/24");
    }

    @Test
    void aPoolWrittenAsAPrefixIsOfferedAnAlignedPrefix() {
        assertThat(only("pool-overlap/fires-vm-pool-inside-service-pool.yaml").text())
                .endsWith("(16 addresses); move VirtualMachineIPs to 192.168.20.64/28, free in 192.168.20.0/24");
        assertThat(messages("pool-outside-subnet/fires-prefix-pool.yaml")).containsExactly(
                "VirtualMachineIPs 10.10.1.0-10.10.1.63 lies entirely outside subnet 10.10.0.0/24 of virtual network"
                        + " vnet1; move VirtualMachineIPs to 10.10.0.64/26, free in 10.10.0.0/24",
                "VirtualMachineIPs 2001:db8:31::10-2001:db8:31::1f lies entirely outside subnet 2001:db8:30::/64 of"
                        + " virtual network vnet6; move VirtualMachineIPs to 2001:db8:30::2-2001:db8:30::11, free in"
                        + " 2001:db8:30::/64");
    }

    @Test
    void poolOutsideSubnetSaysWhichPartIsOutside() {
        Finding f = only("pool-outside-subnet/fires-straddles-subnet-end.yaml");
        assertThat(f.text()).isEqualTo("KubernetesServiceIPs 192.168.20.250-192.168.21.4 is not entirely inside"
                + " subnet 192.168.20.0/24 of Port3; outside it: 192.168.21.0-192.168.21.4 (5 addresses); move"
                + " KubernetesServiceIPs to 192.168.20.23-192.168.20.33, free in 192.168.20.0/24");
        assertThat(of(findings("pool-outside-subnet/fires-ipv6-port.yaml"), "pool-outside-subnet").text())
                .contains("lies entirely outside subnet 2001:db8:20::/64 of Port3")
                .endsWith("move KubernetesServiceIPs to 2001:db8:20::11-2001:db8:20::20, free in 2001:db8:20::/64");
        assertThat(only("pool-outside-subnet/fires-two-node-cluster.yaml").text())
                .contains("outside subnet 192.168.20.0/24 of Port3;")
                .endsWith("move KubernetesNodeIPs to 192.168.20.1-192.168.20.3, free in 192.168.20.0/24");
    }

    @Test
    void reservedAddressesAreNamedWithTheirOwners() {
        List<Finding> findings = findings("pool-contains-reserved-ip/fires-gateway-and-dns-two-nodes.yaml");
        assertThat(findings).extracting(Finding::text).containsExactly(
                "KubernetesServiceIPs 192.168.20.1-192.168.20.9 contains 192.168.20.1, the gateway of Port3 of NODE-A"
                        + " and the gateway of Port3 of NODE-B: the device would hand out an address that is already"
                        + " in use; move KubernetesServiceIPs to 192.168.20.23-192.168.20.31, free in 192.168.20.0/24",
                "KubernetesServiceIPs 192.168.20.1-192.168.20.9 contains 192.168.20.2, a DNS server of Port3 of NODE-A"
                        + " and a DNS server of Port3 of NODE-B: the device would hand out an address that is already"
                        + " in use; move KubernetesServiceIPs to 192.168.20.23-192.168.20.31, free in 192.168.20.0/24");
        List<Finding> whole = findings("pool-contains-reserved-ip/fires-whole-virtual-network.yaml");
        assertThat(whole).extracting(Finding::text).containsExactly(
                "VirtualMachineIPs is written as the prefix 10.10.0.0/24, which stands for every address of its block,"
                        + " 10.10.0.0-10.10.0.255: the device would hand out 10.10.0.0 (the network address of subnet"
                        + " 10.10.0.0/24 of virtual network vnet1), 10.10.0.1 (the gateway of virtual network vnet1),"
                        + " 10.10.0.255 (the broadcast address of subnet 10.10.0.0/24 of virtual network vnet1); write"
                        + " the pool as a range of host addresses, start-end, that leaves these out");
        assertThat(whole.get(0).related()).hasSize(3);
        assertThat(only("pool-contains-reserved-ip/fires-interface-address.yaml").text())
                .startsWith("KubernetesNodeIPs 192.168.20.9-192.168.20.11 contains 192.168.20.10, the address of Port3:");
    }

    @Test
    void nodePoolTooSmallWidensInPlaceWhenItCan() {
        assertThat(only("node-pool-too-small/fires-one-node-single-address.yaml").text()).isEqualTo(
                "KubernetesNodeIPs 192.168.20.20 holds 1 address; a one-node device needs at least 2 (nodes + 1): use"
                        + " 192.168.20.20-192.168.20.21");
        assertThat(only("node-pool-too-small/fires-two-node-cluster.yaml").text()).isEqualTo(
                "KubernetesNodeIPs 192.168.20.20-192.168.20.21 holds 2 addresses; a 2-node cluster needs at least 3"
                        + " (nodes + 1): use 192.168.20.1-192.168.20.3");
        assertThat(only("node-pool-too-small/fires-nodes-from-node-names.yaml").text())
                .contains("a 2-node cluster needs at least 3");
    }

    @Test
    void aMissingServicePoolIsOnlyAWarning() {
        assertThat(findings("kubernetes-pool-missing/fires-no-pools-at-all.yaml"))
                .extracting(Finding::severity, f -> f.text().contains("KubernetesNodeIPs"))
                .containsExactlyInAnyOrder(tuple(Severity.ERROR, true),
                        tuple(Severity.WARNING, false));
        assertThat(only("service-pool-too-small/fires-no-service-pool.yaml")).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.text()).isEqualTo("vSwitch1 has no KubernetesServiceIPs pool, but LoadBalancer service"
                    + " camera-ingest needs an external IP: add a range of at least 2 addresses (one more for the IoT"
                    + " Edge service) free in the subnet of Port3");
        });
        Finding exact = only("service-pool-too-small/fires-exact-fit-leaves-none-for-iot-edge.yaml");
        assertThat(exact.severity()).isEqualTo(Severity.WARNING);
        assertThat(exact.text()).isEqualTo("KubernetesServiceIPs 192.168.20.30-192.168.20.31 holds 2 addresses for 2"
                + " LoadBalancer services: MetalLB gives each its own address, which leaves none for the IoT Edge"
                + " service (the deployment checklist asks for 1 static IP for it, and one more for each service or"
                + " module); widen it to at least 3 addresses");
        Finding tooSmall = only("service-pool-too-small/fires-three-services-two-addresses.yaml");
        assertThat(tooSmall.text()).startsWith("KubernetesServiceIPs 192.168.20.30-192.168.20.31 holds 2 addresses"
                + " for 3 LoadBalancer services");
    }

    @Test
    void clusterCidrFindingsPointAtTheWrittenValueOrAtTheOtherElement() {
        Finding byDefault = only("cluster-cidr-overlap/fires-default-pod-subnet.yaml");
        assertThat(byDefault.text()).startsWith("default pod subnet 172.27.0.0/16 overlaps route 172.27.10.0/24 via"
                + " 192.168.20.1 on Port3 at 172.27.10.0-172.27.10.255 (256 addresses)")
                .endsWith("such as 172.16.0.0/16, which overlaps nothing declared for this device");

        Finding each = only("cluster-cidr-overlap/fires-pod-and-service-subnets.yaml");
        assertThat(each.text()).startsWith("pod subnet 10.96.0.0/12 overlaps service subnet 10.96.0.0/16 at"
                + " 10.96.0.0-10.96.255.255 (65536 addresses)");

        Finding overDefault = only("cluster-cidr-overlap/fires-pod-subnet-over-default-service-subnet.yaml");
        assertThat(overDefault.text()).startsWith("default service subnet 172.28.0.0/16 overlaps pod subnet"
                + " 172.28.0.0/15 at 172.28.0.0-172.28.255.255 (65536 addresses)")
                .contains("choose another pod subnet (kubernetes.podSubnet, set with Set-HcsKubeClusterNetworkInfo -PodSubnet before compute is configured), such as 172.16.0.0/15");
        assertThat(overDefault.related()).isEmpty();

        assertThat(only("cluster-cidr-overlap/fires-default-service-subnet-on-site-network.yaml").text())
                .startsWith("default service subnet 172.28.0.0/16 overlaps subnet 172.28.5.0/24 of Port2");
        assertThat(messages("cluster-cidr-not-canonical/fires-host-bits.yaml")).containsExactly(
                "pod subnet 10.244.1.0/16 has host bits set: the prefix it stands for is 10.244.0.0/16; write"
                        + " 10.244.0.0/16 so that nobody reads 10.244.1.0 as the start of the range",
                "service subnet 10.96.0.1/16 has host bits set: the prefix it stands for is 10.96.0.0/16; write"
                        + " 10.96.0.0/16 so that nobody reads 10.96.0.1 as the start of the range");
    }

    @Test
    void serviceFindingsStateTheAddresses() {
        assertThat(only("service-ip-outside-range/fires-load-balancer-outside-pool.yaml").text()).isEqualTo(
                "load-balancer IP 192.168.20.50 of service dashboard is outside KubernetesServiceIPs"
                        + " 192.168.20.30-192.168.20.39: MetalLB only assigns addresses from that range, so the service"
                        + " would stay pending");
        assertThat(only("service-ip-outside-range/fires-cluster-ip-outside-written-subnet.yaml").text())
                .startsWith("cluster IP 172.28.0.20 of service inference-db is outside the service subnet 10.96.0.0/16");
        Finding conflict = only("service-ip-conflict/fires-same-load-balancer-ip.yaml");
        assertThat(conflict.text()).startsWith("service opc-gateway asks for 192.168.20.30 as its load-balancer IP,"
                + " already the load-balancer IP of service camera-ingest");
        assertThat(messages("service-name-invalid/fires-bad-names.yaml")).extracting(m -> m.replaceAll(" \\(.*", ""))
                .containsExactly(
                        "service name \"Camera-Ingest\" is not an RFC 1035 label: it contains the uppercase letter 'C'",
                        "service name \"camera_ingest\" is not an RFC 1035 label: it contains '_'",
                        "service name \"1st-camera\" is not an RFC 1035 label: it starts with '1', not a letter",
                        "service name \"dashboard-\" is not an RFC 1035 label: it ends with '-'",
                        "service name \"opc gateway\" is not an RFC 1035 label: it contains a space",
                        "service has no name",
                        "service name \"inference-database-for-the-line-four-cameras-and-the-plc-network\" is not an"
                                + " RFC 1035 label: it has 64 characters");
    }

    @Test
    void computeFindingsNameTheProfileAndTheFirstComputeSwitch() {
        assertThat(only("compute-on-management-port/fires-ase-pro-2.yaml").text())
                .startsWith("vSwitch1 is enabled for compute on Port1, the management port of ase-pro-2");
        assertThat(only("kubernetes-pool-misplaced/fires-node-pool-on-storage-switch.yaml").text())
                .endsWith("; move it to vSwitch1 (Port3)");
    }

    @Test
    void tenThousandServicesWithOneSharedClusterIp() throws IOException {
        StringBuilder yaml = new StringBuilder("kubernetes:\n  services:\n");
        // from .2: 172.28.0.1 is the kubernetes service's
        for (int i = 0; i < 10_000; i++) {
            yaml.append("    - { name: svc-").append(i).append(", type: ClusterIP, clusterIP: 172.28.")
                    .append(i / 250).append('.').append(i % 250 + 2).append(" }\n");
        }
        yaml.append("    - { name: late, type: ClusterIP, clusterIP: 172.28.20.8 }\n");
        Path file = temp.resolve("services.yaml");
        Files.writeString(file, yaml);
        assertThat(run(POOL_RULES, file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("service-ip-conflict");
            assertThat(f.location().line()).isEqualTo(10_003);
            assertThat(f.text()).contains("already the cluster IP of service svc-5006");
        });
    }

    private static List<Finding> findings(String fixture) {
        Path path = Fixtures.ROOT.resolve(fixture);
        return new Fixtures.Case(path.getParent().getFileName().toString(), path, List.of(path)).run();
    }

    private static List<String> messages(String fixture) {
        return findings(fixture).stream().map(Finding::text).toList();
    }

    private static Finding of(List<Finding> findings, String rule) {
        List<Finding> own = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(own).as("findings of %s", rule).hasSize(1);
        return own.get(0);
    }

    private static Finding only(String fixture) {
        List<Finding> findings = findings(fixture);
        assertThat(findings).as("findings of %s", fixture).hasSize(1);
        return findings.get(0);
    }

    private static List<Finding> run(RuleRegistry rules, Path file) {
        Engine engine = new Engine(rules, DeviceFinder.PathDisplay.current());
        return engine.checkDevice(new DeviceInput(file, file.toString(), List.of(file)), DeviceSettings.DEFAULT).findings();
    }
}
