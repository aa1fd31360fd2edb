package dev.netlint.core.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One device: the merged content of the config files of one folder (or one file).
 *
 * @param path the folder or file that is the device, as given to netlint
 * @param files the config files read, in path order
 * @param deviceLocation where the {@code device} root key stands, {@code null} when no file has it
 * @param teamDeclarations keys that declare a NIC team or bond
 * @param unknown the parts of {@code device} written with a value that could not be read, as paths below
 *     it ({@code network/vSwitches}, {@code deviceInfo/nodes}): unknown, not absent; asked by {@link #unknown(Key)}
 * @param model {@code deviceInfo.model} as the export writes it ({@code Azure Stack Edge Pro GPU}), or
 *     {@code null} when the file does not say
 * @param vips the {@code vip} block (the virtual IPs of a two-node cluster), or {@code null} when the files
 *     do not write one: unknown, not missing
 */
public record Device(String path, List<String> files, Location deviceLocation, List<NodeInfo> nodes,
                     List<NetInterface> interfaces, List<VSwitch> vSwitches,
                     List<VirtualNetwork> virtualNetworks, WebProxy webProxy, Located<String> dnsDomain,
                     List<Located<String>> teamDeclarations, Kubernetes kubernetes, Set<String> unknown,
                     Located<String> model, VirtualIps vips) {

    public static final Key<Device> NETWORK = Key.of(Device.class, "network");
    public static final Key<Device> INTERFACES = Key.below(NETWORK, "interfaces");
    public static final Key<Device> VSWITCHES = Key.below(NETWORK, "vSwitches");
    public static final Key<Device> VIRTUAL_NETWORKS = Key.below(NETWORK, "virtualNetworks");
    public static final Key<Device> DEVICE_INFO = Key.of(Device.class, "deviceInfo");
    public static final Key<Device> NODES = Key.below(DEVICE_INFO, "nodes");

    public Device {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** A device whose files write no {@code vip} block. */
    public Device(String path, List<String> files, Location deviceLocation, List<NodeInfo> nodes,
                  List<NetInterface> interfaces, List<VSwitch> vSwitches, List<VirtualNetwork> virtualNetworks,
                  WebProxy webProxy, Located<String> dnsDomain, List<Located<String>> teamDeclarations,
                  Kubernetes kubernetes, Set<String> unknown, Located<String> model) {
        this(path, files, deviceLocation, nodes, interfaces, vSwitches, virtualNetworks, webProxy, dnsDomain,
                teamDeclarations, kubernetes, unknown, model, null);
    }

    /** A device whose file does not say its model. */
    public Device(String path, List<String> files, Location deviceLocation, List<NodeInfo> nodes,
                  List<NetInterface> interfaces, List<VSwitch> vSwitches, List<VirtualNetwork> virtualNetworks,
                  WebProxy webProxy, Located<String> dnsDomain, List<Located<String>> teamDeclarations,
                  Kubernetes kubernetes, Set<String> unknown) {
        this(path, files, deviceLocation, nodes, interfaces, vSwitches, virtualNetworks, webProxy, dnsDomain,
                teamDeclarations, kubernetes, unknown, null);
    }

    /** A device every part of which was read, or absent. */
    public Device(String path, List<String> files, Location deviceLocation, List<NodeInfo> nodes,
                  List<NetInterface> interfaces, List<VSwitch> vSwitches, List<VirtualNetwork> virtualNetworks,
                  WebProxy webProxy, Located<String> dnsDomain, List<Located<String>> teamDeclarations,
                  Kubernetes kubernetes) {
        this(path, files, deviceLocation, nodes, interfaces, vSwitches, virtualNetworks, webProxy, dnsDomain,
                teamDeclarations, kubernetes, Set.of());
    }

    /** Whether the part of {@code device} at {@code key} (such as {@link #VSWITCHES}) could not be read whole. */
    public boolean unknown(Key<Device> key) {
        return unknown.contains(key.path());
    }

    /**
     * Whether it is known which vSwitch is enabled for compute and on which port: every vSwitch was read,
     * with its compute flag, and the compute vSwitch's ports. A rule that would say "no vSwitch is enabled
     * for compute" or "not the compute port" stays silent otherwise.
     */
    public boolean computeKnown() {
        return !unknown(NETWORK) && !unknown(VSWITCHES)
                && vSwitches.stream().allMatch(v -> v.computeKnown() && (!v.isCompute() || v.portsKnown()));
    }

    /** Whether every pool of the device and its name could be read: only then is a pool missing or absent. */
    public boolean poolsKnown() {
        if (unknown(NETWORK) || unknown(VSWITCHES) || unknown(VIRTUAL_NETWORKS)
                || !vSwitches.stream().allMatch(VSwitch::poolsKnown)) {
            return false;
        }
        // Loops, not streams: a device may hold 100,000 virtual networks, and two rules ask.
        for (VirtualNetwork network : virtualNetworks) {
            if (network.unknown(VirtualNetwork.IP_ADDRESS_POOLS)) {
                return false;
            }
            for (Pool pool : network.pools()) {
                if (pool.unknown(Pool.NAME)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every port of the device and its name could be read: only then is a port not declared. */
    public boolean portsKnown() {
        return !unknown(NETWORK) && !unknown(INTERFACES)
                && interfaces.stream().noneMatch(i -> i.unknown(NetInterface.NAME));
    }

    /**
     * The node count: {@code deviceInfo.nodes}, else the distinct nodes the ports name (a node id
     * counts as the name that {@code deviceInfo.nodes} or another port gives it), else 1.
     */
    public int nodeCount() {
        return Nodes.of(this).count();
    }

    /**
     * The subnets a runbook sets ({@code Set-HcsKubeClusterNetworkInfo} in a {@code *.ps1}) while the device
     * files show a vSwitch enabled for compute: too late, since the vendor changes the pod and service
     * subnets "before you configure compute ... as the Kubernetes cluster is created in this step" ("Change
     * Kubernetes pod and service subnets"). Empty when no runbook sets a subnet or no vSwitch is enabled
     * for compute.
     */
    public List<Located<inet.ipaddr.IPAddress>> subnetsSetAfterCompute() {
        if (computeVSwitches().isEmpty()) {
            return List.of();
        }
        List<Located<inet.ipaddr.IPAddress>> late = new java.util.ArrayList<>();
        for (Located<inet.ipaddr.IPAddress> subnet : java.util.Arrays.asList(kubernetes.podSubnet(),
                kubernetes.serviceSubnet())) {
            if (subnet != null && subnet.location() != null && subnet.location().file() != null
                    && subnet.location().file().toLowerCase(java.util.Locale.ROOT).endsWith(".ps1")) {
                late.add(subnet);
            }
        }
        return late;
    }

    /** The vSwitches with {@code enabledForCompute: true}, in file order. */
    public List<VSwitch> computeVSwitches() {
        return vSwitches.stream().filter(VSwitch::isCompute).toList();
    }

    /** The compute port: the port of the first vSwitch enabled for compute. */
    public Optional<String> computePort() {
        return computeVSwitches().stream().map(VSwitch::port).filter(p -> p != null).findFirst();
    }

    /** Every entry of {@code interfaces} for the named port, one per node. */
    public List<NetInterface> ports(String portName) {
        return interfaces.stream().filter(i -> portName.equalsIgnoreCase(i.portName())).toList();
    }

    public boolean hasPort(String portName) {
        return interfaces.stream().anyMatch(i -> portName.equalsIgnoreCase(i.portName()));
    }
}
