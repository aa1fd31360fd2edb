package dev.netlint.bench;

import dev.netlint.bench.DeviceTree.Breakage;
import dev.netlint.bench.DeviceTree.Layout;
import dev.netlint.bench.Doc.Mapping;
import dev.netlint.bench.Doc.Raw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One device of the {@link DeviceTree}: its address plan drawn at random, broken in one way when asked,
 * then written in its layout.
 */
final class Site {

    private static final String[] SERVICE_NAMES = {"web", "mqtt-broker", "opc-ua", "inference", "cam-ingest",
        "historian-api", "grafana", "alert-manager"};
    private static final String[] NETWORK_NAMES = {"cameras", "plc", "historian", "scada", "mes", "robots"};

    final int index;
    final Random random;
    final Breakage breakage;
    final Layout layout;
    final int nodes;
    final String name;
    final int mgmt;
    final int compute;
    final String computePort;
    final boolean computeGateway;
    final List<String> routers;
    final Mapping device;
    final Mapping kubernetes;

    Site(int index, Random random, Breakage breakage) {
        this.index = index;
        this.random = random;
        this.breakage = breakage;
        this.layout = Layout.values()[pick(new int[] {40, 35, 15, 10})];
        this.nodes = breakage == Breakage.DUPLICATE_IP || random.nextInt(10) < 3 ? 2 : 1;
        this.name = String.format("ase-r%02d-s%04d", index % DeviceTree.REGIONS, index);
        this.mgmt = HugeDevice.ipv4(10, 100 + random.nextInt(100), random.nextInt(256), 0);
        this.compute = HugeDevice.ipv4(192, 168, 1 + random.nextInt(99), 0);
        this.computePort = breakage == Breakage.MTU_OUT_OF_RANGE ? "Port3"
                : new String[] {"Port3", "Port3", "Port3", "Port4", "Port4", "Port5"}[random.nextInt(6)];
        this.computeGateway = random.nextInt(4) == 0;
        this.routers = computeGateway ? List.of(host(compute, 254), host(compute, 253), host(compute, 252))
                : List.of(host(compute, 1), host(compute, 2), host(compute, 3));
        this.device = device();
        this.kubernetes = kubernetes();
        if (breakage != null) {
            breakage(breakage);
        }
    }

    private int pick(int[] weights) {
        int roll = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private List<String> nodeNames() {
        return nodes == 1 ? List.of("NODE-A") : List.of("NODE-A", "NODE-B");
    }

    // ------------------------------------------------------------ device

    private Mapping device() {
        boolean export = layout == Layout.EXPORT_AND_YAML;
        List<Mapping> nodeList = new ArrayList<>();
        for (String node : nodeNames()) {
            nodeList.add(Doc.map().put("id", guid()).put("name", node));
        }
        Mapping info = Doc.map().put("model", export ? "Azure Stack Edge Pro - 1 GPU" : "Azure Stack Edge");
        if (export) {
            info.put("softwareVersion", "3.2.2642.2487").put("serialNumber", "1HXQ" + String.format("%04d", index))
                    .put("isActivated", true);
        }
        info.put("nodes", nodeList);
        Mapping result = Doc.map().put("deviceInfo", info);
        String domain = "site" + index + ".contoso.com";
        if (export || random.nextBoolean()) {
            result.put("deviceEndpoint", Doc.map().put("name", name).put("dnsDomain", domain));
        }
        if (export) {
            result.put("encryptionAtRestKeys", null);
        }
        result.put("network", network(export, domain));
        if (export) {
            result.put("time", Doc.map().put("timeZone", "W. Europe Standard Time")
                    .put("primaryTimeServer", "time.windows.com").put("secondaryTimeServer", null));
            result.put("update", Doc.map().put("serverType", "MicrosoftUpdate").put("wsusServerURI", null));
        }
        if (random.nextInt(10) < 3) {
            Mapping proxy = Doc.map().put("isEnabled", true)
                    .put("connectionURI", "http://" + host(mgmt, 5) + ":" + (random.nextBoolean() ? 8080 : 3128));
            if (export) {
                proxy.put("authentication", "None").put("username", null).put("password", null);
            }
            result.put("webProxy", proxy);
        } else if (export) {
            result.put("webProxy", Doc.map().put("isEnabled", false).put("connectionURI", null)
                    .put("authentication", "None").put("username", null).put("password", null));
        }
        return result;
    }

    private Mapping network(boolean export, String domain) {
        boolean ipv6 = random.nextInt(10) == 0;
        boolean port1Static = random.nextBoolean();
        int ipv6Site = random.nextInt(0x10000);
        List<Mapping> interfaces = new ArrayList<>();
        List<String> dns = random.nextBoolean() ? List.of(host(mgmt, 2)) : List.of(host(mgmt, 2), host(mgmt, 3));
        for (int n = 0; n < nodes; n++) {
            String node = nodeNames().get(n);
            for (int port = 1; port <= 6; port++) {
                String portName = "Port" + port;
                Mapping nic;
                if (port == 1 && (port1Static || export)) {
                    nic = port1Static
                            ? staticPort(portName, HugeDevice.ipv4(192, 168, 100, 5 + n), "255.255.255.0", null,
                            List.of())
                            : dhcpPort(portName);
                } else if (port == 2) {
                    nic = staticPort(portName, mgmt + 10 + n, "255.255.255.0", host(mgmt, 1), dns);
                    nic.put("dnsSuffix", domain);
                    if (ipv6) {
                        nic.set("iPv6", Doc.map()
                                .put("address", String.format("fd00:10:%x::%x", ipv6Site, 0x10 + n))
                                .put("prefixLength", 64).put("gateway", null));
                    }
                } else if (portName.equals(computePort)) {
                    nic = staticPort(portName, compute + 10 + n, "255.255.255.0",
                            computeGateway ? host(compute, 1) : null,
                            computeGateway ? List.of(host(compute, 2)) : List.of());
                } else if (export) {
                    nic = dhcpPort(portName);
                } else {
                    continue;
                }
                Mapping entry = Doc.map().put("name", portName);
                if (nodes == 2 || export) {
                    entry.put("nodeName", node);
                }
                for (Doc.Entry e : nic.entries()) {
                    if (!e.key().equals("name")) {
                        entry.put(e.key(), e.value());
                    }
                }
                if (export) {
                    // The export writes every key of every port, null when unset.
                    entry.set("iPv6", entry.get("iPv6"));
                    entry.set("routes", null);
                    entry.set("ipConfigType", Boolean.TRUE.equals(entry.get("isDhcpEnabled")) ? "DHCP" : "Static");
                }
                interfaces.add(entry);
            }
        }
        Mapping network = Doc.map();
        if (export) {
            network.put("dhcpPolicy", "AttemptStatic");
        }
        return network.put("interfaces", interfaces).put("vSwitches", vSwitches(export))
                .put("virtualNetworks", virtualNetworks());
    }

    private Mapping staticPort(String port, int address, String mask, String gateway, List<String> dns) {
        Mapping v4 = Doc.map().put("address", HugeDevice.format(address)).put("subnetMask", mask);
        if (gateway != null) {
            v4.put("gateway", gateway);
        }
        Mapping nic = Doc.map().put("name", port).put("isDhcpEnabled", false).put("iPv4", v4);
        if (!dns.isEmpty()) {
            nic.put("dnsServerAddresses", dns);
        }
        return nic;
    }

    private static Mapping dhcpPort(String port) {
        return Doc.map().put("name", port).put("isDhcpEnabled", true).put("iPv4", null)
                .put("dnsServerAddresses", List.of());
    }

    private int servicePoolSize;

    private List<Mapping> vSwitches(boolean export) {
        int nodePoolEnd = 20 + nodes + random.nextInt(3);
        servicePoolSize = 8 + random.nextInt(24);
        Mapping compute = Doc.map().put("name", "vSwitch1").put("interfaceName", computePort);
        if (export) {
            compute.put("type", "External");
        }
        compute.put("enabledForCompute", true);
        if (export) {
            compute.put("enabledForStorage", false).put("enabledForMgmt", false)
                    .put("supportsAcceleratedNetworking", false);
        }
        compute.put("enableEmbeddedTeaming", false);
        List<Mapping> pools = new ArrayList<>(List.of(
                Doc.map().put("name", "KubernetesNodeIPs")
                        .put("ipAddressRange", host(this.compute, 20) + "-" + host(this.compute, nodePoolEnd)),
                Doc.map().put("name", "KubernetesServiceIPs").put("ipAddressRange",
                        host(this.compute, 30) + "-" + host(this.compute, 30 + servicePoolSize - 1))));
        compute.put("ipAddressPools", pools);
        if (!computePort.equals("Port5") || random.nextBoolean()) {
            compute.put("mtu", 1500);
        }
        List<Mapping> result = new ArrayList<>(List.of(compute));
        if (export && random.nextInt(5) == 0) {
            // Port6 is in the export (as a DHCP port); elsewhere a switch on it would name a missing port.
            Mapping storage = Doc.map().put("name", "vSwitchStorage").put("interfaceName", "Port6");
            storage.put("type", "External").put("enabledForCompute", false).put("enabledForStorage", true)
                    .put("enabledForMgmt", false).put("supportsAcceleratedNetworking", false)
                    .put("enableEmbeddedTeaming", false).put("ipAddressPools", List.of());
            result.add(storage);
        }
        return result;
    }

    private List<Mapping> virtualNetworks() {
        if (random.nextInt(10) != 0) {
            return List.of();
        }
        int net = HugeDevice.ipv4(10, 20, random.nextInt(256), 0);
        return List.of(Doc.map().put("name", "vnet-ot").put("vSwitchName", "vSwitch1")
                .put("vlanId", 10 + random.nextInt(100)).put("network", HugeDevice.format(net) + "/24")
                .put("subnetMask", "255.255.255.0").put("gateway", host(net, 1))
                .put("enabledForKubernetes", false)
                .put("ipAddressPools", List.of(Doc.map().put("name", "VirtualMachineIPs")
                        .put("ipAddressRange", host(net, 50) + "-" + host(net, 99)))));
    }

    // ------------------------------------------------------------ kubernetes

    private List<Mapping> routes;
    private List<Mapping> services;
    private List<Mapping> requiredNetworks;

    private Mapping kubernetes() {
        Mapping result = Doc.map();
        boolean customSubnets = random.nextInt(10) == 0;
        if (customSubnets) {
            result.put("podSubnet", "100.64.0.0/16").put("serviceSubnet", "100.65.0.0/16");
        }
        Set<String> destinations = new LinkedHashSet<>();
        int count = random.nextInt(7);
        while (destinations.size() < count) {
            destinations.add(random.nextBoolean()
                    ? HugeDevice.format(HugeDevice.ipv4(10, 200 + random.nextInt(50), random.nextInt(256), 0)) + "/24"
                    : HugeDevice.format(HugeDevice.ipv4(172, 16, random.nextInt(256), 0)) + "/24");
        }
        routes = new ArrayList<>();
        for (String destination : destinations) {
            routes.add(route(computePort, destination, routers.get(0), 100));
            if (random.nextInt(5) == 0) {
                routes.add(route(computePort, destination, routers.get(1), 200));
            }
        }
        requiredNetworks = new ArrayList<>();
        int n = 0;
        for (String destination : destinations) {
            if (random.nextInt(3) > 0) {
                requiredNetworks.add(Doc.map().put("name", NETWORK_NAMES[n++ % NETWORK_NAMES.length] + "-" + n)
                        .put("prefix", destination));
            }
        }
        services = new ArrayList<>();
        int loadBalancers = 1 + random.nextInt(Math.min(5, servicePoolSize));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < servicePoolSize; i++) {
            offsets.add(i);
        }
        Collections.shuffle(offsets, random);
        for (int i = 0; i < loadBalancers; i++) {
            Mapping service = Doc.map().put("name", SERVICE_NAMES[i]);
            if (random.nextInt(3) == 0) {
                service.put("namespace", "factory");
            }
            services.add(service.put("type", "LoadBalancer")
                    .put("loadBalancerIP", host(compute, 30 + offsets.get(i))));
        }
        if (random.nextBoolean()) {
            int base = customSubnets ? HugeDevice.ipv4(100, 65, 0, 0) : HugeDevice.ipv4(172, 28, 0, 0);
            services.add(Doc.map().put("name", "metrics").put("type", "ClusterIP")
                    .put("clusterIP", host(base, 10 + random.nextInt(200))));
        }
        if (!routes.isEmpty()) {
            result.put("routes", routes);
        }
        result.put("services", services);
        if (!requiredNetworks.isEmpty()) {
            result.put("requiredNetworks", requiredNetworks);
        }
        return result;
    }

    private static Mapping route(String port, String destination, String nextHop, int metric) {
        return Doc.map().put("interfaceAlias", port).put("destinationPrefix", destination)
                .put("nextHop", nextHop).put("routeMetric", metric);
    }

    // ------------------------------------------------------------ breakage

    private void breakage(Breakage kind) {
        Mapping computeSwitch = ((List<?>) ((Mapping) device.get("network")).get("vSwitches")).stream()
                .map(Mapping.class::cast).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Mapping> pools = (List<Mapping>) computeSwitch.get("ipAddressPools");
        switch (kind) {
            case POOL_OVERLAP -> pools.get(1).set("ipAddressRange",
                    host(compute, 20 + nodes) + "-" + host(compute, 30 + servicePoolSize - 1));
            case NEXT_HOP_NOT_ON_LINK -> ensureRoute().set("nextHop", host(mgmt, 254));
            case SERVICE_IP_OUTSIDE_RANGE -> services.get(0).set("loadBalancerIP", host(compute, 200));
            case NETWORK_UNREACHABLE -> {
                requiredNetworks.add(Doc.map().put("name", "quality-lab").put("prefix", "10.250.250.0/24"));
                kubernetes.set("requiredNetworks", requiredNetworks);
            }
            case PARSE_ERROR -> services.get(0).set("loadBalancerIP", new Raw("\"" + host(compute, 31)));
            case UNKNOWN_KEY -> ensureRoute().put("routeMetrik", 50);
            case DUPLICATE_IP -> duplicateAddress();
            case COMPUTE_PORT_DHCP -> forEachComputeNic(nic -> {
                nic.set("isDhcpEnabled", true);
                nic.set("iPv4", null);
            });
            case CLUSTER_CIDR_OVERLAP -> kubernetes.set("podSubnet", "192.168.0.0/16");
            case SERVICE_NAME_INVALID -> services.get(0).set("name", "Web_Frontend");
            case ROUTE_AMBIGUOUS -> {
                Mapping first = ensureRoute();
                routes.add(route(computePort, (String) first.get("destinationPrefix"), routers.get(2),
                        (Integer) first.get("routeMetric")));
            }
            case DUPLICATE_KEY -> services.get(0).put("name", "web-2");
            case MTU_OUT_OF_RANGE -> computeSwitch.set("mtu", 9000);
            case WEB_PROXY_INVALID -> device.set("webProxy", Doc.map().put("isEnabled", true)
                    .put("connectionURI", "https://" + host(mgmt, 5) + ":8443"));
            case SERVICE_POOL_TOO_SMALL -> {
                pools.get(1).set("ipAddressRange", host(compute, 30));
                services.removeIf(s -> "LoadBalancer".equals(s.get("type")));
                services.add(0, Doc.map().put("name", "web").put("type", "LoadBalancer")
                        .put("loadBalancerIP", host(compute, 30)));
                services.add(1, Doc.map().put("name", "opc-ua").put("type", "LoadBalancer"));
            }
            case ROUTE_INTERFACE_NOT_COMPUTE -> ensureRoute().set("interfaceAlias", "Port2");
            case DNS_SUFFIX_INVALID -> forEachNic(nic -> {
                if (nic.get("dnsSuffix") != null) {
                    nic.set("dnsSuffix", "plant_floor..contoso");
                }
            });
        }
    }

    /** The first route, added (with no required network) when the device has none. */
    private Mapping ensureRoute() {
        if (routes.isEmpty()) {
            routes.add(route(computePort, "10.240.1.0/24", routers.get(0), 100));
            kubernetes.set("routes", routes);
        }
        return routes.get(0);
    }

    private void duplicateAddress() {
        List<Mapping> port2 = new ArrayList<>();
        forEachNic(nic -> {
            if ("Port2".equals(nic.get("name"))) {
                port2.add(nic);
            }
        });
        Mapping first = (Mapping) port2.get(0).get("iPv4");
        ((Mapping) port2.get(1).get("iPv4")).set("address", first.get("address"));
    }

    private void forEachComputeNic(Consumer<Mapping> action) {
        forEachNic(nic -> {
            if (computePort.equals(nic.get("name"))) {
                action.accept(nic);
            }
        });
    }

    private void forEachNic(Consumer<Mapping> action) {
        for (Object nic : (List<?>) ((Mapping) device.get("network")).get("interfaces")) {
            action.accept((Mapping) nic);
        }
    }

    private String guid() {
        return String.format("%08x-%04x-4%03x-%04x-%012x", random.nextInt(), random.nextInt(0x10000),
                random.nextInt(0x1000), 0x8000 | random.nextInt(0x4000), random.nextLong() & 0xFFFFFFFFFFFFL);
    }

    private static String host(int network, int offset) {
        return HugeDevice.format(network + offset);
    }
}
