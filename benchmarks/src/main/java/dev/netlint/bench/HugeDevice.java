package dev.netlint.bench;

import dev.netlint.bench.Doc.Mapping;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The single huge device of the benchmark: one node, 100,000 Kubernetes routes, 20,000 required networks
 * and 10,000 LoadBalancer services by default, clean for every rule of the catalogue by construction. The
 * scaling series of the benchmark also asks for many address pools and virtual networks, and for more
 * required networks or services than that plan holds (see {@link Size}).
 *
 * <p>The plan: Port2 ({@code 172.16.10.0/24}) has the default gateway and the DNS servers; Port3
 * ({@code 192.168.0.0/16}) is the compute port, with the node pool {@code 192.168.0.20-22}, the
 * service pool {@code 192.168.64.0/18} and four on-link routers {@code 192.168.0.1-4} that no
 * interface or pool owns. Route destinations are distinct, aligned prefix blocks of {@code /24} to
 * {@code /29} carved out of {@code 10.0.0.0/8} (outside every port subnet, pool and the default pod
 * and service subnets {@code 172.27.0.0/16} and {@code 172.28.0.0/16}), in shuffled order, with
 * metrics in 1..9999. Each required network is a route destination or a block inside one, so every
 * one is fully routed. Services have distinct RFC 1035 names and distinct IPs inside the service pool.
 *
 * <p>Past 16,384 services or 8,192 extra pools, the compute port is {@code 100.64.0.0/10} instead (the
 * wide plan: routers {@code 100.64.0.1-4}, service pool {@code 100.65.0.0-100.66.255.255}). Extra pools
 * ({@code pool-NNNNN}, four addresses each, adjacent) sit on the compute vSwitch above the service
 * pool; virtual networks ({@code vnet-NNNNN}, a {@code /28} each with a {@code VirtualMachineIPs} pool)
 * are carved out of {@code 10.0.0.0/8} from the first {@code /16} above every route destination.
 */
final class HugeDevice {

    static final int DEFAULT_ROUTES = 100_000;
    static final String COMPUTE_PORT = "Port3";
    /** The usual plan: compute port 192.168.0.0/16, service pool 192.168.64.0/18 (16,384 addresses). */
    static final Plan USUAL = new Plan(ipv4(192, 168, 0, 0), 16, ipv4(192, 168, 64, 0), 1 << 14,
            ipv4(192, 168, 128, 0), (1 << 13) - 1);
    /** The wide plan: compute port 100.64.0.0/10, service pool 100.65.0.0/15 (131,072 addresses). */
    static final Plan WIDE = new Plan(ipv4(100, 64, 0, 0), 10, ipv4(100, 65, 0, 0), 1 << 17,
            ipv4(100, 68, 0, 0), 1 << 19);
    private static final int DESTINATION_SPACE_START = ipv4(10, 0, 0, 0);
    private static final int DESTINATION_SPACE_SIZE = 1 << 24;
    private static final int MAX_VIRTUAL_NETWORKS = 1 << 19;
    private static final int EXTRA_POOL_SIZE = 4;
    /** The VLAN ids a vSwitch can tell apart: 1 to 4094. */
    private static final int VLANS = 4094;
    private static final int[] PREFIX_LENGTHS = {24, 25, 26, 26, 27, 27, 28, 28, 29, 29};
    private static final String[] NETWORK_KINDS = {"cameras", "plc", "historian", "scada", "hmi", "robots",
        "sensors", "mes"};
    private static final String[] SERVICE_KINDS = {"cam-ingest", "inference", "mqtt-broker", "opc-ua",
        "historian-api", "dashboard", "alerting", "label-store"};
    private static final String[] NAMESPACES = {"vision", "factory", "monitoring", "default"};

    /**
     * How many of each the device holds: routes, required networks (each one a route's destination or a
     * block inside one; past the number of routes, blocks inside them), LoadBalancer services, pools
     * besides the two Kubernetes ones, and virtual networks; {@code wide} lays the device out on the wide
     * plan whatever its counts, so that devices of one scaling series share their layout.
     */
    record Size(int routes, int requiredNetworks, int services, int pools, int virtualNetworks, boolean wide) {

        Size {
            if (routes < 5 || requiredNetworks < 0 || services < 0 || pools < 0 || virtualNetworks < 0) {
                throw new IllegalArgumentException("need at least 5 routes and no negative count");
            }
            if (services > WIDE.servicePoolSize() || pools > WIDE.extraPools()
                    || virtualNetworks > MAX_VIRTUAL_NETWORKS) {
                throw new IllegalArgumentException("at most " + WIDE.servicePoolSize() + " services, "
                        + WIDE.extraPools() + " pools and " + MAX_VIRTUAL_NETWORKS + " virtual networks");
            }
        }

        Size(int routes, int requiredNetworks, int services, int pools, int virtualNetworks) {
            this(routes, requiredNetworks, services, pools, virtualNetworks, false);
        }

        Size(int routes, int requiredNetworks, int services) {
            this(routes, requiredNetworks, services, 0, 0);
        }

        /** The same counts on the wide plan. */
        Size onWidePlan() {
            return new Size(routes, requiredNetworks, services, pools, virtualNetworks, true);
        }

        /** The proportions of the benchmark's huge device: one required network per 5 routes, one service per 10. */
        static Size ofRoutes(int routes) {
            return new Size(routes, routes / 5, routes / 10);
        }

        /** The usual plan while the services and extra pools fit in it, else the wide one. */
        Plan plan() {
            return !wide && services <= USUAL.servicePoolSize() && pools <= USUAL.extraPools() ? USUAL : WIDE;
        }
    }

    /**
     * The compute port's subnet ({@code compute}/{@code length}; the port is {@code .10}, the routers
     * {@code .1-.4}, the node pool {@code .20-.22}), the service pool, and where extra pools start.
     */
    record Plan(int compute, int length, int servicePoolStart, int servicePoolSize, int extraPoolStart,
            int extraPools) {

        String host(int offset) {
            return format(compute + offset);
        }

        String subnetMask() {
            return format((int) (0xFFFFFFFFL << (32 - length)));
        }

        String router(int i) {
            return host(1 + i);
        }
    }

    private HugeDevice() {
    }

    /** Writes the device as YAML. */
    static void write(Size size, long seed, Writer out) {
        Doc.yaml(document(size, seed), List.of(
                "Synthetic device for the netlint benchmark (docs/performance.md): " + describe(size) + ".",
                "Written by dev.netlint.bench.Generate with seed " + seed + "; clean for every rule by construction."),
                out);
    }

    /** Writes the same device as JSON, laid out as the vendor's export is (one key a line, indented). */
    static void writeJson(Size size, long seed, Writer out) {
        Doc.json(document(size, seed), out);
    }

    static String describe(Size size) {
        String text = size.routes() + " routes, " + size.requiredNetworks() + " required networks, "
                + size.services() + " services";
        if (size.pools() > 0) {
            text += ", " + size.pools() + " extra pools";
        }
        if (size.virtualNetworks() > 0) {
            text += ", " + size.virtualNetworks() + " virtual networks";
        }
        return text;
    }

    private static Mapping document(Size size, long seed) {
        Random random = new Random(seed);
        Plan plan = size.plan();
        List<String> destinations = destinations(size.routes(), random);
        return Doc.map()
                .put("device", device(plan, size, destinations))
                .put("kubernetes", Doc.map()
                        .put("routes", routes(plan, destinations, random))
                        .put("services", services(plan, size.services(), random))
                        .put("requiredNetworks", requiredNetworks(destinations, size.requiredNetworks(), random)));
    }

    private static Mapping device(Plan plan, Size size, List<String> destinations) {
        Mapping device = Doc.map()
                .put("deviceInfo", Doc.map()
                        .put("model", "Azure Stack Edge")
                        .put("nodes", List.of(Doc.map().put("id", "6f1c2a9e-0b7d-4e3a-9c51-2d8e4f7a1b30")
                                .put("name", "NODE-A"))))
                .put("deviceEndpoint", Doc.map().put("name", "ase-bench").put("dnsDomain", "plant.example.com"))
                .put("network", Doc.map()
                        .put("interfaces", List.of(
                                Doc.map().put("name", "Port2").put("isDhcpEnabled", false)
                                        .put("iPv4", Doc.map().put("address", "172.16.10.10")
                                                .put("subnetMask", "255.255.255.0").put("gateway", "172.16.10.1"))
                                        .put("dnsServerAddresses", List.of("172.16.10.2", "172.16.10.3"))
                                        .put("dnsSuffix", "plant.example.com"),
                                Doc.map().put("name", COMPUTE_PORT).put("isDhcpEnabled", false)
                                        .put("iPv4", Doc.map().put("address", plan.host(10))
                                                .put("subnetMask", plan.subnetMask()))))
                        .put("vSwitches", vSwitches(plan, size)));
        if (size.virtualNetworks() > 0) {
            ((Mapping) device.get("network")).put("virtualNetworks",
                    virtualNetworks(size.virtualNetworks(), destinations.get(destinations.size() - 1)));
        }
        return device.put("webProxy", Doc.map().put("isEnabled", false));
    }

    /** The compute vSwitch, then one more per 4,094 virtual networks past the first 4,094, each on its port. */
    private static List<Mapping> vSwitches(Plan plan, Size size) {
        List<Mapping> switches = new ArrayList<>();
        switches.add(Doc.map()
                .put("name", "vSwitch1")
                .put("interfaceName", COMPUTE_PORT)
                .put("enabledForCompute", true)
                .put("enableEmbeddedTeaming", false)
                .put("mtu", 1500)
                .put("ipAddressPools", pools(plan, size.pools())));
        for (int group = 1; group * VLANS < size.virtualNetworks(); group++) {
            switches.add(Doc.map().put("name", vnetSwitch(group)).put("interfaceName", "Port" + (3 + group))
                    .put("enabledForCompute", false).put("enableEmbeddedTeaming", false).put("mtu", 1500));
        }
        return switches;
    }

    /** The two Kubernetes pools, then {@code count} adjacent pools of four addresses above the service pool. */
    private static List<Mapping> pools(Plan plan, int count) {
        List<Mapping> pools = new ArrayList<>(2 + count);
        pools.add(Doc.map().put("name", "KubernetesNodeIPs")
                .put("ipAddressRange", plan.host(20) + "-" + plan.host(22)));
        pools.add(Doc.map().put("name", "KubernetesServiceIPs").put("ipAddressRange",
                format(plan.servicePoolStart()) + "-" + format(plan.servicePoolStart() + plan.servicePoolSize() - 1)));
        for (int i = 0; i < count; i++) {
            int start = plan.extraPoolStart() + i * EXTRA_POOL_SIZE;
            pools.add(Doc.map().put("name", "pool-" + pad(i))
                    .put("ipAddressRange", format(start) + "-" + format(start + EXTRA_POOL_SIZE - 1)));
        }
        return pools;
    }

    /** The vSwitch of the virtual networks of group {@code group}: vSwitch1, then one more per 4,094. */
    private static String vnetSwitch(int group) {
        return group == 0 ? "vSwitch1" : "vSwitch-vnets-" + group;
    }

    /**
     * {@code count} virtual networks, a /28 each with a pool of ten addresses, from the first /16 above
     * {@code lastDestination}, the highest route destination; 4,094 to a vSwitch (vSwitch1, then a vSwitch
     * of their own on the next port), each with its own VLAN id, so that past 4,094 the series measures the
     * rules and not one {@code vlan-id-duplicate} finding per network.
     */
    private static List<Mapping> virtualNetworks(int count, String lastDestination) {
        int slash = lastDestination.indexOf('/');
        long end = (parse(lastDestination.substring(0, slash)) & 0xFFFFFFFFL)
                + (1L << (32 - Integer.parseInt(lastDestination.substring(slash + 1))));
        long start = (end + 0xFFFF) & ~0xFFFFL;
        if (start + 16L * count > (DESTINATION_SPACE_START & 0xFFFFFFFFL) + DESTINATION_SPACE_SIZE) {
            throw new IllegalArgumentException(count + " virtual networks do not fit in 10.0.0.0/8 beside the routes");
        }
        List<Mapping> networks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int network = (int) start + i * 16;
            networks.add(Doc.map().put("name", "vnet-" + pad(i)).put("vSwitchName", vnetSwitch(i / VLANS))
                    .put("vlanId", 1 + i % VLANS).put("network", format(network) + "/28")
                    .put("subnetMask", "255.255.255.240").put("gateway", format(network + 1))
                    .put("enabledForKubernetes", false)
                    .put("ipAddressPools", List.of(Doc.map().put("name", "VirtualMachineIPs")
                            .put("ipAddressRange", format(network + 4) + "-" + format(network + 13)))));
        }
        return networks;
    }

    /** Distinct aligned blocks of /24 to /29, in address order, with an occasional unused block between. */
    static List<String> destinations(int count, Random random) {
        List<String> result = new ArrayList<>(count);
        long cursor = 0;
        for (int i = 0; i < count; i++) {
            int length = PREFIX_LENGTHS[random.nextInt(PREFIX_LENGTHS.length)];
            long block = 1L << (32 - length);
            cursor = (cursor + block - 1) / block * block;
            if (random.nextInt(10) == 0) {
                cursor += block;
            }
            if (cursor + block > DESTINATION_SPACE_SIZE) {
                throw new IllegalArgumentException(count + " routes do not fit in 10.0.0.0/8");
            }
            result.add(format(DESTINATION_SPACE_START + (int) cursor) + "/" + length);
            cursor += block;
        }
        return result;
    }

    private static List<Mapping> routes(Plan plan, List<String> destinations, Random random) {
        List<Mapping> routes = new ArrayList<>(destinations.size());
        for (String destination : destinations) {
            int metric = random.nextInt(5) < 3 ? 100 : 1 + random.nextInt(9999);
            routes.add(Doc.map()
                    .put("interfaceAlias", COMPUTE_PORT)
                    .put("destinationPrefix", destination)
                    .put("nextHop", plan.router(random.nextInt(4)))
                    .put("routeMetric", metric));
        }
        Collections.shuffle(routes, random);
        return routes;
    }

    private static List<Mapping> services(Plan plan, int count, Random random) {
        List<Mapping> services = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            services.add(Doc.map()
                    .put("name", SERVICE_KINDS[i % SERVICE_KINDS.length] + "-" + pad(i))
                    .put("namespace", NAMESPACES[random.nextInt(NAMESPACES.length)])
                    .put("type", "LoadBalancer")
                    .put("loadBalancerIP", format(plan.servicePoolStart() + i)));
        }
        Collections.shuffle(services, random);
        return services;
    }

    /**
     * Each required network is a route's destination or, one time in four, a block inside it; past one
     * per route, always a block inside one.
     */
    private static List<Mapping> requiredNetworks(List<String> destinations, int count, Random random) {
        List<Integer> picks = new ArrayList<>(destinations.size());
        for (int i = 0; i < destinations.size(); i++) {
            picks.add(i);
        }
        Collections.shuffle(picks, random);
        List<Mapping> networks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String destination = destinations.get(picks.get(i % picks.size()));
            String prefix = i >= picks.size() || random.nextInt(4) == 0 ? inside(destination, random) : destination;
            networks.add(Doc.map().put("name", NETWORK_KINDS[i % NETWORK_KINDS.length] + "-" + pad(i))
                    .put("prefix", prefix));
        }
        return networks;
    }

    /** A block one or two bits longer inside {@code prefix}, at a random aligned offset. */
    private static String inside(String prefix, Random random) {
        int slash = prefix.indexOf('/');
        int length = Integer.parseInt(prefix.substring(slash + 1));
        int start = parse(prefix.substring(0, slash));
        int longer = length + 1 + random.nextInt(2);
        int offset = random.nextInt(1 << (longer - length)) << (32 - longer);
        return format(start + offset) + "/" + longer;
    }

    private static String pad(int i) {
        return String.format(Locale.ROOT, "%05d", i);
    }

    static int ipv4(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    static String format(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }

    private static int parse(String dotted) {
        String[] parts = dotted.split("\\.");
        return ipv4(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
    }
}
