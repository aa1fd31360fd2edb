package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Pool;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The address plan of a device: every entry with its kind, range, label, location and owner. */
class AddressPlanTest {

    private static final String YAML = """
            device:
              network:
                interfaces:
                  - name: Port2
                    nodeName: NODE-A
                    isDhcpEnabled: false
                    iPv4: { address: 10.57.48.10, subnetMask: 255.255.255.0, gateway: 10.57.48.1 }
                    iPv6: { address: "2001:db8:48::10", prefixLength: 64, gateway: "2001:db8:48::1" }
                    dnsServerAddresses: [10.57.48.2, 10.57.48.3]
                  - name: Port2
                    nodeName: NODE-B
                    isDhcpEnabled: false
                    iPv4: { address: 10.57.48.11/24 }
                  - name: Port3
                    nodeName: NODE-A
                    isDhcpEnabled: true
                    iPv4: { address: 192.168.99.10, subnetMask: 255.255.255.0, gateway: 192.168.99.1 }
                    dnsServerAddresses: [192.168.99.2]
                  - name: Port4
                    isDhcpEnabled: false
                    iPv4: { address: 10.57.48.10 }
                vSwitches:
                  - name: vSwitch1
                    interfaceName: Port2
                    enabledForCompute: true
                    ipAddressPools:
                      - { name: KubernetesNodeIPs, ipAddressRange: 10.57.48.20-10.57.48.22 }
                      - { name: KubernetesServiceIPs, ipAddressRange: 10.57.48.30-10.57.48.39 }
                virtualNetworks:
                  - name: vnet1
                    vSwitchName: vSwitch1
                    vlanId: 10
                    network: 192.168.50.0
                    subnetMask: 255.255.255.0
                    gateway: 192.168.50.1
                    ipAddressPools:
                      - { name: VnetPool, ipAddressRange: 192.168.50.100-192.168.50.110 }
            kubernetes:
              podSubnet: 10.244.0.0/16
              routes:
                - { interfaceAlias: Port2, destinationPrefix: 10.1.2.3/16, nextHop: 10.57.48.1 }
              requiredNetworks:
                - { name: plant, prefix: 10.200.0.0/24 }
              services:
                - { name: web, namespace: shop, type: LoadBalancer, loadBalancerIP: 10.57.48.31, clusterIP: 172.28.0.10 }
            """;

    @TempDir
    static Path dir;

    private static Device device;
    private static AddressPlan plan;

    @BeforeAll
    static void load() {
        device = YamlDevices.load(dir, YAML);
        plan = AddressPlan.of(device);
    }

    private static IPAddress ip(String text) {
        return new IPAddressString(text).getAddress();
    }

    private static int line(String needle) {
        int index = YAML.indexOf(needle);
        assertThat(index).as(needle).isNotNegative();
        return (int) YAML.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void everyStaticAddressPoolNetworkAndClusterRangeIsAnEntryInDeclarationOrder() {
        assertThat(plan.entries()).extracting(PlanEntry::kind, PlanEntry::describeRange, PlanEntry::label).containsExactly(
                tuple(PlanKind.PORT_SUBNET, "10.57.48.0-10.57.48.255", "subnet 10.57.48.0/24 of Port2 of NODE-A"),
                tuple(PlanKind.INTERFACE_ADDRESS, "10.57.48.10", "address 10.57.48.10 of Port2 of NODE-A"),
                tuple(PlanKind.GATEWAY, "10.57.48.1", "gateway of Port2 of NODE-A 10.57.48.1"),
                tuple(PlanKind.PORT_SUBNET, "2001:db8:48::-2001:db8:48:0:ffff:ffff:ffff:ffff",
                        "subnet 2001:db8:48::/64 of Port2 of NODE-A"),
                tuple(PlanKind.INTERFACE_ADDRESS, "2001:db8:48::10", "address 2001:db8:48::10 of Port2 of NODE-A"),
                tuple(PlanKind.GATEWAY, "2001:db8:48::1", "gateway of Port2 of NODE-A 2001:db8:48::1"),
                tuple(PlanKind.DNS_SERVER, "10.57.48.2", "DNS server of Port2 of NODE-A 10.57.48.2"),
                tuple(PlanKind.DNS_SERVER, "10.57.48.3", "DNS server of Port2 of NODE-A 10.57.48.3"),
                tuple(PlanKind.PORT_SUBNET, "10.57.48.0-10.57.48.255", "subnet 10.57.48.0/24 of Port2 of NODE-B"),
                tuple(PlanKind.INTERFACE_ADDRESS, "10.57.48.11", "address 10.57.48.11 of Port2 of NODE-B"),
                tuple(PlanKind.INTERFACE_ADDRESS, "10.57.48.10", "address 10.57.48.10 of Port4"),
                tuple(PlanKind.POOL, "10.57.48.20-10.57.48.22", "KubernetesNodeIPs 10.57.48.20-10.57.48.22"),
                tuple(PlanKind.POOL, "10.57.48.30-10.57.48.39", "KubernetesServiceIPs 10.57.48.30-10.57.48.39"),
                tuple(PlanKind.VIRTUAL_NETWORK, "192.168.50.0-192.168.50.255", "virtual network vnet1 192.168.50.0/24"),
                tuple(PlanKind.VIRTUAL_NETWORK_GATEWAY, "192.168.50.1", "gateway of virtual network vnet1 192.168.50.1"),
                tuple(PlanKind.VIRTUAL_NETWORK_POOL, "192.168.50.100-192.168.50.110",
                        "VnetPool 192.168.50.100-192.168.50.110"),
                tuple(PlanKind.POD_SUBNET, "10.244.0.0-10.244.255.255", "pod subnet 10.244.0.0/16"),
                tuple(PlanKind.SERVICE_SUBNET, "172.28.0.0-172.28.255.255", "default service subnet 172.28.0.0/16"),
                tuple(PlanKind.ROUTE_DESTINATION, "10.1.0.0-10.1.255.255", "route 10.1.0.0/16 via 10.57.48.1 on Port2"),
                tuple(PlanKind.REQUIRED_NETWORK, "10.200.0.0-10.200.0.255", "required network plant 10.200.0.0/24"),
                tuple(PlanKind.LOAD_BALANCER_IP, "10.57.48.31",
                        "load-balancer IP of service web (namespace shop) 10.57.48.31"),
                tuple(PlanKind.CLUSTER_IP, "172.28.0.10", "cluster IP of service web (namespace shop) 172.28.0.10"));
    }

    @Test
    void eachEntryPointsAtWhatDeclaresItAndNamesItsOwner() {
        NetInterface portA = device.interfaces().get(0);

        PlanEntry subnet = plan.entries(PlanKind.PORT_SUBNET).get(0);
        assertThat(subnet.location()).isEqualTo(portA.ipv4().address().location());
        assertThat(subnet.owner()).isSameAs(portA);
        PlanEntry gateway = plan.entries(PlanKind.GATEWAY).get(0);
        assertThat(gateway.location().line()).isEqualTo(line("gateway: 10.57.48.1"));
        assertThat(gateway.location().pointer()).isEqualTo("/device/network/interfaces/0/iPv4/gateway");
        PlanEntry pool = plan.entries(PlanKind.POOL).get(0);
        assertThat(pool.owner()).isSameAs(device.vSwitches().get(0).pools().get(0));
        assertThat(pool.location().pointer()).isEqualTo("/device/network/vSwitches/0/ipAddressPools/0/ipAddressRange");
        PlanEntry vnet = plan.entries(PlanKind.VIRTUAL_NETWORK).get(0);
        assertThat(vnet.owner()).isSameAs(device.virtualNetworks().get(0));
        assertThat(vnet.location().line()).isEqualTo(line("network: 192.168.50.0"));
        PlanEntry pods = plan.entries(PlanKind.POD_SUBNET).get(0);
        assertThat(pods.location().line()).isEqualTo(line("podSubnet"));
        assertThat(pods.owner()).isSameAs(device.kubernetes());
        assertThat(plan.entries(PlanKind.SERVICE_SUBNET).get(0).location()).isNull();
        assertThat(plan.entries(PlanKind.ROUTE_DESTINATION).get(0).owner()).isSameAs(device.kubernetes().routes().get(0));
        assertThat(plan.entries(PlanKind.REQUIRED_NETWORK).get(0).location().line()).isEqualTo(line("prefix: 10.200"));
        assertThat(plan.entries(PlanKind.CLUSTER_IP).get(0).owner()).isSameAs(device.kubernetes().services().get(0));
    }

    @Test
    void theEntriesOfAKindAreThoseOfTheWholeListAndAMissingKindHasNone() {
        for (PlanKind kind : PlanKind.values()) {
            assertThat(plan.entries(kind)).containsExactlyElementsOf(
                    plan.entries().stream().filter(e -> e.kind() == kind).toList());
        }
        assertThat(AddressPlan.of(YamlDevices.load(dir, "kubernetes: {}\n")).entries(PlanKind.POOL)).isEmpty();
    }

    @Test
    void overlappingFindsTheEntriesOfTheGivenKindsThatShareAnAddress() {
        assertThat(plan.overlapping(ip("10.57.48.21").toSequentialRange(), EnumSet.of(PlanKind.POOL,
                PlanKind.PORT_SUBNET))).extracting(PlanEntry::label).containsExactlyInAnyOrder(
                "KubernetesNodeIPs 10.57.48.20-10.57.48.22", "subnet 10.57.48.0/24 of Port2 of NODE-A",
                "subnet 10.57.48.0/24 of Port2 of NODE-B");
        assertThat(plan.overlapping(ip("10.57.48.21").toSequentialRange(), Set.of(PlanKind.DNS_SERVER))).isEmpty();
        assertThat(plan.overlapping(ip("10.0.0.0/8").toPrefixBlock().toSequentialRange(), Set.of(PlanKind.DNS_SERVER)))
                .hasSize(2);
    }

    @Test
    void staticInterfaceAddressesMapToTheirPortsAndDhcpPortsAreLeftOut() {
        assertThat(plan.interfaceAddresses()).containsOnlyKeys(ip("10.57.48.10"), ip("2001:db8:48::10"),
                ip("10.57.48.11"));
        assertThat(plan.interfaceAddresses().get(ip("10.57.48.10"))).extracting(NetInterface::describe)
                .containsExactly("Port2 of NODE-A", "Port4");
        assertThat(plan.entries()).noneMatch(e -> e.label().contains("Port3"));
    }

    @Test
    void poolsAreListedWithTheirSwitchOrVirtualNetwork() {
        assertThat(plan.pools()).extracting(p -> p.pool().nameOrRange(), p -> p.vSwitch() == null ? null
                : p.vSwitch().name().value(), p -> p.virtualNetwork() == null ? null : p.virtualNetwork().describe())
                .containsExactly(tuple("KubernetesNodeIPs", "vSwitch1", null),
                        tuple("KubernetesServiceIPs", "vSwitch1", null),
                        tuple("VnetPool", null, "virtual network vnet1"));
        assertThat(plan.pools().get(2).range().getLower()).isEqualTo(ip("192.168.50.100"));
    }

    @Test
    void theComputeSubnetsAreThoseOfTheComputePortOnEveryNodeEachOnce() {
        assertThat(plan.computeSubnets()).extracting(IPAddress::toCanonicalString)
                .containsExactly("10.57.48.0/24", "2001:db8:48::/64");
    }

    @Test
    void anAddressIsLocalWhenAPortHasItOrAPoolHoldsIt() {
        assertThat(plan.isLocal(ip("10.57.48.10"))).isTrue();
        assertThat(plan.isLocal(ip("10.57.48.10/24"))).isTrue();
        assertThat(plan.isLocal(ip("10.57.48.22"))).isTrue();
        assertThat(plan.isLocal(ip("192.168.50.105"))).isTrue();
        assertThat(plan.isLocal(ip("10.57.48.23"))).isFalse();
        assertThat(plan.isLocal(ip("192.168.99.10"))).isFalse();

        assertThat(plan.ownerOf(ip("10.57.48.10"))).isEqualTo("the address of Port2 of NODE-A");
        assertThat(plan.ownerOf(ip("10.57.48.35"))).isEqualTo("inside KubernetesServiceIPs 10.57.48.30-10.57.48.39");
        assertThat(plan.ownerOf(ip("192.168.50.100"))).isEqualTo("inside VnetPool 192.168.50.100-192.168.50.110");
        assertThat(plan.ownerOf(ip("10.57.48.40"))).isNull();
    }

    @Test
    void theLocalEntryIsTheFirstInterfaceAddressElseTheFirstPoolThatHoldsTheAddress() {
        assertThat(plan.localEntry(ip("10.57.48.10")).label()).isEqualTo("address 10.57.48.10 of Port2 of NODE-A");
        assertThat(plan.localEntry(ip("10.57.48.11")).label()).isEqualTo("address 10.57.48.11 of Port2 of NODE-B");
        assertThat(plan.localEntry(ip("10.57.48.21")).label()).isEqualTo("KubernetesNodeIPs 10.57.48.20-10.57.48.22");
        assertThat(plan.localEntry(ip("192.168.50.110")).label()).isEqualTo("VnetPool 192.168.50.100-192.168.50.110");
        assertThat(plan.localEntry(ip("10.57.48.1"))).isNull();
        assertThat(plan.localEntry(ip("192.168.99.10"))).isNull();
    }

    @Test
    void withoutKubernetesSettingsTheDefaultSubnetsArePlannedAtNoLocation() {
        AddressPlan bare = AddressPlan.of(YamlDevices.load(dir, """
                kubernetes:
                  serviceSubnet: 10.96.0.0/12
                """));

        assertThat(bare.entries()).extracting(PlanEntry::kind, PlanEntry::label, e -> e.location() == null)
                .containsExactly(tuple(PlanKind.POD_SUBNET, "default pod subnet " + Kubernetes.DEFAULT_POD_SUBNET
                                .toCanonicalString(), true),
                        tuple(PlanKind.SERVICE_SUBNET, "service subnet 10.96.0.0/12", false));
        assertThat(bare.pools()).isEmpty();
        assertThat(bare.computeSubnets()).isEmpty();
        assertThat(bare.interfaceAddresses()).isEmpty();
    }

    @Test
    void aPoolWithoutARangeIsAPoolButNotAnEntry() {
        AddressPlan plan = AddressPlan.of(YamlDevices.loadDespiteProblems(dir, """
                device:
                  network:
                    vSwitches:
                      - name: vSwitch1
                        interfaceName: Port3
                        ipAddressPools: [{ name: Empty }]
                """));

        assertThat(plan.pools()).extracting(p -> p.pool().nameOrRange()).containsExactly("Empty");
        assertThat(plan.pools().get(0).range()).isNull();
        assertThat(plan.entries(PlanKind.POOL)).isEmpty();
        assertThat(plan.ownerOf(ip("10.0.0.1"))).isNull();
        assertThat(plan.pools().get(0).pool()).isInstanceOf(Pool.class);
    }
}
