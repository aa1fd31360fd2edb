package dev.netlint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the model elements derive from the values read: subnets, names, descriptions and flags. */
class ModelTest {

    private static final Location AT = new Location("d.yaml", 3, 5, "/x");

    private static <T> Located<T> at(T value) {
        return new Located<>(value, AT);
    }

    private static Located<IPAddress> ip(String text) {
        return at(new IPAddressString(text).getAddress());
    }

    private static Ipv4Config v4(String address, String mask, String gateway) {
        return new Ipv4Config(AT, address == null ? null : ip(address), mask == null ? null : ip(mask),
                gateway == null ? null : ip(gateway));
    }

    private static Ipv6Config v6(String address, Long prefix, String gateway) {
        return new Ipv6Config(AT, address == null ? null : ip(address), prefix == null ? null : at(prefix),
                gateway == null ? null : ip(gateway));
    }

    private static NetInterface port(String name, String node, Boolean dhcp, Ipv4Config ipv4, Ipv6Config ipv6) {
        return new NetInterface(AT, name == null ? null : at(name), node == null ? null : at(node), null,
                dhcp == null ? null : at(dhcp), ipv4, ipv6, List.of(), null, null);
    }

    // ------------------------------------------------------------------ interfaces

    @Test
    void anInterfaceIsDhcpWhenItSaysSoOrHasNoAddress() {
        assertThat(port("Port2", null, true, v4("10.0.0.1", "255.0.0.0", null), null).isDhcp()).isTrue();
        assertThat(port("Port2", null, false, null, null).isDhcp()).isFalse();
        assertThat(port("Port2", null, null, null, null).isDhcp()).isTrue();
        assertThat(port("Port2", null, null, v4(null, "255.0.0.0", null), v6(null, 64L, null)).isDhcp()).isTrue();
        assertThat(port("Port2", null, null, v4("10.0.0.1", null, null), null).isStatic()).isTrue();
        assertThat(port("Port2", null, null, null, v6("2001:db8::1", 64L, null)).isStatic()).isTrue();
        assertThat(port("Port2", null, null, v4(null, null, null), v6("2001:db8::1", null, null)).isDhcp()).isFalse();
    }

    @Test
    void theSubnetsAndGatewayOfAnInterfaceAreThoseOfAStaticOne() {
        NetInterface both = port("Port3", null, false, v4("10.1.2.3", "255.255.0.0", "10.1.0.1"),
                v6("2001:db8::3", 64L, null));
        NetInterface dhcp = port("Port3", null, true, v4("10.1.2.3", "255.255.0.0", "10.1.0.1"),
                v6("2001:db8::3", 64L, "2001:db8::1"));
        NetInterface onlyV6 = port("Port3", null, false, null, v6("2001:db8::3", 64L, "2001:db8::1"));
        NetInterface onlyV4 = port("Port3", null, false, v4("10.1.2.3/24", null, null), null);

        assertThat(both.subnets()).extracting(IPAddress::toCanonicalString).containsExactly("10.1.0.0/16",
                "2001:db8::/64");
        assertThat(onlyV6.subnets()).extracting(IPAddress::toCanonicalString).containsExactly("2001:db8::/64");
        assertThat(onlyV4.subnets()).extracting(IPAddress::toCanonicalString).containsExactly("10.1.2.0/24");
        assertThat(dhcp.subnets()).isEmpty();
        assertThat(port("Port3", null, false, null, null).subnets()).isEmpty();
        assertThat(both.ipv4Gateway().value().toCanonicalString()).isEqualTo("10.1.0.1");
        assertThat(dhcp.ipv4Gateway()).isNull();
        assertThat(onlyV6.ipv4Gateway()).isNull();
        assertThat(both.hasGateway()).isTrue();
        assertThat(onlyV6.hasGateway()).isTrue();
        assertThat(onlyV4.hasGateway()).isFalse();
        assertThat(dhcp.hasGateway()).isFalse();
        assertThat(port("Port3", null, false, v4("10.1.2.3/24", null, null), v6("2001:db8::3", 64L, null)).hasGateway())
                .isFalse();
    }

    @Test
    void anInterfaceIsNamedByItsPortAndNode() {
        NetInterface byId = new NetInterface(AT, at("Port2"), null, at("node-id-1"), null, null, null, List.of(),
                null, null);

        assertThat(port("Port2", "NODE-B", null, null, null).describe()).isEqualTo("Port2 of NODE-B");
        assertThat(port("Port2", null, null, null, null).describe()).isEqualTo("Port2");
        assertThat(port(null, null, null, null, null).describe()).isEqualTo("interface");
        assertThat(port(null, "NODE-A", null, null, null).describe()).isEqualTo("interface of NODE-A");
        assertThat(port(null, null, null, null, null).portName()).isNull();
        assertThat(byId.node()).isEqualTo("node-id-1");
        assertThat(byId.describe()).isEqualTo("Port2 of node-id-1");
    }

    // ------------------------------------------------------------------ address blocks

    @Test
    void anIpv4PrefixLengthComesFromTheAddressOrTheMaskWhenTheyAgree() {
        assertThat(v4("10.0.0.1/24", null, null).prefixLength()).isEqualTo(24);
        assertThat(v4("10.0.0.1", "255.255.255.0", null).prefixLength()).isEqualTo(24);
        assertThat(v4("10.0.0.1/24", "255.255.255.0", null).prefixLength()).isEqualTo(24);
        assertThat(v4("10.0.0.1/16", "255.255.255.0", null).prefixLength()).isNull();
        assertThat(v4("10.0.0.1", "255.0.255.0", null).prefixLength()).isNull();
        assertThat(v4("10.0.0.1", null, null).prefixLength()).isNull();
        assertThat(v4(null, "255.255.255.0", null).prefixLength()).isNull();
        assertThat(v4("10.0.0.1", "ffff:ffff::", null).prefixLength()).isNull();
        assertThat(v4("10.0.0.1", "255.255.255.255", null).prefixLength()).isEqualTo(32);
        assertThat(v4("10.0.0.1", "0.0.0.0", null).prefixLength()).isZero();
        assertThat(v4("10.0.0.1/24", null, null).maskPrefixLength()).isNull();
        assertThat(v4("10.0.0.1", "255.255.0.0", null).subnet().toCanonicalString()).isEqualTo("10.0.0.0/16");
        assertThat(v4("10.0.0.1", null, null).subnet()).isNull();
        assertThat(v4("10.0.0.1/8", null, null).host().toCanonicalString()).isEqualTo("10.0.0.1");
        assertThat(v4(null, null, null).host()).isNull();
    }

    @Test
    void anIpv6PrefixLengthComesFromTheAddressElseFromPrefixLengthWithinRange() {
        assertThat(v6("2001:db8::1/48", 64L, null).effectivePrefixLength()).isEqualTo(48);
        assertThat(v6("2001:db8::1", 64L, null).effectivePrefixLength()).isEqualTo(64);
        assertThat(v6("2001:db8::1", 0L, null).effectivePrefixLength()).isZero();
        assertThat(v6("2001:db8::1", 128L, null).effectivePrefixLength()).isEqualTo(128);
        assertThat(v6("2001:db8::1", 129L, null).effectivePrefixLength()).isNull();
        assertThat(v6("2001:db8::1", -1L, null).effectivePrefixLength()).isNull();
        assertThat(v6("2001:db8::1", null, null).effectivePrefixLength()).isNull();
        assertThat(v6(null, 64L, null).effectivePrefixLength()).isNull();
        assertThat(v6("2001:db8::1", 32L, null).subnet().toCanonicalString()).isEqualTo("2001:db8::/32");
        assertThat(v6("2001:db8::1", null, null).subnet()).isNull();
        assertThat(v6("2001:db8::1/64", null, null).host().toCanonicalString()).isEqualTo("2001:db8::1");
        assertThat(v6(null, null, null).host()).isNull();
    }

    @Test
    void aVirtualNetworkSubnetComesFromItsPrefixElseItsMask() {
        VirtualNetwork prefixed = vnet("vnet1", "192.168.5.7/24", null);
        VirtualNetwork masked = vnet(null, "192.168.5.7", "255.255.0.0");

        assertThat(prefixed.subnet().toCanonicalString()).isEqualTo("192.168.5.0/24");
        assertThat(masked.subnet().toCanonicalString()).isEqualTo("192.168.0.0/16");
        assertThat(vnet("v", "192.168.5.7", null).subnet()).isNull();
        assertThat(vnet("v", "192.168.5.7", "255.0.255.0").subnet()).isNull();
        assertThat(vnet("v", null, "255.255.0.0").subnet()).isNull();
        assertThat(prefixed.describe()).isEqualTo("virtual network vnet1");
        assertThat(masked.describe()).isEqualTo("virtual network");
    }

    private static VirtualNetwork vnet(String name, String network, String mask) {
        return new VirtualNetwork(AT, name == null ? null : at(name), null, null, mask == null ? null : ip(mask), null,
                network == null ? null : ip(network), null, List.of());
    }

    @Test
    void aRequiredNetworkIsItsPrefixBlock() {
        RequiredNetwork loose = new RequiredNetwork(AT, at("plant"), ip("10.9.8.7/16"));
        RequiredNetwork host = new RequiredNetwork(AT, null, ip("10.9.8.7"));
        RequiredNetwork none = new RequiredNetwork(AT, at("x"), null);

        assertThat(loose.block().toCanonicalString()).isEqualTo("10.9.0.0/16");
        assertThat(host.block().toCanonicalString()).isEqualTo("10.9.8.7");
        assertThat(new RequiredNetwork(AT, null, ip("10.9.0.0/16")).block().toCanonicalString()).isEqualTo("10.9.0.0/16");
        assertThat(none.block()).isNull();
        assertThat(loose.describe()).isEqualTo("required network plant 10.9.0.0/16");
        assertThat(host.describe()).isEqualTo("required network 10.9.8.7");
        assertThat(none.describe()).isEqualTo("required network x");
    }

    // ------------------------------------------------------------------ names

    @Test
    void poolsAreNamedByNameElseRange() throws AddressStringException {
        Located<AddressRange> range = at(AddressRange.parse("10.0.0.1 - 10.0.0.9"));
        Pool named = new Pool(AT, at("kubernetesnodeips"), range);
        Pool unnamed = new Pool(AT, null, range);
        Pool bare = new Pool(AT, null, null);

        assertThat(named.nameOrRange()).isEqualTo("kubernetesnodeips");
        assertThat(unnamed.nameOrRange()).isEqualTo("10.0.0.1 - 10.0.0.9");
        assertThat(bare.nameOrRange()).isEqualTo("pool");
        assertThat(named.isNamed(Pool.KUBERNETES_NODE_IPS)).isTrue();
        assertThat(named.isNamed(Pool.KUBERNETES_SERVICE_IPS)).isFalse();
        assertThat(unnamed.isNamed("pool")).isFalse();
        assertThat(named.isKubernetesPool()).isTrue();
        assertThat(new Pool(AT, at("KubernetesServiceIPs"), null).isKubernetesPool()).isTrue();
        assertThat(new Pool(AT, at("Other"), null).isKubernetesPool()).isFalse();
        assertThat(unnamed.describe()).isEqualTo("pool 10.0.0.1-10.0.0.9");
        assertThat(new Pool(AT, at("P"), null).describe()).isEqualTo("P");
    }

    @Test
    void servicesAndSwitchesDescribeThemselves() {
        Service web = new Service(AT, at("web"), at("shop"), at("loadbalancer"), null, null);
        Service anonymous = new Service(AT, null, null, at("ClusterIP"), null, null);

        assertThat(web.describe()).isEqualTo("service web (namespace shop)");
        assertThat(anonymous.describe()).isEqualTo("service");
        assertThat(new Service(AT, null, at("ns"), null, null, null).describe()).isEqualTo("service (namespace ns)");
        assertThat(web.isLoadBalancer()).isTrue();
        assertThat(anonymous.isLoadBalancer()).isFalse();
        assertThat(new Service(AT, at("x"), null, null, null, null).isLoadBalancer()).isFalse();

        VSwitch unnamed = new VSwitch(AT, null, List.of(at("Port2"), at("Port3")), null, null, null, null, List.of());
        assertThat(unnamed.describe()).isEqualTo("vSwitch on [Port2, Port3]");
        assertThat(unnamed.port()).isNull();
        assertThat(new VSwitch(AT, at("sw"), List.of(at("Port2")), null, at(false), null, null, List.of()).describe())
                .isEqualTo("sw");
    }

    @Test
    void aDeviceCountsItsNodesAndFindsItsPortsWithoutCase() {
        NetInterface a2 = port("Port2", "A", false, null, null);
        NetInterface b2 = port("Port2", "B", false, null, null);
        NetInterface a3 = port("Port3", "A", false, null, null);
        VSwitch compute = new VSwitch(AT, at("c"), List.of(at("Port3")), null, at(true), null, null, List.of());
        VSwitch teamed = new VSwitch(AT, at("t"), List.of(at("Port2"), at("Port3")), null, at(true), null, null,
                List.of());
        VSwitch other = new VSwitch(AT, at("o"), List.of(at("Port2")), null, at(false), null, null, List.of());

        Device device = device(List.of(), List.of(a2, b2, a3), List.of(other, teamed, compute));

        assertThat(device.nodeCount()).isEqualTo(2);
        assertThat(device(List.of(), List.of(port("Port2", null, null, null, null)), List.of()).nodeCount()).isOne();
        assertThat(device(List.of(new NodeInfo(AT, null, at("A")), new NodeInfo(AT, null, at("B")),
                new NodeInfo(AT, null, at("C"))), List.of(a2), List.of()).nodeCount()).isEqualTo(3);
        assertThat(device.computeVSwitches()).containsExactly(teamed, compute);
        assertThat(device.computePort()).contains("Port3");
        assertThat(device(List.of(), List.of(), List.of(other)).computePort()).isEmpty();
        assertThat(device.ports("port2")).containsExactly(a2, b2);
        assertThat(device.hasPort("PORT3")).isTrue();
        assertThat(device.hasPort("Port4")).isFalse();
    }

    @Test
    void oneNodeIsOneNodeWhateverSomePortsName() {
        NetInterface named = port("Port2", "NODE-A", false, null, null);
        NetInterface unnamed = port("Port3", null, false, null, null);
        Device partly = device(List.of(), List.of(named, unnamed), List.of());
        Nodes nodes = Nodes.of(partly);
        assertThat(partly.nodeCount()).isOne();
        assertThat(nodes.single()).isTrue();
        assertThat(nodes.key(named)).isEqualTo(nodes.key(unnamed)).isEmpty();
        assertThat(nodes.name(named)).isEqualTo("NODE-A");
        assertThat(nodes.name(unnamed)).isNull();

        NetInterface byId = new NetInterface(AT, at("Port2"), null, at("9B18"), at(false), null, null, List.of(),
                null, null);
        NetInterface byBoth = new NetInterface(AT, at("Port3"), at("node-a"), at("9b18"), at(false), null, null,
                List.of(), null, null);
        Device mixed = device(List.of(), List.of(byId, byBoth, unnamed), List.of());
        assertThat(mixed.nodeCount()).isOne();
        assertThat(Nodes.of(mixed).name(byId)).isEqualTo("node-a");

        Device listed = device(List.of(new NodeInfo(AT, at("9b18"), at("NODE-A"))),
                List.of(byId, port("Port4", "NODE-X", false, null, null)), List.of());
        assertThat(listed.nodeCount()).isOne();
        assertThat(Nodes.of(listed).key(byId)).isEmpty();

        Device two = device(List.of(), List.of(named, port("Port2", "node-b", false, null, null), unnamed), List.of());
        Nodes twoNodes = Nodes.of(two);
        assertThat(twoNodes.count()).isEqualTo(2);
        assertThat(twoNodes.key(named)).isEqualTo("node-a");
        assertThat(twoNodes.key(unnamed)).isEmpty();
    }

    private static Device device(List<NodeInfo> nodes, List<NetInterface> interfaces, List<VSwitch> vSwitches) {
        return new Device("d", List.of("d.yaml"), AT, nodes, interfaces, vSwitches, List.of(), null, null, List.of(),
                Kubernetes.absent());
    }

    // ------------------------------------------------------------------ small values

    @Test
    void smallValuesBehave() throws AddressStringException {
        AddressRange range = AddressRange.parse("10.0.0.10-10.0.0.19");
        AddressRange one = AddressRange.parse("2001:db8::5");

        assertThat(range.lower().toCanonicalString()).isEqualTo("10.0.0.10");
        assertThat(range.upper().toCanonicalString()).isEqualTo("10.0.0.19");
        assertThat(range.count()).isEqualTo(BigInteger.TEN);
        assertThat(range.isIPv4()).isTrue();
        assertThat(one.isIPv4()).isFalse();
        assertThat(range.contains(ip("10.0.0.19").value())).isTrue();
        assertThat(range.contains(ip("10.0.0.20").value())).isFalse();
        assertThat(range.toString()).isEqualTo("10.0.0.10-10.0.0.19");
        assertThat(AddressRange.parse("10.0.0.10-10.0.0.10").count()).isEqualTo(BigInteger.ONE);
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/24-10.0.1.0")).isInstanceOf(AddressStringException.class)
                .hasMessageContaining("is not a single address");

        assertThat(Located.valueOf(at("v"))).isEqualTo("v");
        assertThat(Located.<String>valueOf(null)).isNull();
        assertThat(new WebProxy(AT, at(true), null).enabled()).isTrue();
        assertThat(new WebProxy(AT, at(false), null).enabled()).isFalse();
        assertThat(new WebProxy(AT, null, null).enabled()).isFalse();
        assertThat(Addresses.parseHost(" 10.0.0.1 ").toCanonicalString()).isEqualTo("10.0.0.1");
        assertThatThrownBy(() -> Addresses.parseHost("10.0.0.1/24")).isInstanceOf(AddressStringException.class)
                .hasMessageContaining("10.0.0.1/24 has a prefix length where one address is expected");
    }

    @Test
    void locationsOrderByFileThenLineThenColumn() {
        Location a = new Location("a.yaml", 2, 5, "");

        assertThat(a.compareTo(new Location("b.yaml", 1, 1, ""))).isNegative();
        assertThat(a.compareTo(new Location("a.yaml", 3, 1, ""))).isNegative();
        assertThat(a.compareTo(new Location("a.yaml", 1, 9, ""))).isPositive();
        assertThat(a.compareTo(new Location("a.yaml", 2, 6, ""))).isNegative();
        assertThat(a.compareTo(new Location("a.yaml", 2, 4, ""))).isPositive();
        assertThat(a.compareTo(new Location("a.yaml", 2, 5, "/other"))).isZero();
        assertThat(a).hasToString("a.yaml:2:5");
    }
}
