package dev.netlint.bench;

import dev.netlint.bench.Doc.Mapping;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The single huge device of SPEC §8: one node, 100,000 Kubernetes routes, 20,000 required networks
 * and 10,000 LoadBalancer services by default, clean for every rule of SPEC §3 by construction.
 *
 * <p>The plan: Port2 ({@code 172.16.10.0/24}) has the default gateway and the DNS servers; Port3
 * ({@code 192.168.0.0/16}) is the compute port, with the node pool {@code 192.168.0.20-22}, the
 * service pool {@code 192.168.64.0/18} and four on-link routers {@code 192.168.0.1-4} that no
 * interface or pool owns. Route destinations are distinct, aligned prefix blocks of {@code /24} to
 * {@code /29} carved out of {@code 10.0.0.0/8} (outside every port subnet, pool and the default pod
 * and service subnets {@code 172.27.0.0/16} and {@code 172.28.0.0/16}), in shuffled order, with
 * metrics in 1..9999. Each required network is a route destination or a block inside one, so every
 * one is fully routed. Services have distinct RFC 1035 names and distinct IPs inside the service pool.
 */
final class HugeDevice {

    static final int DEFAULT_ROUTES = 100_000;
    static final String COMPUTE_PORT = "Port3";
    /** The service pool 192.168.64.0/18: room for 16,384 load-balancer IPs. */
    static final int SERVICE_POOL_START = ipv4(192, 168, 64, 0);
    static final int SERVICE_POOL_SIZE = 1 << 14;
    private static final int DESTINATION_SPACE_START = ipv4(10, 0, 0, 0);
    private static final int DESTINATION_SPACE_SIZE = 1 << 24;
    private static final String[] ROUTERS = {"192.168.0.1", "192.168.0.2", "192.168.0.3", "192.168.0.4"};
    private static final int[] PREFIX_LENGTHS = {24, 25, 26, 26, 27, 27, 28, 28, 29, 29};
    private static final String[] NETWORK_KINDS = {"cameras", "plc", "historian", "scada", "hmi", "robots",
        "sensors", "mes"};
    private static final String[] SERVICE_KINDS = {"cam-ingest", "inference", "mqtt-broker", "opc-ua",
        "historian-api", "dashboard", "alerting", "label-store"};
    private static final String[] NAMESPACES = {"vision", "factory", "monitoring", "default"};

    /** How many of each the device holds. */
    record Size(int routes, int requiredNetworks, int services) {

        Size {
            if (routes < 5 || requiredNetworks > routes || services > SERVICE_POOL_SIZE) {
                throw new IllegalArgumentException("need at least 5 routes, at most one required network per "
                        + "route and at most " + SERVICE_POOL_SIZE + " services");
            }
        }

        /** The proportions of SPEC §8: one required network per 5 routes, one service per 10. */
        static Size ofRoutes(int routes) {
            return new Size(routes, routes / 5, routes / 10);
        }
    }

    private HugeDevice() {
    }

    static void write(Size size, long seed, Writer out) {
        Random random = new Random(seed);
        List<String> destinations = destinations(size.routes(), random);
        Mapping root = Doc.map()
                .put("device", device())
                .put("kubernetes", Doc.map()
                        .put("routes", routes(destinations, random))
                        .put("services", services(size.services(), random))
                        .put("requiredNetworks", requiredNetworks(destinations, size.requiredNetworks(), random)));
        Doc.yaml(root, List.of(
                "Synthetic device for the netlint benchmark (SPEC §8): " + size.routes() + " routes, "
                        + size.requiredNetworks() + " required networks, " + size.services() + " services.",
                "Written by dev.netlint.bench.Generate with seed " + seed + "; clean for every rule by construction."),
                out);
    }

    private static Mapping device() {
        return Doc.map()
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
                                        .put("iPv4", Doc.map().put("address", "192.168.0.10")
                                                .put("subnetMask", "255.255.0.0"))))
                        .put("vSwitches", List.of(Doc.map()
                                .put("name", "vSwitch1")
                                .put("interfaceName", COMPUTE_PORT)
                                .put("enabledForCompute", true)
                                .put("enableEmbeddedTeaming", false)
                                .put("mtu", 1500)
                                .put("ipAddressPools", List.of(
                                        Doc.map().put("name", "KubernetesNodeIPs")
                                                .put("ipAddressRange", "192.168.0.20-192.168.0.22"),
                                        Doc.map().put("name", "KubernetesServiceIPs")
                                                .put("ipAddressRange", "192.168.64.0-192.168.127.255"))))))
                .put("webProxy", Doc.map().put("isEnabled", false));
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

    private static List<Mapping> routes(List<String> destinations, Random random) {
        List<Mapping> routes = new ArrayList<>(destinations.size());
        for (String destination : destinations) {
            int metric = random.nextInt(5) < 3 ? 100 : 1 + random.nextInt(9999);
            routes.add(Doc.map()
                    .put("interfaceAlias", COMPUTE_PORT)
                    .put("destinationPrefix", destination)
                    .put("nextHop", ROUTERS[random.nextInt(ROUTERS.length)])
                    .put("routeMetric", metric));
        }
        Collections.shuffle(routes, random);
        return routes;
    }

    private static List<Mapping> services(int count, Random random) {
        List<Mapping> services = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            services.add(Doc.map()
                    .put("name", SERVICE_KINDS[i % SERVICE_KINDS.length] + "-" + pad(i))
                    .put("namespace", NAMESPACES[random.nextInt(NAMESPACES.length)])
                    .put("type", "LoadBalancer")
                    .put("loadBalancerIP", format(SERVICE_POOL_START + i)));
        }
        Collections.shuffle(services, random);
        return services;
    }

    /** Each required network is a route's destination or, one time in four, a block inside it. */
    private static List<Mapping> requiredNetworks(List<String> destinations, int count, Random random) {
        List<Integer> picks = new ArrayList<>(destinations.size());
        for (int i = 0; i < destinations.size(); i++) {
            picks.add(i);
        }
        Collections.shuffle(picks, random);
        List<Mapping> networks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String destination = destinations.get(picks.get(i));
            String prefix = random.nextInt(4) == 0 ? inside(destination, random) : destination;
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
        return String.format("%05d", i);
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
