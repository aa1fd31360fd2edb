package dev.netlint.rules;

/**
 * Devices that hold n of one kind of list (pools, virtual networks, services, routes, required
 * networks), written as YAML, for the tests that bound the rules' time as n grows.
 */
final class ScaleDevices {

    /** What grows. */
    enum Kind {
        /** Pools on the compute vSwitch, each inside the ones before: every pool overlaps every other. */
        NESTED_POOLS,
        /** Disjoint pools on the compute vSwitch, side by side in its subnet. */
        POOLS,
        /** Virtual networks on the compute vSwitch, each with its subnet, gateway and one pool. */
        VIRTUAL_NETWORKS,
        /** LoadBalancer services, each with a load-balancer IP of the service pool; every tenth a copy. */
        SERVICES,
        /** Kubernetes routes to distinct /24s through routers on the compute subnet. */
        ROUTES,
        /** Required networks, each routed by a route of its own. */
        REQUIRED_NETWORKS,
        /** Pools on the compute vSwitch outside its port's subnet: each one a finding with a place to move to. */
        POOLS_OUTSIDE,
        /** Virtual networks whose one pool holds the network's own gateway. */
        POOLS_WITH_GATEWAYS,
        /** Routes whose next hops are addresses inside pools (local next hops). */
        ROUTES_TO_POOLS,
        /** Ports of one node on one subnet, each with an address of its own. */
        PORTS_ON_ONE_SUBNET,
        /**
         * Virtual networks inside the compute port's subnet, as the benchmark lays them out: a /28 each
         * with its gateway and a pool of ten addresses, every pool named VirtualMachineIPs, the VLAN ids
         * cycling through 1-4094 (so that most are duplicates).
         */
        VIRTUAL_NETWORKS_IN_COMPUTE_SUBNET
    }

    /** Where side-by-side pools start: 10.16.0.0, past the service pool 10.0.1.0-10.3.255.255. */
    private static final long POOLS_START = 16L << 16;

    private ScaleDevices() {
    }

    /** The n-th address of 10.0.0.0/8, written as a dotted quad. */
    static String ten(long n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    static String yaml(Kind kind, int n) {
        StringBuilder y = new StringBuilder(n * 96 + 2048);
        y.append("device:\n")
                .append("  network:\n")
                .append("    interfaces:\n")
                .append(kind == Kind.PORTS_ON_ONE_SUBNET ? ports(n) : "")
                .append("      - name: Port2\n")
                .append("        isDhcpEnabled: false\n")
                .append("        iPv4: { address: 172.16.10.10, subnetMask: 255.255.255.0, gateway: 172.16.10.1 }\n")
                .append("        dnsServerAddresses: [172.16.10.2]\n")
                .append("      - name: Port3\n")
                .append("        isDhcpEnabled: false\n")
                .append("        iPv4: { address: 10.0.0.10, subnetMask: 255.0.0.0 }\n")
                .append("    vSwitches:\n")
                .append("      - name: vSwitch1\n")
                .append("        interfaceName: Port3\n")
                .append("        enabledForCompute: true\n")
                .append("        ipAddressPools:\n")
                .append("          - { name: KubernetesNodeIPs, ipAddressRange: 10.0.0.20-10.0.0.22 }\n")
                .append("          - { name: KubernetesServiceIPs, ipAddressRange: 10.0.1.0-10.3.255.255 }\n");
        switch (kind) {
            case NESTED_POOLS -> {
                for (int i = 0; i < n; i++) {
                    y.append("          - { name: pool-").append(i).append(", ipAddressRange: ").append(ten(65_536 + i))
                            .append('-').append(ten((1 << 24) - 2 - i)).append(" }\n");
                }
            }
            case POOLS -> {
                for (int i = 0; i < n; i++) {
                    long start = POOLS_START + 8L * i;
                    y.append("          - { name: pool-").append(i).append(", ipAddressRange: ").append(ten(start))
                            .append('-').append(ten(start + 3)).append(" }\n");
                }
            }
            case POOLS_OUTSIDE -> {
                for (int i = 0; i < n; i++) {
                    long start = 8L * i;
                    y.append("          - { name: pool-").append(i).append(", ipAddressRange: 12.").append(start >> 16 & 255)
                            .append('.').append(start >> 8 & 255).append('.').append(start & 255).append("-12.")
                            .append(start >> 16 & 255).append('.').append(start >> 8 & 255).append('.')
                            .append((start & 255) + 3).append(" }\n");
                }
            }
            case ROUTES_TO_POOLS -> {
                for (int i = 0; i < n; i++) {
                    long start = POOLS_START + 8L * i;
                    y.append("          - { name: pool-").append(i).append(", ipAddressRange: ").append(ten(start))
                            .append('-').append(ten(start + 3)).append(" }\n");
                }
            }
            case VIRTUAL_NETWORKS, POOLS_WITH_GATEWAYS -> {
                y.append("    virtualNetworks:\n");
                for (int i = 0; i < n; i++) {
                    String net = (11 + (i >> 16)) + "." + (i >> 8 & 255) + "." + (i & 255);
                    y.append("      - { name: vnet-").append(i).append(", vSwitchName: vSwitch1, vlanId: ")
                            .append(1 + i % 4000).append(", network: ").append(net).append(".0/24, gateway: ")
                            .append(net).append(".1, ipAddressPools: [{ name: vm-").append(i)
                            .append(", ipAddressRange: ").append(net).append(kind == Kind.POOLS_WITH_GATEWAYS ? ".1-" : ".10-")
                            .append(net).append(".20 }] }\n");
                }
            }
            case VIRTUAL_NETWORKS_IN_COMPUTE_SUBNET -> {
                y.append("    virtualNetworks:\n");
                for (int i = 0; i < n; i++) {
                    long network = POOLS_START + 16L * i;
                    y.append("      - { name: vnet-").append(i).append(", vSwitchName: vSwitch1, vlanId: ")
                            .append(1 + i % 4094).append(", network: ").append(ten(network)).append("/28, gateway: ")
                            .append(ten(network + 1)).append(", ipAddressPools: [{ name: VirtualMachineIPs")
                            .append(", ipAddressRange: ").append(ten(network + 4)).append('-').append(ten(network + 13))
                            .append(" }] }\n");
                }
            }
            default -> {
            }
        }
        y.append("kubernetes:\n");
        switch (kind) {
            case SERVICES -> {
                y.append("  services:\n");
                for (int i = 0; i < n; i++) {
                    int slot = i % 10 == 9 ? i - 1 : i;
                    y.append("    - { name: svc-").append(i).append(", type: LoadBalancer, loadBalancerIP: ")
                            .append(ten(256 + slot)).append(" }\n");
                }
            }
            case ROUTES -> {
                y.append("  routes:\n");
                for (int i = 0; i < n; i++) {
                    y.append("    - { interfaceAlias: Port3, destinationPrefix: ").append(dest(i))
                            .append(", nextHop: 10.0.0.").append(1 + i % 4).append(", routeMetric: 100 }\n");
                }
            }
            case ROUTES_TO_POOLS -> {
                y.append("  routes:\n");
                for (int i = 0; i < n; i++) {
                    y.append("    - { interfaceAlias: Port3, destinationPrefix: ").append(dest(i))
                            .append(", nextHop: ").append(ten(POOLS_START + 8L * i + 1)).append(", routeMetric: 100 }\n");
                }
            }
            case REQUIRED_NETWORKS -> {
                y.append("  routes:\n");
                for (int i = 0; i < n; i++) {
                    y.append("    - { interfaceAlias: Port3, destinationPrefix: ").append(dest(i))
                            .append(", nextHop: 10.0.0.").append(1 + i % 4).append(", routeMetric: 100 }\n");
                }
                y.append("  requiredNetworks:\n");
                for (int i = 0; i < n; i++) {
                    y.append("    - { name: net-").append(i).append(", prefix: ").append(dest(i)).append(" }\n");
                }
            }
            default -> y.append("  services: []\n");
        }
        return y.toString();
    }

    /** Ports 4 to n + 3 of one node, all on 10.0.0.0/8. */
    private static String ports(int n) {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < n; i++) {
            y.append("      - { name: Port").append(i + 4).append(", isDhcpEnabled: false, iPv4: { address: ")
                    .append(ten(200_000 + i)).append(", subnetMask: 255.0.0.0 } }\n");
        }
        return y.toString();
    }

    /** The i-th /24 outside every subnet of the device: 20.0.0.0/24, 20.0.1.0/24, ... */
    private static String dest(int i) {
        return (20 + (i >> 16)) + "." + (i >> 8 & 255) + "." + (i & 255) + ".0/24";
    }
}
