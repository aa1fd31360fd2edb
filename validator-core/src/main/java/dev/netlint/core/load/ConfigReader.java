package dev.netlint.core.load;

import dev.netlint.core.load.FileContent.DevicePart;
import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.NodeInfo;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.Service;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.model.WebProxy;
import dev.netlint.core.rule.Related;
import dev.netlint.core.rule.Severity;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one config file, JSON or YAML, from snakeyaml's parse events straight into the model. The
 * schema is in the code: each reader knows the type it expects, so no tag resolution happens and
 * every value keeps its line, column and JSON pointer. Problems become {@link LoadProblem}s; only a
 * syntax error or a passed limit stops the file.
 */
final class ConfigReader {

    /** Keys under {@code device} that we model or that the vendor's export has. */
    private static final Set<String> DEVICE_KEYS = Set.of("deviceInfo", "deviceEndpoint", "encryptionAtRestKeys",
            "network", "time", "update", "webProxy");
    private static final Set<String> DEVICE_INFO_KEYS = Set.of("model", "softwareVersion", "serialNumber",
            "isActivated", "nodes");
    private static final Set<String> NODE_KEYS = Set.of("id", "name");
    private static final Set<String> ENDPOINT_KEYS = Set.of("name", "dnsDomain");
    private static final Set<String> TIME_KEYS = Set.of("timeZone", "primaryTimeServer", "secondaryTimeServer");
    private static final Set<String> UPDATE_KEYS = Set.of("serverType", "wsusServerURI");
    private static final Set<String> PROXY_KEYS = Set.of("isEnabled", "connectionURI", "authentication", "username",
            "password");
    private static final Set<String> NETWORK_KEYS = Set.of("dhcpPolicy", "interfaces", "vSwitches", "virtualNetworks");
    private static final Set<String> INTERFACE_KEYS = Set.of("name", "nodeName", "nodeId", "isDhcpEnabled", "iPv4",
            "iPv6", "dnsServerAddresses", "dnsSuffix", "routes", "ipConfigType");
    private static final Set<String> IPV4_KEYS = Set.of("address", "subnetMask", "gateway");
    private static final Set<String> IPV6_KEYS = Set.of("address", "prefixLength", "gateway");
    private static final Set<String> VSWITCH_KEYS = Set.of("name", "interfaceName", "type", "enabledForCompute",
            "enabledForStorage", "enabledForMgmt", "supportsAcceleratedNetworking", "enableEmbeddedTeaming",
            "ipAddressPools", "mtu");
    private static final Set<String> POOL_KEYS = Set.of("name", "ipAddressRange");
    private static final Set<String> VNET_KEYS = Set.of("name", "vSwitchName", "vlanId", "subnetMask", "gateway",
            "network", "enabledForKubernetes", "ipAddressPools");
    private static final Set<String> KUBERNETES_KEYS = Set.of("podSubnet", "serviceSubnet", "routes", "services",
            "requiredNetworks");
    private static final Set<String> ROUTE_KEYS = Set.of("interfaceAlias", "destinationPrefix", "nextHop",
            "routeMetric");
    private static final Set<String> SERVICE_KEYS = Set.of("name", "namespace", "type", "loadBalancerIP", "clusterIP");
    private static final Set<String> REQUIRED_NETWORK_KEYS = Set.of("name", "prefix");
    private static final Set<String> ROOT_KEYS = Set.of("device", "kubernetes");
    /** Keys that declare NIC teaming or bonding, which the device does not support. */
    private static final Set<String> TEAM_KEYS = Set.of("team", "teams", "nicteam", "nicteams", "nicteaming",
            "teaming", "bond", "bonds", "bonding", "lbfoteam", "lbfoteams", "netlbfoteam", "netlbfoteams",
            "teammembers", "teamname", "embeddedteaming");

    /** Whether unknown keys of a mapping are all reported, or only near misses of known ones. */
    private enum KeyPolicy { STRICT, NEAR_MISS }

    @FunctionalInterface
    private interface FieldReader {
        void read(String key, Location keyLocation, String pointer);
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(String pointer);
    }

    private final SourceFile source;
    private final LoadLimits limits;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<Located<String>> teamDeclarations = new ArrayList<>();
    private EventStream in;

    private ConfigReader(SourceFile source, LoadLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** Reads a file's decoded text; never throws for bad content. */
    static FileContent read(SourceFile source, LoadLimits limits) {
        return new ConfigReader(source, limits).read();
    }

    private FileContent read() {
        Location[] deviceKey = {null};
        Location[] kubernetesKey = {null};
        DevicePart[] device = {null};
        Kubernetes[] kubernetes = {null};
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            options.setAllowDuplicateKeys(true);
            in = new EventStream(new ParserImpl(new StreamReader(new StringReader(source.text())), options), limits);
            in.next(); // stream start
            if (!(in.peek() instanceof StreamEndEvent)) {
                in.next(); // document start
                in.newDocument();
                readRoot(deviceKey, device, kubernetesKey, kubernetes);
                in.next(); // document end
                Event after = in.peek();
                if (after instanceof DocumentStartEvent) {
                    problem(LoadProblem.PARSE_ERROR, location(after, ""),
                            "a second YAML document starts here; a config file holds exactly one document");
                }
            }
            if (deviceKey[0] == null && kubernetesKey[0] == null && problems.stream()
                    .noneMatch(p -> p.rule().equals(LoadProblem.PARSE_ERROR))) {
                problems.add(new LoadProblem(LoadProblem.UNKNOWN_KEY, Severity.INFO, Location.ofFile(source.path()),
                        "file has neither a 'device' nor a 'kubernetes' root key; skipped", List.of()));
            }
        } catch (MarkedYAMLException e) {
            // What was read before the syntax error is an artefact of it; the error alone is the finding.
            problems.clear();
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            if (e.getContext() != null) {
                message = oneLine(e.getContext()) + ": " + message;
            }
            problem(LoadProblem.PARSE_ERROR, mark == null ? Location.ofFile(source.path())
                    : new Location(source.path(), mark.getLine() + 1, mark.getColumn() + 1, ""), message);
        } catch (EventStream.LimitExceeded e) {
            Location at = e.at() == null ? Location.ofFile(source.path()) : location(e.at(), "");
            problem(LoadProblem.PARSE_ERROR, at, e.getMessage());
        } catch (YAMLException e) {
            problem(LoadProblem.PARSE_ERROR, Location.ofFile(source.path()), oneLine(e.getMessage()));
        }
        return new FileContent(source, deviceKey[0], device[0], kubernetesKey[0], kubernetes[0], List.copyOf(problems));
    }

    private void readRoot(Location[] deviceKey, DevicePart[] device, Location[] kubernetesKey,
                          Kubernetes[] kubernetes) {
        Event first = in.peek();
        if (!(first instanceof MappingStartEvent)) {
            skipNode();
            return;
        }
        mapping("", "the file", ROOT_KEYS, KeyPolicy.NEAR_MISS, (key, at, ptr) -> {
            switch (key) {
                case "device" -> {
                    deviceKey[0] = at;
                    device[0] = readDevice(ptr);
                }
                case "kubernetes" -> {
                    kubernetesKey[0] = at;
                    kubernetes[0] = readKubernetes(ptr);
                }
                default -> skipNode();
            }
        });
    }

    // ---------------------------------------------------------------- device

    private DevicePart readDevice(String ptr) {
        List<NodeInfo> nodes = new ArrayList<>();
        List<NetInterface> interfaces = new ArrayList<>();
        List<VSwitch> vSwitches = new ArrayList<>();
        List<VirtualNetwork> virtualNetworks = new ArrayList<>();
        WebProxy[] proxy = {null};
        List<Located<String>> dnsDomain = new ArrayList<>(1);
        Location at = mapping(ptr, "device", DEVICE_KEYS, KeyPolicy.NEAR_MISS, (key, keyAt, p) -> {
            switch (key) {
                case "deviceInfo" -> mapping(p, key, DEVICE_INFO_KEYS, KeyPolicy.NEAR_MISS, (k, ka, kp) -> {
                    if (k.equals("nodes")) {
                        nodes.addAll(sequence(kp, k, this::readNode));
                    } else {
                        skipNode();
                    }
                });
                case "deviceEndpoint" -> mapping(p, key, ENDPOINT_KEYS, KeyPolicy.NEAR_MISS, (k, ka, kp) -> {
                    if (k.equals("dnsDomain")) {
                        Located<String> domain = string(kp);
                        if (domain != null) {
                            dnsDomain.add(domain);
                        }
                    } else {
                        skipNode();
                    }
                });
                case "network" -> mapping(p, key, NETWORK_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
                    switch (k) {
                        case "interfaces" -> interfaces.addAll(sequence(kp, k, this::readInterface));
                        case "vSwitches" -> vSwitches.addAll(sequence(kp, k, this::readVSwitch));
                        case "virtualNetworks" -> virtualNetworks.addAll(sequence(kp, k, this::readVirtualNetwork));
                        default -> skipNode();
                    }
                });
                case "webProxy" -> proxy[0] = readWebProxy(p);
                case "time" -> mapping(p, key, TIME_KEYS, KeyPolicy.NEAR_MISS, (k, ka, kp) -> skipNode());
                case "update" -> mapping(p, key, UPDATE_KEYS, KeyPolicy.NEAR_MISS, (k, ka, kp) -> skipNode());
                default -> skipNode();
            }
        });
        if (at == null) {
            return DevicePart.empty();
        }
        return new DevicePart(nodes, interfaces, vSwitches, virtualNetworks, proxy[0],
                dnsDomain.isEmpty() ? null : dnsDomain.get(0), List.copyOf(teamDeclarations));
    }

    private NodeInfo readNode(String ptr) {
        Map<String, Located<String>> values = new HashMap<>();
        Location at = mapping(ptr, "node", NODE_KEYS, KeyPolicy.NEAR_MISS, (k, ka, kp) -> values.put(k, string(kp)));
        return at == null ? null : new NodeInfo(at, values.get("id"), values.get("name"));
    }

    private NetInterface readInterface(String ptr) {
        Map<String, Located<String>> strings = new HashMap<>();
        Located<Boolean>[] dhcp = newArray(1);
        Ipv4Config[] v4 = {null};
        Ipv6Config[] v6 = {null};
        List<Located<IPAddress>> dns = new ArrayList<>();
        List<Located<Integer>> routes = new ArrayList<>(1);
        Location at = mapping(ptr, "interface", INTERFACE_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            switch (k) {
                case "name", "nodeName", "nodeId", "dnsSuffix", "ipConfigType" -> strings.put(k, string(kp));
                case "isDhcpEnabled" -> dhcp[0] = bool(kp);
                case "iPv4" -> v4[0] = readIpv4(kp);
                case "iPv6" -> v6[0] = readIpv6(kp);
                case "dnsServerAddresses" -> dns.addAll(sequence(kp, k, p -> address(p, false, "a DNS server")));
                case "routes" -> {
                    Event e = in.peek();
                    List<Object> entries = sequence(kp, k, p -> {
                        skipNode();
                        return Boolean.TRUE;
                    });
                    if (!entries.isEmpty()) {
                        routes.add(new Located<>(entries.size(), location(e, kp)));
                    }
                }
                default -> skipNode();
            }
        });
        if (at == null) {
            return null;
        }
        return new NetInterface(at, strings.get("name"), strings.get("nodeName"), strings.get("nodeId"), dhcp[0],
                v4[0], v6[0], dns, strings.get("dnsSuffix"), routes.isEmpty() ? null : routes.get(0));
    }

    private Ipv4Config readIpv4(String ptr) {
        Map<String, Located<IPAddress>> values = new HashMap<>();
        Location at = mapping(ptr, "iPv4", IPV4_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            switch (k) {
                case "address" -> values.put(k, address(kp, true, "an IPv4 address"));
                case "subnetMask" -> values.put(k, address(kp, false, "a subnet mask"));
                default -> values.put(k, address(kp, false, "a gateway"));
            }
        });
        return at == null ? null : new Ipv4Config(at, values.get("address"), values.get("subnetMask"),
                values.get("gateway"));
    }

    private Ipv6Config readIpv6(String ptr) {
        Map<String, Located<IPAddress>> values = new HashMap<>();
        Located<Long>[] prefix = newArray(1);
        Location at = mapping(ptr, "iPv6", IPV6_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            switch (k) {
                case "address" -> values.put(k, address(kp, true, "an IPv6 address"));
                case "prefixLength" -> prefix[0] = integer(kp);
                default -> values.put(k, address(kp, false, "a gateway"));
            }
        });
        return at == null ? null : new Ipv6Config(at, values.get("address"), prefix[0], values.get("gateway"));
    }

    private VSwitch readVSwitch(String ptr) {
        Map<String, Located<String>> strings = new HashMap<>();
        Map<String, Located<Boolean>> flags = new HashMap<>();
        List<Located<String>> ports = new ArrayList<>();
        Located<Long>[] mtu = newArray(1);
        List<Pool> pools = new ArrayList<>();
        Set<String> present = new HashSet<>();
        Location at = mapping(ptr, "vSwitch", VSWITCH_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            present.add(k);
            switch (k) {
                case "name", "type" -> strings.put(k, string(kp));
                case "interfaceName" -> ports.addAll(portList(kp));
                case "enabledForCompute", "enabledForStorage", "enabledForMgmt", "supportsAcceleratedNetworking",
                        "enableEmbeddedTeaming" -> flags.put(k, bool(kp));
                case "mtu" -> mtu[0] = integer(kp);
                default -> pools.addAll(sequence(kp, k, this::readPool));
            }
        });
        if (at == null) {
            return null;
        }
        if (!present.contains("interfaceName")) {
            missing(at, ptr, "vSwitch " + label(strings.get("name")) + "has no interfaceName: it is bound to no port");
        }
        return new VSwitch(at, strings.get("name"), ports, strings.get("type"), flags.get("enabledForCompute"),
                flags.get("enableEmbeddedTeaming"), mtu[0], pools);
    }

    /** {@code interfaceName}: one port, a comma-separated list, or a sequence of ports (teaming). */
    private List<Located<String>> portList(String ptr) {
        if (in.peek() instanceof SequenceStartEvent) {
            List<Located<String>> ports = sequence(ptr, "interfaceName", this::string);
            return ports;
        }
        Located<String> value = string(ptr);
        if (value == null) {
            return List.of();
        }
        List<Located<String>> ports = new ArrayList<>();
        for (String part : value.value().split(",")) {
            if (!part.isBlank()) {
                ports.add(new Located<>(part.trim(), value.location()));
            }
        }
        return ports;
    }

    private Pool readPool(String ptr) {
        Located<String>[] name = newArray(1);
        Located<AddressRange>[] range = newArray(1);
        Set<String> present = new HashSet<>();
        Location at = mapping(ptr, "pool", POOL_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            present.add(k);
            if (k.equals("name")) {
                name[0] = string(kp);
            } else {
                range[0] = range(kp);
            }
        });
        if (at == null) {
            return null;
        }
        if (!present.contains("name")) {
            missing(at, ptr, "pool " + (range[0] == null ? "" : range[0].value().text() + " ") + "has no name");
        }
        if (!present.contains("ipAddressRange")) {
            missing(at, ptr, "pool " + label(name[0]) + "has no ipAddressRange");
        }
        return new Pool(at, name[0], range[0]);
    }

    private VirtualNetwork readVirtualNetwork(String ptr) {
        Map<String, Located<String>> strings = new HashMap<>();
        Map<String, Located<IPAddress>> addresses = new HashMap<>();
        Located<Long>[] vlan = newArray(1);
        Located<Boolean>[] kubernetes = newArray(1);
        List<Pool> pools = new ArrayList<>();
        Location at = mapping(ptr, "virtual network", VNET_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            switch (k) {
                case "name", "vSwitchName" -> strings.put(k, string(kp));
                case "vlanId" -> vlan[0] = integer(kp);
                case "subnetMask" -> addresses.put(k, address(kp, false, "a subnet mask"));
                case "gateway" -> addresses.put(k, address(kp, false, "a gateway"));
                case "network" -> addresses.put(k, address(kp, true, "a network prefix"));
                case "enabledForKubernetes" -> kubernetes[0] = bool(kp);
                default -> pools.addAll(sequence(kp, k, this::readPool));
            }
        });
        return at == null ? null : new VirtualNetwork(at, strings.get("name"), strings.get("vSwitchName"), vlan[0],
                addresses.get("subnetMask"), addresses.get("gateway"), addresses.get("network"), kubernetes[0], pools);
    }

    private WebProxy readWebProxy(String ptr) {
        Located<Boolean>[] enabled = newArray(1);
        Located<String>[] uri = newArray(1);
        Location at = mapping(ptr, "webProxy", PROXY_KEYS, KeyPolicy.NEAR_MISS, (k, ka, kp) -> {
            switch (k) {
                case "isEnabled" -> enabled[0] = bool(kp);
                case "connectionURI" -> uri[0] = string(kp);
                default -> skipNode();
            }
        });
        return at == null ? null : new WebProxy(at, enabled[0], uri[0]);
    }

    // ---------------------------------------------------------------- kubernetes

    private Kubernetes readKubernetes(String ptr) {
        Located<IPAddress>[] pods = newArray(1);
        Located<IPAddress>[] services = newArray(1);
        List<KubeRoute> routes = new ArrayList<>();
        List<Service> serviceList = new ArrayList<>();
        List<RequiredNetwork> required = new ArrayList<>();
        Location at = mapping(ptr, "kubernetes", KUBERNETES_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            switch (k) {
                case "podSubnet" -> pods[0] = address(kp, true, "a pod subnet prefix");
                case "serviceSubnet" -> services[0] = address(kp, true, "a service subnet prefix");
                case "routes" -> routes.addAll(sequence(kp, k, this::readRoute));
                case "services" -> serviceList.addAll(sequence(kp, k, this::readService));
                default -> required.addAll(sequence(kp, k, this::readRequiredNetwork));
            }
        });
        if (at == null) {
            return Kubernetes.absent();
        }
        return new Kubernetes(at, pods[0], services[0], routes, serviceList, required);
    }

    private KubeRoute readRoute(String ptr) {
        Located<String>[] alias = newArray(1);
        Located<IPAddress>[] destination = newArray(1);
        Located<IPAddress>[] nextHop = newArray(1);
        Located<String>[] metric = newArray(1);
        Set<String> present = new HashSet<>();
        Location at = mapping(ptr, "route", ROUTE_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            present.add(k);
            switch (k) {
                case "interfaceAlias" -> alias[0] = string(kp);
                case "destinationPrefix" -> destination[0] = address(kp, true, "a destination prefix");
                case "nextHop" -> nextHop[0] = address(kp, false, "a next hop");
                default -> metric[0] = string(kp);
            }
        });
        if (at == null) {
            return null;
        }
        for (String key : List.of("interfaceAlias", "destinationPrefix", "nextHop")) {
            if (!present.contains(key)) {
                missing(at, ptr, "route has no " + key + " (Add-HcsNetRoute requires -" + capitalize(key) + ")");
            }
        }
        return new KubeRoute(at, alias[0], destination[0], nextHop[0], metric[0]);
    }

    private Service readService(String ptr) {
        Map<String, Located<String>> strings = new HashMap<>();
        Map<String, Located<IPAddress>> addresses = new HashMap<>();
        Location at = mapping(ptr, "service", SERVICE_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            switch (k) {
                case "name", "namespace", "type" -> strings.put(k, string(kp));
                case "loadBalancerIP" -> addresses.put(k, address(kp, false, "a load-balancer IP"));
                default -> addresses.put(k, address(kp, false, "a cluster IP"));
            }
        });
        if (at == null) {
            return null;
        }
        if (!strings.containsKey("name")) {
            missing(at, ptr, "service has no name (CoreDNS publishes services by name)");
        }
        return new Service(at, strings.get("name"), strings.get("namespace"), strings.get("type"),
                addresses.get("loadBalancerIP"), addresses.get("clusterIP"));
    }

    private RequiredNetwork readRequiredNetwork(String ptr) {
        Located<String>[] name = newArray(1);
        Located<IPAddress>[] prefix = newArray(1);
        Set<String> present = new HashSet<>();
        Location at = mapping(ptr, "required network", REQUIRED_NETWORK_KEYS, KeyPolicy.STRICT, (k, ka, kp) -> {
            present.add(k);
            if (k.equals("name")) {
                name[0] = string(kp);
            } else {
                prefix[0] = address(kp, true, "a network prefix");
            }
        });
        if (at == null) {
            return null;
        }
        if (!present.contains("name")) {
            missing(at, ptr, "required network has no name");
        }
        if (!present.contains("prefix")) {
            missing(at, ptr, "required network " + label(name[0]) + "has no prefix");
        }
        return new RequiredNetwork(at, name[0], prefix[0]);
    }

    // ---------------------------------------------------------------- structure

    /**
     * Reads a mapping, handing each key to {@code fields}, which must consume exactly one value node.
     * Returns the mapping's location, or {@code null} when the value is null or not a mapping.
     */
    private Location mapping(String ptr, String what, Set<String> known, KeyPolicy policy, FieldReader fields) {
        Event start = in.next();
        if (isNull(start)) {
            return null;
        }
        if (!(start instanceof MappingStartEvent) || !untagged(start, ptr)) {
            if (!(start instanceof MappingStartEvent)) {
                problem(LoadProblem.INVALID_VALUE, location(start, ptr),
                        what + " must be a mapping, found " + describe(start));
            }
            skipRest(start);
            return null;
        }
        Map<String, Location> seen = new HashMap<>();
        while (!(in.peek() instanceof MappingEndEvent)) {
            Event keyEvent = in.next();
            if (!(keyEvent instanceof ScalarEvent scalar)) {
                problem(LoadProblem.INVALID_VALUE, location(keyEvent, ptr),
                        "a key must be a plain value, found " + describe(keyEvent));
                skipRest(keyEvent);
                skipNode();
                continue;
            }
            String key = scalar.getValue();
            String valuePtr = Location.pointer(ptr, key);
            Location keyAt = location(keyEvent, valuePtr);
            Location first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                problems.add(new LoadProblem(LoadProblem.DUPLICATE_KEY, null, keyAt,
                        "key '" + key + "' appears twice in " + what + "; the first, on line " + first.line()
                                + ", is used", List.of(new Related(first, "first '" + key + "'"))));
                skipNode();
                continue;
            }
            if (TEAM_KEYS.contains(key.toLowerCase(Locale.ROOT)) && ptr.startsWith("/device/network")) {
                teamDeclarations.add(new Located<>(key, keyAt));
                skipNode();
                continue;
            }
            if (!known.contains(key)) {
                if (policy == KeyPolicy.STRICT) {
                    unknown(key, keyAt, known, what);
                } else {
                    nearMiss(key, keyAt, known);
                }
                skipNode();
                continue;
            }
            fields.read(key, keyAt, valuePtr);
        }
        in.next();
        return location(start, ptr);
    }

    private <T> List<T> sequence(String ptr, String what, ElementReader<T> elements) {
        Event start = in.next();
        if (isNull(start)) {
            return List.of();
        }
        if (!(start instanceof SequenceStartEvent) || !untagged(start, ptr)) {
            if (!(start instanceof SequenceStartEvent)) {
                problem(LoadProblem.INVALID_VALUE, location(start, ptr),
                        what + " must be a list, found " + describe(start));
            }
            skipRest(start);
            return List.of();
        }
        List<T> result = new ArrayList<>();
        int index = 0;
        while (!(in.peek() instanceof SequenceEndEvent)) {
            T element = elements.read(Location.pointer(ptr, index++));
            if (element != null) {
                result.add(element);
            }
        }
        in.next();
        return result;
    }

    /** Consumes one node, whatever it is. */
    private void skipNode() {
        skipRest(in.next());
    }

    /** Consumes the rest of a node whose first event was already read. */
    private void skipRest(Event start) {
        if (!(start instanceof CollectionStartEvent)) {
            return;
        }
        int open = 1;
        while (open > 0) {
            Event event = in.next();
            if (event instanceof CollectionStartEvent) {
                open++;
            } else if (event instanceof CollectionEndEvent) {
                open--;
            }
        }
    }

    // ---------------------------------------------------------------- scalars

    /** A scalar read as text; numbers and booleans are accepted as their text. */
    private Located<String> string(String ptr) {
        ScalarEvent scalar = scalar(ptr, "a text value");
        return scalar == null ? null : new Located<>(scalar.getValue(), location(scalar, ptr));
    }

    private Located<Boolean> bool(String ptr) {
        ScalarEvent scalar = scalar(ptr, "true or false");
        if (scalar == null) {
            return null;
        }
        String text = scalar.getValue();
        if (scalar.isPlain() && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return new Located<>(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)), location(scalar, ptr));
        }
        problem(LoadProblem.INVALID_VALUE, location(scalar, ptr), "expected true or false, found " + quote(text));
        return null;
    }

    private Located<Long> integer(String ptr) {
        ScalarEvent scalar = scalar(ptr, "an integer");
        if (scalar == null) {
            return null;
        }
        String text = scalar.getValue().trim();
        if (scalar.isPlain() && text.matches("[-+]?[0-9]+")) {
            try {
                return new Located<>(Long.parseLong(text), location(scalar, ptr));
            } catch (NumberFormatException e) {
                problem(LoadProblem.INVALID_VALUE, location(scalar, ptr), "the number " + abbreviate(text)
                        + " is too large");
                return null;
            }
        }
        problem(LoadProblem.INVALID_VALUE, location(scalar, ptr), "expected an integer, found " + quote(text));
        return null;
    }

    /** An address; with {@code prefixAllowed} also {@code a.b.c.d/len}. */
    private Located<IPAddress> address(String ptr, boolean prefixAllowed, String what) {
        ScalarEvent scalar = scalar(ptr, what);
        if (scalar == null) {
            return null;
        }
        Location at = location(scalar, ptr);
        try {
            IPAddress value = prefixAllowed ? Addresses.parse(scalar.getValue()) : Addresses.parseHost(scalar.getValue());
            return new Located<>(value, at);
        } catch (AddressStringException e) {
            problem(LoadProblem.INVALID_VALUE, at, quote(scalar.getValue()) + " is not " + what + ": "
                    + oneLine(e.getMessage()));
            return null;
        }
    }

    private Located<AddressRange> range(String ptr) {
        ScalarEvent scalar = scalar(ptr, "an address range");
        if (scalar == null) {
            return null;
        }
        Location at = location(scalar, ptr);
        try {
            return new Located<>(AddressRange.parse(scalar.getValue()), at);
        } catch (AddressStringException e) {
            problem(LoadProblem.INVALID_VALUE, at, quote(scalar.getValue())
                    + " is not an address range (start-end, one address, or a prefix): " + oneLine(e.getMessage()));
            return null;
        }
    }

    /** The next node as a scalar; {@code null} (after reporting) when it is null, tagged or a collection. */
    private ScalarEvent scalar(String ptr, String what) {
        Event event = in.next();
        if (isNull(event)) {
            return null;
        }
        if (!(event instanceof ScalarEvent scalar)) {
            problem(LoadProblem.INVALID_VALUE, location(event, ptr), "expected " + what + ", found " + describe(event));
            skipRest(event);
            return null;
        }
        if (!untagged(event, ptr)) {
            return null;
        }
        return scalar;
    }

    /** Reports an explicit tag: netlint reads plain values, and never constructs anything from a tag. */
    private boolean untagged(Event event, String ptr) {
        String tag = tagOf(event);
        if (tag == null) {
            return true;
        }
        problem(LoadProblem.INVALID_VALUE, location(event, ptr), "tag " + abbreviate(tag)
                + " is not allowed: netlint reads plain values only");
        return false;
    }

    private static String tagOf(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getImplicit().canOmitTagInPlainScalar() || scalar.getImplicit().canOmitTagInNonPlainScalar()
                    ? null : scalar.getTag();
        }
        if (event instanceof CollectionStartEvent collection) {
            return collection.getImplicit() ? null : collection.getTag();
        }
        return null;
    }

    private static boolean isNull(Event event) {
        if (event instanceof ScalarEvent scalar && scalar.isPlain() && tagOf(event) == null) {
            String v = scalar.getValue();
            return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null");
        }
        return false;
    }

    // ---------------------------------------------------------------- problems

    private void unknown(String key, Location at, Set<String> known, String what) {
        String closest = Spelling.closest(key, known);
        problem(LoadProblem.UNKNOWN_KEY, at, "unknown key '" + abbreviate(key) + "' in " + what
                + (closest == null ? "" : "; did you mean '" + closest + "'?"));
    }

    private void nearMiss(String key, Location at, Set<String> known) {
        String closest = Spelling.closest(key, known);
        if (closest != null && Spelling.distance(key, closest) <= 2) {
            problem(LoadProblem.UNKNOWN_KEY, at, "unknown key '" + abbreviate(key) + "'; did you mean '" + closest + "'?");
        }
    }

    private void missing(Location mappingAt, String ptr, String message) {
        problem(LoadProblem.MISSING_VALUE, mappingAt, message);
    }

    private void problem(String rule, Location at, String message) {
        problems.add(new LoadProblem(rule, at, message));
    }

    private Location location(Event event, String ptr) {
        Mark mark = event.getStartMark();
        return new Location(source.path(), mark.getLine() + 1, mark.getColumn() + 1, ptr);
    }

    private static String describe(Event event) {
        if (event instanceof MappingStartEvent) {
            return "a mapping";
        }
        if (event instanceof SequenceStartEvent) {
            return "a list";
        }
        if (event instanceof ScalarEvent scalar) {
            return quote(scalar.getValue());
        }
        if (event instanceof NodeEvent) {
            return "an alias";
        }
        return "nothing";
    }

    private static String label(Located<String> name) {
        return name == null ? "" : "'" + name.value() + "' ";
    }

    private static String quote(String text) {
        return "'" + abbreviate(text) + "'";
    }

    static String abbreviate(String text) {
        String flat = oneLine(text);
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static String capitalize(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static <T> Located<T>[] newArray(int size) {
        return (Located<T>[]) new Located<?>[size];
    }
}
