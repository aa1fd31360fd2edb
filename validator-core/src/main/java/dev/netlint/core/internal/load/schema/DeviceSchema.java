package dev.netlint.core.internal.load.schema;

import static dev.netlint.core.internal.load.schema.Scalars.ANY;
import static dev.netlint.core.internal.load.schema.Scalars.BOOL;
import static dev.netlint.core.internal.load.schema.Scalars.INTEGER;
import static dev.netlint.core.internal.load.schema.Scalars.TEXT;

import dev.netlint.core.internal.load.schema.Scalars.Family;
import dev.netlint.core.internal.load.source.Messages;
import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.Key;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.NodeInfo;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.Service;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualIp;
import dev.netlint.core.model.VirtualIps;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.model.WebProxy;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The device file format, one table per object: the {@code device} block exactly as the vendor's
 * {@code Get-DeviceConfiguration} exports it and {@code Set-DeviceConfiguration} applies it, and the
 * {@code kubernetes} block of what other cmdlets set on the cluster. Under {@code device} the vendor's
 * objects carry keys netlint does not model, so only near misses of known keys are reported there;
 * under {@code network} and {@code kubernetes} every unknown key is.
 */
public final class DeviceSchema {

    private DeviceSchema() {
    }

    // ------------------------------------------------------------------ network interfaces

    private static final ObjectType.Builder<Ipv4Config> IPV4_KEYS = ObjectType.strict("iPv4");
    private static final Field<Located<IPAddress>> IPV4_ADDRESS =
            IPV4_KEYS.field("address", Scalars.address(Family.V4, true, "an IPv4 address"))
            .doc("the port's static IPv4 address, a.b.c.d or a.b.c.d/len (Set-DeviceConfiguration, network.interfaces[].iPv4)");
    private static final Field<Located<IPAddress>> IPV4_MASK =
            IPV4_KEYS.field("subnetMask", Scalars.address(Family.V4, false, "a subnet mask"))
            .doc("the dotted subnet mask, such as 255.255.255.0; must agree with a /len on the address");
    private static final Field<Located<IPAddress>> IPV4_GATEWAY =
            IPV4_KEYS.field("gateway", Scalars.address(Family.V4, false, "an IPv4 gateway"))
            .doc("the default gateway of the port, inside its subnet");
    static final ObjectType<Ipv4Config> IPV4 = IPV4_KEYS.build(v -> new Ipv4Config(v.location(),
            v.get(IPV4_ADDRESS), v.get(IPV4_MASK), v.get(IPV4_GATEWAY), v.unknown()));

    private static final ObjectType.Builder<Ipv6Config> IPV6_KEYS = ObjectType.strict("iPv6");
    private static final Field<Located<IPAddress>> IPV6_ADDRESS =
            IPV6_KEYS.field("address", Scalars.address(Family.V6, true, "an IPv6 address"))
            .doc("the port's static IPv6 address, with /len or prefixLength");
    private static final Field<Located<Long>> IPV6_PREFIX_LENGTH = IPV6_KEYS.field("prefixLength", INTEGER)
            .doc("the IPv6 prefix length when the address has none");
    private static final Field<Located<IPAddress>> IPV6_GATEWAY =
            IPV6_KEYS.field("gateway", Scalars.address(Family.V6, false, "an IPv6 gateway"))
            .doc("the IPv6 default gateway");
    static final ObjectType<Ipv6Config> IPV6 = IPV6_KEYS.build(v -> new Ipv6Config(v.location(),
            v.get(IPV6_ADDRESS), v.get(IPV6_PREFIX_LENGTH), v.get(IPV6_GATEWAY), v.unknown()));

    private static final ObjectType.Builder<NetInterface> INTERFACE_KEYS = ObjectType.strict("interface");
    private static final Field<Located<String>> INTERFACE_NAME = INTERFACE_KEYS.field(NetInterface.NAME, TEXT)
            .doc("the port: Port1 to Port6 on Azure Stack Edge Pro GPU, Port1 to Port4 on Pro 2");
    private static final Field<Located<String>> INTERFACE_NODE_NAME = INTERFACE_KEYS.field(NetInterface.NODE_NAME, TEXT)
            .doc("the node this entry configures, on a two-node cluster (deviceInfo.nodes[].name)");
    private static final Field<Located<String>> INTERFACE_NODE_ID = INTERFACE_KEYS.field("nodeId", TEXT)
            .doc("the node this entry configures, by id (deviceInfo.nodes[].id)");
    private static final Field<Located<Boolean>> INTERFACE_DHCP = INTERFACE_KEYS.field(NetInterface.DHCP_ENABLED, BOOL)
            .doc("DHCP (true) or static (false); when absent, static if an address is given");
    private static final Field<Ipv4Config> INTERFACE_IPV4 = INTERFACE_KEYS.field(NetInterface.IPV4, IPV4)
            .doc("the static IPv4 configuration").structural();
    private static final Field<Ipv6Config> INTERFACE_IPV6 = INTERFACE_KEYS.field(NetInterface.IPV6, IPV6)
            .doc("the static IPv6 configuration").structural();
    private static final Field<List<Located<IPAddress>>> INTERFACE_DNS = INTERFACE_KEYS.field(NetInterface.DNS_SERVERS,
            ListType.of(Scalars.address(Family.ANY, false, "a DNS server address")))
            .doc("the DNS servers of the port; a static port with a gateway needs one");
    private static final Field<Located<String>> INTERFACE_DNS_SUFFIX = INTERFACE_KEYS.field(NetInterface.DNS_SUFFIX, TEXT)
            .doc("the DNS suffix of the port, a domain name");
    private static final Field<Located<Integer>> INTERFACE_ROUTES =
            INTERFACE_KEYS.field("routes", Scalars.HOST_ROUTES)
            .doc("routes of the Windows host: not supported, keep empty (use kubernetes.routes)");
    private static final Field<Located<String>> INTERFACE_IP_CONFIG_TYPE = INTERFACE_KEYS.field("ipConfigType", TEXT)
            .doc("as the export writes it; not judged");
    static final ObjectType<NetInterface> INTERFACE = INTERFACE_KEYS.build(v -> new NetInterface(v.location(),
            v.get(INTERFACE_NAME), v.get(INTERFACE_NODE_NAME), v.get(INTERFACE_NODE_ID), v.get(INTERFACE_DHCP),
            v.get(INTERFACE_IPV4), v.get(INTERFACE_IPV6), v.get(INTERFACE_DNS, List.of()), v.get(INTERFACE_DNS_SUFFIX),
            v.get(INTERFACE_ROUTES), v.unknown()));

    // ------------------------------------------------------------------ pools, vSwitches, virtual networks

    private static final ObjectType.Builder<Pool> POOL_KEYS = ObjectType.strict("pool");
    private static final Field<Located<String>> POOL_NAME = POOL_KEYS.field(Pool.NAME, TEXT)
            .doc("KubernetesNodeIPs, KubernetesServiceIPs (on the compute vSwitch) or VirtualMachineIPs");
    private static final Field<Located<AddressRange>> POOL_RANGE = POOL_KEYS.field("ipAddressRange", Scalars.RANGE)
            .doc("start-end, one address, or a prefix for its whole block");
    static final ObjectType<Pool> POOL;

    static {
        POOL_NAME.required(v -> "pool " + (v.get(POOL_RANGE) == null ? "" : v.get(POOL_RANGE).value().text() + " ")
                + "has no name");
        POOL_RANGE.required(v -> "pool " + label(v.get(POOL_NAME)) + "has no ipAddressRange");
        POOL = POOL_KEYS.build(v -> new Pool(v.location(), v.get(POOL_NAME), v.get(POOL_RANGE), v.unknown()));
    }

    private static final ObjectType.Builder<VSwitch> VSWITCH_KEYS = ObjectType.strict("vSwitch");
    private static final Field<Located<String>> VSWITCH_NAME = VSWITCH_KEYS.field("name", TEXT)
            .doc("the virtual switch's name, such as vSwitch1");
    private static final Field<List<Located<String>>> VSWITCH_INTERFACE_NAME =
            VSWITCH_KEYS.field(VSwitch.INTERFACE_NAME, Scalars.ports("interfaceName"))
            .doc("the port the switch is bound to; two ports make a team");
    /** Device software 2312 and later writes the vSwitch's ports as this list instead of interfaceName. */
    private static final Field<List<Located<String>>> VSWITCH_INTERFACES =
            VSWITCH_KEYS.field(VSwitch.INTERFACES, Scalars.ports("interfaces"))
            .doc("the ports of the switch as device software 2312 and later writes them (instead of interfaceName)");
    private static final Field<Located<String>> VSWITCH_TYPE = VSWITCH_KEYS.field("type", TEXT)
            .doc("as the export writes it; not judged");
    private static final Field<Located<Boolean>> VSWITCH_COMPUTE = VSWITCH_KEYS.field(VSwitch.ENABLED_FOR_COMPUTE, BOOL)
            .doc("whether Kubernetes runs on this switch (one switch at most); its port is the compute port");
    private static final Field<Located<Boolean>> VSWITCH_STORAGE = VSWITCH_KEYS.field("enabledForStorage", BOOL)
            .doc("whether the switch carries storage and cluster traffic; in the switchless two-node topology"
                    + " its port carries no workload");
    private static final Field<Located<Boolean>> VSWITCH_MGMT = VSWITCH_KEYS.field("enabledForMgmt", BOOL)
            .doc("whether the switch carries management traffic");
    private static final Field<Located<Boolean>> VSWITCH_ACCELERATED =
            VSWITCH_KEYS.field("supportsAcceleratedNetworking", BOOL)
            .doc("as the export writes it; not judged");
    private static final Field<Located<Boolean>> VSWITCH_TEAMING = VSWITCH_KEYS.field("enableEmbeddedTeaming", BOOL)
            .doc("as every export writes it (true on one-port switches); a team is a switch over two ports");
    private static final Field<List<Pool>> VSWITCH_POOLS =
            VSWITCH_KEYS.field(VSwitch.IP_ADDRESS_POOLS, ListType.of(POOL)).structural()
            .doc("the address pools of the switch: the Kubernetes node and service IPs on the compute switch");
    private static final Field<Located<Long>> VSWITCH_MTU = VSWITCH_KEYS.field("mtu", INTEGER)
            .doc("the MTU, 1400 to 1500 on ports whose MTU can be set");
    static final ObjectType<VSwitch> VSWITCH = VSWITCH_KEYS.build(DeviceSchema::vSwitch);

    private static VSwitch vSwitch(Values v) {
        List<Located<String>> ports = new ArrayList<>(v.get(VSWITCH_INTERFACE_NAME, List.of()));
        ports.addAll(v.get(VSWITCH_INTERFACES, List.of()));
        if (!v.present(VSWITCH_INTERFACE_NAME) && !v.present(VSWITCH_INTERFACES)) {
            v.reading().missing(v.location(), "vSwitch " + label(v.get(VSWITCH_NAME)) + "has no interfaceName (or"
                    + " interfaces, as device software 2312 and later writes it): it is bound to no port");
        }
        return new VSwitch(v.location(), v.get(VSWITCH_NAME), ports, v.get(VSWITCH_TYPE), v.get(VSWITCH_COMPUTE),
                v.get(VSWITCH_TEAMING), v.get(VSWITCH_MTU), v.get(VSWITCH_POOLS, List.of()), v.get(VSWITCH_STORAGE),
                v.unknown());
    }

    private static final ObjectType.Builder<VirtualNetwork> VNET_KEYS = ObjectType.strict("virtual network");
    private static final Field<Located<String>> VNET_NAME = VNET_KEYS.field("name", TEXT)
            .doc("the virtual network's name");
    private static final Field<Located<String>> VNET_VSWITCH = VNET_KEYS.field("vSwitchName", TEXT)
            .doc("the vSwitch the network is on");
    private static final Field<Located<Long>> VNET_VLAN = VNET_KEYS.field("vlanId", INTEGER)
            .doc("the VLAN id, 0 (untagged) to 4094, unique on its vSwitch");
    private static final Field<Located<IPAddress>> VNET_MASK =
            VNET_KEYS.field("subnetMask", Scalars.address(Family.V4, false, "a subnet mask"))
            .doc("the dotted mask of the network when network has no /len");
    private static final Field<Located<IPAddress>> VNET_GATEWAY =
            VNET_KEYS.field("gateway", Scalars.address(Family.ANY, false, "a gateway"))
            .doc("the network's gateway, inside it");
    private static final Field<Located<IPAddress>> VNET_NETWORK =
            VNET_KEYS.field("network", Scalars.address(Family.ANY, true, "a network prefix"))
            .doc("the network, a.b.c.d/len (or with subnetMask)");
    private static final Field<Located<Boolean>> VNET_KUBERNETES = VNET_KEYS.field("enabledForKubernetes", BOOL)
            .doc("whether Kubernetes uses the network");
    private static final Field<List<Pool>> VNET_POOLS =
            VNET_KEYS.field(VirtualNetwork.IP_ADDRESS_POOLS, ListType.of(POOL)).structural()
            .doc("the address pools of the network (VirtualMachineIPs)");
    static final ObjectType<VirtualNetwork> VIRTUAL_NETWORK = VNET_KEYS.build(v -> new VirtualNetwork(v.location(),
            v.get(VNET_NAME), v.get(VNET_VSWITCH), v.get(VNET_VLAN), v.get(VNET_MASK), v.get(VNET_GATEWAY),
            v.get(VNET_NETWORK), v.get(VNET_KUBERNETES), v.get(VNET_POOLS, List.of()), v.unknown()));

    // ------------------------------------------------------------------ network, device

    /** The content of {@code network}: the three lists, and which of them could not be read whole. */
    record Network(List<NetInterface> interfaces, List<VSwitch> vSwitches, List<VirtualNetwork> virtualNetworks,
                   Set<String> unknown) {
    }

    private static final ObjectType.Builder<Network> NETWORK_KEYS = ObjectType.<Network>strict("network").teamScope();
    private static final Field<Located<String>> NETWORK_DHCP_POLICY = NETWORK_KEYS.field("dhcpPolicy", TEXT)
            .doc("as the export writes it; not judged");
    private static final Field<List<NetInterface>> NETWORK_INTERFACES =
            NETWORK_KEYS.field(Device.INTERFACES, ListType.of(INTERFACE)).structural()
            .doc("one entry per port and node (Set-DeviceConfiguration)");
    private static final Field<List<VSwitch>> NETWORK_VSWITCHES =
            NETWORK_KEYS.field(Device.VSWITCHES, ListType.of(VSWITCH)).structural()
            .doc("the virtual switches, one per port at most");
    private static final Field<List<VirtualNetwork>> NETWORK_VIRTUAL_NETWORKS =
            NETWORK_KEYS.field(Device.VIRTUAL_NETWORKS, ListType.of(VIRTUAL_NETWORK)).structural()
            .doc("the virtual networks (VLANs) on the switches");
    static final ObjectType<Network> NETWORK = NETWORK_KEYS.build(v -> new Network(
            v.get(NETWORK_INTERFACES, List.of()), v.get(NETWORK_VSWITCHES, List.of()),
            v.get(NETWORK_VIRTUAL_NETWORKS, List.of()), v.unknown()));

    private static final ObjectType.Builder<NodeInfo> NODE_KEYS = ObjectType.nearMiss("node");
    private static final Field<Located<String>> NODE_ID = NODE_KEYS.field(NodeInfo.ID, TEXT)
            .doc("the node's id");
    private static final Field<Located<String>> NODE_NAME = NODE_KEYS.field(NodeInfo.NAME, TEXT)
            .doc("the node's name (its serial number)");
    static final ObjectType<NodeInfo> NODE = NODE_KEYS.build(v -> new NodeInfo(v.location(), v.get(NODE_ID),
            v.get(NODE_NAME), v.unknown()));

    /** {@code deviceInfo}: the nodes, and what says which device this is. */
    record DeviceInfo(List<NodeInfo> nodes, Located<String> model, Set<String> unknown) {
    }

    private static final ObjectType.Builder<DeviceInfo> DEVICE_INFO_KEYS = ObjectType.nearMiss("deviceInfo");
    private static final Field<Located<String>> DEVICE_INFO_MODEL = DEVICE_INFO_KEYS.field("model", TEXT)
            .doc("the device model, as the export writes it");
    private static final Field<Void> DEVICE_INFO_SOFTWARE = DEVICE_INFO_KEYS.field("softwareVersion", ANY);
    private static final Field<Void> DEVICE_INFO_SERIAL = DEVICE_INFO_KEYS.field("serialNumber", ANY);
    private static final Field<Void> DEVICE_INFO_ACTIVATED = DEVICE_INFO_KEYS.field("isActivated", ANY);
    private static final Field<List<NodeInfo>> DEVICE_INFO_NODES =
            DEVICE_INFO_KEYS.field(Device.NODES, ListType.of(NODE)).structural()
            .doc("the nodes: one for a single device, two for a two-node cluster");
    static final ObjectType<DeviceInfo> DEVICE_INFO = DEVICE_INFO_KEYS.build(v -> new DeviceInfo(
            v.get(DEVICE_INFO_NODES, List.of()), v.get(DEVICE_INFO_MODEL), v.unknown()));

    private static final ObjectType.Builder<Located<String>> ENDPOINT_KEYS = ObjectType.nearMiss("deviceEndpoint");
    private static final Field<Void> ENDPOINT_NAME = ENDPOINT_KEYS.field("name", ANY);
    private static final Field<Located<String>> ENDPOINT_DNS_DOMAIN = ENDPOINT_KEYS.field("dnsDomain", TEXT)
            .doc("the DNS domain of the device, a domain name");
    static final ObjectType<Located<String>> ENDPOINT = ENDPOINT_KEYS.build(v -> v.get(ENDPOINT_DNS_DOMAIN));

    private static final ObjectType.Builder<Void> TIME_KEYS = ObjectType.nearMiss("time");
    private static final Field<Void> TIME_ZONE = TIME_KEYS.field("timeZone", ANY);
    private static final Field<Void> TIME_PRIMARY = TIME_KEYS.field("primaryTimeServer", ANY);
    private static final Field<Void> TIME_SECONDARY = TIME_KEYS.field("secondaryTimeServer", ANY);
    static final ObjectType<Void> TIME = TIME_KEYS.build(v -> null);

    private static final ObjectType.Builder<Void> UPDATE_KEYS = ObjectType.nearMiss("update");
    private static final Field<Void> UPDATE_SERVER_TYPE = UPDATE_KEYS.field("serverType", ANY);
    private static final Field<Void> UPDATE_WSUS = UPDATE_KEYS.field("wsusServerURI", ANY);
    static final ObjectType<Void> UPDATE = UPDATE_KEYS.build(v -> null);

    private static final ObjectType.Builder<WebProxy> PROXY_KEYS = ObjectType.nearMiss("webProxy");
    private static final Field<Located<Boolean>> PROXY_ENABLED = PROXY_KEYS.field("isEnabled", BOOL)
            .doc("whether the device goes out through the web proxy");
    private static final Field<Located<String>> PROXY_URI = PROXY_KEYS.field("connectionURI", TEXT)
            .doc("the proxy as http://host:port (no HTTPS, no PAC file)");
    /** The vendor's local UI offers None or NTLM (Azure Stack Edge Pro FPGA tutorial, "Web proxy settings"). */
    private static final Field<Located<String>> PROXY_AUTHENTICATION = PROXY_KEYS.field("authentication",
            Scalars.oneOf("a web proxy authentication", Set.of("None", "NTLM"), false))
            .doc("None or NTLM, as the local web UI offers");
    private static final Field<Void> PROXY_USERNAME = PROXY_KEYS.field("username", ANY);
    private static final Field<Void> PROXY_PASSWORD = PROXY_KEYS.field("password", ANY);
    static final ObjectType<WebProxy> WEB_PROXY = PROXY_KEYS.build(v -> new WebProxy(v.location(),
            v.get(PROXY_ENABLED), v.get(PROXY_URI), v.unknown()));

    // ------------------------------------------------------------------ virtual IPs

    private static final ObjectType.Builder<VipNetwork> VIP_NETWORK_KEYS = ObjectType.nearMiss("cluster network");
    private static final Field<Void> VIP_NETWORK_NAME = VIP_NETWORK_KEYS.field("name", ANY);
    private static final Field<Located<IPAddress>> VIP_NETWORK_ADDRESS =
            VIP_NETWORK_KEYS.field(VirtualIp.NETWORK_ADDRESS, Scalars.address(Family.V4, false, "a network address"))
            .doc("the cluster network the virtual IP is taken from, such as 10.57.48.0");
    private static final Field<Located<IPAddress>> VIP_NETWORK_SUBNET =
            VIP_NETWORK_KEYS.field(VirtualIp.NETWORK_SUBNET, Scalars.address(Family.V4, false, "a subnet mask"))
            .doc("the cluster network's dotted mask, such as 255.255.248.0");
    private static final Field<Located<Boolean>> VIP_NETWORK_DHCP = VIP_NETWORK_KEYS.field("dhcpEnabled", BOOL)
            .doc("as Get-DeviceVip prints it; not judged");
    /** The {@code network} of a virtual IP. */
    record VipNetwork(Located<IPAddress> address, Located<IPAddress> subnet, Set<String> unknown) {
    }
    static final ObjectType<VipNetwork> VIP_NETWORK = VIP_NETWORK_KEYS.build(v -> new VipNetwork(
            v.get(VIP_NETWORK_ADDRESS), v.get(VIP_NETWORK_SUBNET), v.unknown()));

    private static final ObjectType.Builder<VirtualIp> VIP_ENTRY_KEYS = ObjectType.nearMiss("virtual IP");
    private static final Field<Void> VIP_ENTRY_TYPE = VIP_ENTRY_KEYS.field("type", ANY);
    private static final Field<Void> VIP_ENTRY_NAME = VIP_ENTRY_KEYS.field("name", ANY);
    private static final Field<Located<IPAddress>> VIP_ENTRY_ADDRESS =
            VIP_ENTRY_KEYS.field(VirtualIp.ADDRESS, Scalars.address(Family.V4, false, "a virtual IP"))
            .doc("the virtual IP: with isDhcpEnabled false, a free address of the cluster network");
    private static final Field<VipNetwork> VIP_ENTRY_NETWORK = VIP_ENTRY_KEYS.field(VirtualIp.NETWORK, VIP_NETWORK)
            .doc("the cluster network the virtual IP is taken from");
    private static final Field<Located<Boolean>> VIP_ENTRY_DHCP = VIP_ENTRY_KEYS.field(VirtualIp.DHCP_ENABLED, BOOL)
            .doc("DHCP (true: the device picks the virtual IP) or static (false)");

    private static ObjectType<VirtualIp> vipEntry() {
        return VIP_ENTRY_KEYS.build(v -> {
            VipNetwork network = v.get(VIP_ENTRY_NETWORK);
            Set<String> unknown = new LinkedHashSet<>(v.unknown());
            if (network != null) {
                network.unknown().forEach(k -> unknown.add(Key.below(VirtualIp.NETWORK, k).path()));
            }
            return new VirtualIp(v.location(), null, v.get(VIP_ENTRY_ADDRESS),
                    network == null ? null : network.address(), network == null ? null : network.subnet(),
                    v.get(VIP_ENTRY_DHCP), unknown);
        });
    }

    static final ObjectType<VirtualIp> VIP_ENTRY = vipEntry();

    private static final ObjectType.Builder<VirtualIps> VIP_KEYS = ObjectType.nearMiss("vip");
    private static final Field<VirtualIp> VIP_ACS = VIP_KEYS.field("acsVIP", VIP_ENTRY).keyLocated()
            .doc("the Azure Consistent Services virtual IP");
    private static final Field<VirtualIp> VIP_NFS = VIP_KEYS.field("nfsVIP", VIP_ENTRY).keyLocated()
            .doc("the Network File System virtual IP");
    static final ObjectType<VirtualIps> VIPS = VIP_KEYS.build(v -> {
        List<VirtualIp> entries = new ArrayList<>();
        for (Field<VirtualIp> field : List.of(VIP_ACS, VIP_NFS)) {
            VirtualIp entry = v.get(field);
            if (entry != null) {
                String name = field == VIP_ACS ? "acsVIP" : "nfsVIP";
                entries.add(new VirtualIp(entry.location(), new Located<>(name, v.keyLocation(field)),
                        entry.address(), entry.networkAddress(), entry.networkMask(), entry.dhcpEnabled(),
                        entry.unknown()));
            }
        }
        entries.sort(java.util.Comparator.comparing(VirtualIp::location,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return new VirtualIps(v.location(), entries, v.unknown());
    });

    /**
     * {@code device}: what {@code Get-DeviceConfiguration} exports, the declarations that
     * {@code New-Package} / {@code Set-DeviceConfiguration} take (activation, certificates, password)
     * and the virtual IPs of {@code Set-DeviceVip}.
     */
    private static final ObjectType.Builder<DevicePart> DEVICE_KEYS = ObjectType.nearMiss("device");
    private static final Field<DeviceInfo> DEVICE_INFO_FIELD = DEVICE_KEYS.field(Device.DEVICE_INFO, DEVICE_INFO)
            .doc("what the device is: model, software, serial number, nodes");
    private static final Field<Located<String>> DEVICE_ENDPOINT = DEVICE_KEYS.field("deviceEndpoint", ENDPOINT)
            .doc("the device's name and DNS domain");
    private static final Field<Void> DEVICE_ENCRYPTION = DEVICE_KEYS.field("encryptionAtRestKeys", ANY);
    private static final Field<Network> DEVICE_NETWORK = DEVICE_KEYS.field(Device.NETWORK, NETWORK).structural()
            .doc("ports, virtual switches and virtual networks");
    private static final Field<Void> DEVICE_TIME = DEVICE_KEYS.field("time", TIME)
            .doc("time zone and time servers");
    private static final Field<Void> DEVICE_UPDATE = DEVICE_KEYS.field("update", UPDATE)
            .doc("the update server");
    private static final Field<WebProxy> DEVICE_WEB_PROXY = DEVICE_KEYS.field("webProxy", WEB_PROXY)
            .doc("the web proxy the device goes out through");
    private static final Field<Void> DEVICE_ACTIVATION = DEVICE_KEYS.field("activation", ANY);
    private static final Field<Void> DEVICE_CERTIFICATES = DEVICE_KEYS.field("certificates", ANY);
    private static final Field<Void> DEVICE_PASSWORD = DEVICE_KEYS.field("password", ANY);
    private static final Field<VirtualIps> DEVICE_VIP = DEVICE_KEYS.field("vip", VIPS)
            .doc("the virtual IPs of a two-node cluster, as Get-DeviceVip prints them");
    static final ObjectType<DevicePart> DEVICE = DEVICE_KEYS.build(DeviceSchema::device);

    private static DevicePart device(Values v) {
        DeviceInfo info = v.get(DEVICE_INFO_FIELD);
        Network network = v.get(DEVICE_NETWORK);
        Set<String> unknown = new LinkedHashSet<>();
        for (String key : v.unknown()) {
            unknown.add(key);
        }
        if (network != null) {
            network.unknown().forEach(key -> unknown.add(Key.below(Device.NETWORK, key).path()));
        }
        if (info != null) {
            info.unknown().forEach(key -> unknown.add(Key.below(Device.DEVICE_INFO, key).path()));
        }
        return new DevicePart(info == null ? List.of() : info.nodes(),
                network == null ? List.of() : network.interfaces(),
                network == null ? List.of() : network.vSwitches(),
                network == null ? List.of() : network.virtualNetworks(),
                v.get(DEVICE_WEB_PROXY), v.get(DEVICE_ENDPOINT), List.copyOf(v.reading().teamDeclarations()),
                info == null ? null : info.model(), v.get(DEVICE_VIP), Set.copyOf(unknown));
    }

    // ------------------------------------------------------------------ kubernetes

    private static final ObjectType.Builder<KubeRoute> ROUTE_KEYS = ObjectType.strict("route");
    private static final Field<Located<String>> ROUTE_ALIAS = ROUTE_KEYS.field("interfaceAlias", TEXT)
            .doc("Add-HcsNetRoute -InterfaceAlias: the compute port, such as Port3")
            .required("route has no interfaceAlias (Add-HcsNetRoute requires -InterfaceAlias)");
    private static final Field<Located<IPAddress>> ROUTE_DESTINATION = ROUTE_KEYS.field("destinationPrefix",
            Scalars.address(Family.ANY, true, "a destination prefix"))
            .doc("Add-HcsNetRoute -DestinationPrefix: the remote network, a prefix such as 192.168.21.0/24")
            .required("route has no destinationPrefix (Add-HcsNetRoute requires -DestinationPrefix)");
    private static final Field<Located<IPAddress>> ROUTE_NEXT_HOP = ROUTE_KEYS.field("nextHop",
            Scalars.address(Family.ANY, false, "a next hop address"))
            .doc("Add-HcsNetRoute -NextHop: a router inside the compute port's subnet")
            .required("route has no nextHop (Add-HcsNetRoute requires -NextHop)");
    private static final Field<Located<String>> ROUTE_METRIC = ROUTE_KEYS.field("routeMetric", TEXT)
            .doc("Add-HcsNetRoute -RouteMetric: a non-negative integer; lower wins");
    static final ObjectType<KubeRoute> ROUTE = ROUTE_KEYS.build(v -> new KubeRoute(v.location(), v.get(ROUTE_ALIAS),
            v.get(ROUTE_DESTINATION), v.get(ROUTE_NEXT_HOP), v.get(ROUTE_METRIC), v.unknown()));

    /** The types of a Kubernetes Service ({@code spec.type}), spelled as the API takes them. */
    static final Set<String> SERVICE_TYPES = Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");

    private static final ObjectType.Builder<Service> SERVICE_KEYS = ObjectType.strict("service");
    private static final Field<Located<String>> SERVICE_NAME = SERVICE_KEYS.field("name", TEXT)
            .doc("the service's name, an RFC 1035 label (CoreDNS publishes it)")
            .required("service has no name (CoreDNS publishes services by name)");
    private static final Field<Located<String>> SERVICE_NAMESPACE = SERVICE_KEYS.field("namespace", TEXT)
            .doc("the service's namespace (default when absent)");
    private static final Field<Located<String>> SERVICE_TYPE =
            SERVICE_KEYS.field(Service.TYPE, Scalars.oneOf("a Kubernetes service type", SERVICE_TYPES, true))
            .doc("ClusterIP (the default), NodePort, LoadBalancer or ExternalName, as the Kubernetes API spells them");
    private static final Field<Located<IPAddress>> SERVICE_LOAD_BALANCER_IP = SERVICE_KEYS.field(Service.LOAD_BALANCER_IP,
            Scalars.address(Family.ANY, false, "a load-balancer IP"))
            .doc("the address MetalLB gives a LoadBalancer service, from KubernetesServiceIPs");
    private static final Field<Located<IPAddress>> SERVICE_CLUSTER_IP =
            SERVICE_KEYS.field("clusterIP", Scalars.CLUSTER_IP)
            .doc("the cluster IP, inside the service subnet, or None for a headless service");
    static final ObjectType<Service> SERVICE = SERVICE_KEYS.build(v -> new Service(v.location(), v.get(SERVICE_NAME),
            v.get(SERVICE_NAMESPACE), v.get(SERVICE_TYPE), v.get(SERVICE_LOAD_BALANCER_IP), v.get(SERVICE_CLUSTER_IP),
            v.unknown()));

    private static final ObjectType.Builder<RequiredNetwork> REQUIRED_KEYS = ObjectType.strict("required network");
    private static final Field<Located<String>> REQUIRED_NAME = REQUIRED_KEYS.field("name", TEXT)
            .doc("a name for the network, for the messages")
            .required("required network has no name");
    private static final Field<Located<IPAddress>> REQUIRED_PREFIX =
            REQUIRED_KEYS.field("prefix", Scalars.address(Family.ANY, true, "a network prefix"))
            .doc("the network, a prefix such as 192.168.21.0/24");
    static final ObjectType<RequiredNetwork> REQUIRED_NETWORK;

    static {
        REQUIRED_PREFIX.required(v -> "required network " + label(v.get(REQUIRED_NAME)) + "has no prefix");
        REQUIRED_NETWORK = REQUIRED_KEYS.build(v -> new RequiredNetwork(v.location(), v.get(REQUIRED_NAME),
                v.get(REQUIRED_PREFIX), v.unknown()));
    }

    private static final ObjectType.Builder<Kubernetes> KUBERNETES_KEYS = ObjectType.strict("kubernetes");
    private static final Field<Located<IPAddress>> KUBERNETES_POD_SUBNET =
            KUBERNETES_KEYS.field(Kubernetes.POD_SUBNET, Scalars.prefix("a pod subnet prefix"))
            .doc("Set-HcsKubeClusterNetworkInfo -PodSubnet; 172.27.0.0/16 when absent");
    private static final Field<Located<IPAddress>> KUBERNETES_SERVICE_SUBNET =
            KUBERNETES_KEYS.field(Kubernetes.SERVICE_SUBNET, Scalars.prefix("a service subnet prefix"))
            .doc("Set-HcsKubeClusterNetworkInfo -ServiceSubnet; 172.28.0.0/16 when absent");
    private static final Field<List<KubeRoute>> KUBERNETES_ROUTES =
            KUBERNETES_KEYS.field(Kubernetes.ROUTES, ListType.of(ROUTE)).structural()
            .doc("the routes of the Kubernetes VMs, each an Add-HcsNetRoute");
    private static final Field<List<Service>> KUBERNETES_SERVICES =
            KUBERNETES_KEYS.field(Kubernetes.SERVICES, ListType.of(SERVICE)).structural()
            .doc("the services of the workloads (or put their manifests in the device folder)");
    private static final Field<List<RequiredNetwork>> KUBERNETES_REQUIRED =
            KUBERNETES_KEYS.field(Kubernetes.REQUIRED_NETWORKS, ListType.of(REQUIRED_NETWORK)).structural()
            .doc("remote networks the workloads must reach (cameras, PLCs)");
    static final ObjectType<Kubernetes> KUBERNETES = KUBERNETES_KEYS.build(v -> new Kubernetes(v.location(),
            v.get(KUBERNETES_POD_SUBNET), v.get(KUBERNETES_SERVICE_SUBNET), v.get(KUBERNETES_ROUTES, List.of()),
            v.get(KUBERNETES_SERVICES, List.of()), v.get(KUBERNETES_REQUIRED, List.of()), v.unknown()));

    // ------------------------------------------------------------------ the file

    /**
     * What the root of a document declares: the {@code device} and {@code kubernetes} keys of a device file
     * (their locations {@code null} when absent), or, for a Kubernetes manifest, the manifest.
     */
    public record Root(dev.netlint.core.model.Location deviceKey, DevicePart device,
                dev.netlint.core.model.Location kubernetesKey, Kubernetes kubernetes,
                ManifestSchema.Manifest manifest) {
    }

    private static final ObjectType.Builder<Root> ROOT_KEYS = ObjectType.nearMiss("the file");
    private static final Field<DevicePart> ROOT_DEVICE = ROOT_KEYS.field("device", DEVICE).structural().keyLocated();
    private static final Field<Kubernetes> ROOT_KUBERNETES =
            ROOT_KEYS.field("kubernetes", KUBERNETES).structural().keyLocated();
    private static final Field<Located<String>> ROOT_API_VERSION = ROOT_KEYS.field("apiVersion", TEXT);
    private static final Field<Located<String>> ROOT_KIND = ROOT_KEYS.field("kind", TEXT);
    private static final Field<ManifestSchema.Metadata> ROOT_METADATA =
            ROOT_KEYS.field("metadata", ManifestSchema.METADATA);
    private static final Field<ManifestSchema.Spec> ROOT_SPEC = ROOT_KEYS.field("spec", ManifestSchema.SPEC);
    private static final Field<List<ManifestSchema.Manifest>> ROOT_ITEMS =
            ROOT_KEYS.field("items", ManifestSchema.ITEMS);
    public static final ObjectType<Root> ROOT = ROOT_KEYS.build(DeviceSchema::root);

    private static Root root(Values v) {
        if (v.keyLocation(ROOT_DEVICE) == null && v.keyLocation(ROOT_KUBERNETES) == null
                && ManifestSchema.isManifest(v.get(ROOT_API_VERSION), v.get(ROOT_KIND))) {
            return new Root(null, null, null, null, ManifestSchema.manifest(v, v.get(ROOT_KIND),
                    v.get(ROOT_METADATA), v.get(ROOT_SPEC), v.get(ROOT_ITEMS, List.of())));
        }
        return new Root(v.keyLocation(ROOT_DEVICE),
                v.keyLocation(ROOT_DEVICE) == null ? null : v.get(ROOT_DEVICE, DevicePart.empty()),
                v.keyLocation(ROOT_KUBERNETES),
                v.keyLocation(ROOT_KUBERNETES) == null ? null : v.get(ROOT_KUBERNETES,
                        v.unknown().contains("kubernetes") ? Kubernetes.unreadable() : Kubernetes.absent()), null);
    }

    /**
     * The root of a device file as its schema describes it: the two blocks, nothing else (the reader also
     * recognises Kubernetes manifests at a root, which have a schema of their own).
     */
    private static final ObjectType.Builder<Void> ROOT_FILE_KEYS = ObjectType.strict("the file");
    private static final Field<DevicePart> ROOT_FILE_DEVICE = ROOT_FILE_KEYS.field("device", DEVICE)
            .doc("the device as Get-DeviceConfiguration exports it and Set-DeviceConfiguration applies it");
    private static final Field<Kubernetes> ROOT_FILE_KUBERNETES = ROOT_FILE_KEYS.field("kubernetes", KUBERNETES)
            .doc("what other cmdlets set on the device's Kubernetes cluster, and what its workloads need");
    static final ObjectType<Void> ROOT_FILE = ROOT_FILE_KEYS.build(v -> null);

    private static String label(Located<String> name) {
        return name == null ? "" : "'" + Messages.abbreviate(name.value()) + "' ";
    }

}
