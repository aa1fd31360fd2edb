package dev.netlint.core.load;

import dev.netlint.core.load.FileContent.DevicePart;
import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.JsonPointer;
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
import inet.ipaddr.IncompatibleAddressException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one config file, JSON or YAML, from snakeyaml's parse events straight into the model, in one
 * pass. The schema is in the code: each reader knows the type it expects, so no tag resolution happens,
 * nothing is ever constructed from a tag, and every value keeps its line, column and JSON pointer.
 * Problems become {@link LoadProblem}s. A syntax error or a passed limit stops the file; the file then
 * declares nothing (a half-read device would make the rules report things that are not there), unless
 * the error comes after its one document was read completely.
 */
final class ConfigReader {

    /** Keys under {@code device} that we model or that the vendor's export has. */
    /**
     * Keys under {@code device}: what {@code Get-DeviceConfiguration} exports, and the declarations that
     * {@code New-Package} / {@code Set-DeviceConfiguration} take (activation, certificates, password) and
     * the virtual IPs of {@code Set-DeviceVip}.
     */
    private static final Set<String> DEVICE_KEYS = Set.of("deviceInfo", "deviceEndpoint", "encryptionAtRestKeys",
            "network", "time", "update", "webProxy", "activation", "certificates", "password", "vip");
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
    private static final Set<String> VSWITCH_KEYS = Set.of("name", "interfaceName", "interfaces", "type",
            "enabledForCompute",
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
    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    /** Whether unknown keys of a mapping are all reported, or only near misses of known ones (SPEC §2.1). */
    private enum KeyPolicy { STRICT, NEAR_MISS }

    /** The address family a value must have. */
    private enum Family { ANY, V4, V6 }

    /** Reads the value of one known key; must consume exactly one node. */
    @FunctionalInterface
    private interface FieldReader {
        void read(String key, JsonPointer pointer);
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonPointer pointer);
    }

    private final SourceFile source;
    private final LoadLimits limits;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<Located<String>> teamDeclarations = new ArrayList<>();
    /** Addresses parsed so far, by text: next hops and masks repeat thousands of times in a big file. */
    private final Map<String, IPAddress> parsed = new HashMap<>();
    /**
     * One instance per key text: the pointers of the values keep their keys, and snakeyaml makes a new
     * string for each of the 400,000 keys of a device with 100,000 routes.
     */
    private final Map<String, String> keys = new HashMap<>();
    private EventStream in;
    private ScalarEvent currentKey;
    private Location deviceKey;
    private DevicePart device;
    private Location kubernetesKey;
    private Kubernetes kubernetes;

    private ConfigReader(SourceFile source, LoadLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** Reads a file's decoded text; never throws for bad content. */
    static FileContent read(SourceFile source, LoadLimits limits) {
        return new ConfigReader(source, limits).read();
    }

    private FileContent read() {
        LookAhead.Stretch stretch = LookAhead.firstOver(source.text(), limits.maxTokenChars());
        if (stretch != null) {
            problem(LoadProblem.PARSE_ERROR, new Location(source.path(), stretch.line(), stretch.column(), ""),
                    tooLong(stretch));
            return content();
        }
        boolean rootRead = false;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            in = new EventStream(new ParserImpl(new StreamReader(new StringReader(parserText())), options), limits);
            in.next(); // stream start
            if (in.peek() instanceof StreamEndEvent) {
                skipped("the file is empty");
                return content();
            }
            in.next(); // document start
            in.newDocument();
            readRoot();
            rootRead = true;
            in.next(); // document end
            Event after = in.peek();
            if (after instanceof DocumentStartEvent) {
                problem(LoadProblem.PARSE_ERROR, location(after, JsonPointer.ROOT), "a second YAML document starts"
                        + " here; a config file holds exactly one document, and the rest of the file is not read");
            }
        } catch (MarkedYAMLException e) {
            // What was read before the syntax error is an artefact of it; the error alone is the finding.
            problems.clear();
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            if (e.getContext() != null) {
                message = oneLine(e.getContext()) + ": " + message;
            }
            fail(rootRead, mark == null ? Location.ofFile(source.path())
                    : new Location(source.path(), mark.getLine() + 1, mark.getColumn() + 1, ""), message);
        } catch (ReaderException e) {
            fail(rootRead, locationOfCodePoint(e.getPosition()), String.format(Locale.ROOT,
                    "the character U+%04X is not allowed in YAML or JSON (binary content?)", e.getCodePoint()));
        } catch (EventStream.LimitExceeded e) {
            fail(rootRead, e.at() == null ? Location.ofFile(source.path()) : location(e.at(), JsonPointer.ROOT),
                    e.getMessage());
        } catch (YAMLException e) {
            fail(rootRead, Location.ofFile(source.path()), oneLine(e.getMessage()));
        }
        return content();
    }

    /**
     * The text snakeyaml reads. JSON allows tabs between tokens and YAML does not allow them as
     * indentation, so snakeyaml refuses a JSON file indented with tabs ({@code jq --tab}, many editors);
     * in a {@code .json} file each tab outside a string is read as a space. One character for one, so
     * every line and column stays where it is; the findings still show the file as written.
     */
    private String parserText() {
        String text = source.text();
        if (text.indexOf('\t') < 0 || !source.path().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return text;
        }
        char[] chars = text.toCharArray();
        boolean inString = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == '\t' && !inString) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private FileContent content() {
        return new FileContent(source, deviceKey, device, kubernetesKey, kubernetes, List.copyOf(problems));
    }

    /** Records a parse error; before the document was read completely, the file declares nothing. */
    private void fail(boolean rootRead, Location at, String message) {
        problem(LoadProblem.PARSE_ERROR, at, message);
        if (!rootRead) {
            deviceKey = null;
            device = null;
            kubernetesKey = null;
            kubernetes = null;
        }
    }

    private String tooLong(LookAhead.Stretch stretch) {
        return stretch.json()
                ? String.format(Locale.ROOT, "a value or run of spaces of %,d characters starts here; netlint reads"
                        + " at most %,d characters without a break", stretch.length(), limits.maxTokenChars())
                : String.format(Locale.ROOT, "line %d holds %,d characters; netlint reads YAML lines of at most %,d"
                        + " characters", stretch.line(), stretch.length(), limits.maxTokenChars());
    }

    private void skipped(String why) {
        problems.add(new LoadProblem(LoadProblem.UNKNOWN_KEY, Severity.INFO, Location.ofFile(source.path()),
                why + "; it has neither a 'device' nor a 'kubernetes' root key and is skipped", List.of()));
    }

    private void readRoot() {
        Event root = in.peek();
        if (isNull(root)) {
            in.next();
            skipped("the file is empty");
            return;
        }
        if (!(root instanceof MappingStartEvent)) {
            skipNode();
            skipped("the file holds " + describe(root) + ", not a mapping");
            return;
        }
        Location at = mapping(JsonPointer.ROOT, "the file", ROOT_KEYS, KeyPolicy.NEAR_MISS, (key, ptr) -> {
            if (key.equals("device")) {
                deviceKey = keyLocation(ptr);
                device = readDevice(ptr);
            } else {
                kubernetesKey = keyLocation(ptr);
                kubernetes = readKubernetes(ptr);
            }
        });
        if (at != null && deviceKey == null && kubernetesKey == null) {
            skipped("the file's root mapping has no such key");
        }
    }

    // ---------------------------------------------------------------- device

    private DevicePart readDevice(JsonPointer ptr) {
        List<NodeInfo> nodes = new ArrayList<>();
        List<NetInterface> interfaces = new ArrayList<>();
        List<VSwitch> vSwitches = new ArrayList<>();
        List<VirtualNetwork> virtualNetworks = new ArrayList<>();
        WebProxy[] proxy = {null};
        Located<String>[] dnsDomain = newArray(1);
        Location at = mapping(ptr, "device", DEVICE_KEYS, KeyPolicy.NEAR_MISS, (key, p) -> {
            switch (key) {
                case "deviceInfo" -> mapping(p, key, DEVICE_INFO_KEYS, KeyPolicy.NEAR_MISS, (k, kp) -> {
                    if (k.equals("nodes")) {
                        nodes.addAll(sequence(kp, k, this::readNode));
                    } else {
                        skipNode();
                    }
                });
                case "deviceEndpoint" -> mapping(p, key, ENDPOINT_KEYS, KeyPolicy.NEAR_MISS, (k, kp) -> {
                    if (k.equals("dnsDomain")) {
                        dnsDomain[0] = string(kp);
                    } else {
                        skipNode();
                    }
                });
                case "network" -> mapping(p, key, NETWORK_KEYS, KeyPolicy.STRICT, (k, kp) -> {
                    switch (k) {
                        case "interfaces" -> interfaces.addAll(sequence(kp, k, this::readInterface));
                        case "vSwitches" -> vSwitches.addAll(sequence(kp, k, this::readVSwitch));
                        case "virtualNetworks" -> virtualNetworks.addAll(sequence(kp, k, this::readVirtualNetwork));
                        default -> skipNode();
                    }
                });
                case "webProxy" -> proxy[0] = readWebProxy(p);
                case "time" -> mapping(p, key, TIME_KEYS, KeyPolicy.NEAR_MISS, (k, kp) -> skipNode());
                case "update" -> mapping(p, key, UPDATE_KEYS, KeyPolicy.NEAR_MISS, (k, kp) -> skipNode());
                default -> skipNode();
            }
        });
        if (at == null) {
            return DevicePart.empty();
        }
        return new DevicePart(nodes, interfaces, vSwitches, virtualNetworks, proxy[0], dnsDomain[0],
                List.copyOf(teamDeclarations));
    }

    private NodeInfo readNode(JsonPointer ptr) {
        Map<String, Located<String>> values = new HashMap<>(4);
        Location at = mapping(ptr, "node", NODE_KEYS, KeyPolicy.NEAR_MISS, (k, kp) -> values.put(k, string(kp)));
        return at == null ? null : new NodeInfo(at, values.get("id"), values.get("name"));
    }

    private NetInterface readInterface(JsonPointer ptr) {
        Map<String, Located<String>> strings = new HashMap<>(8);
        Located<Boolean>[] dhcp = newArray(1);
        Ipv4Config[] v4 = {null};
        Ipv6Config[] v6 = {null};
        List<Located<IPAddress>> dns = new ArrayList<>(2);
        Located<Integer>[] routes = newArray(1);
        Location at = mapping(ptr, "interface", INTERFACE_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "name", "nodeName", "nodeId", "dnsSuffix", "ipConfigType" -> strings.put(k, string(kp));
                case "isDhcpEnabled" -> dhcp[0] = bool(kp);
                case "iPv4" -> v4[0] = readIpv4(kp);
                case "iPv6" -> v6[0] = readIpv6(kp);
                case "dnsServerAddresses" -> dns.addAll(sequence(kp, k,
                        p -> address(p, false, Family.ANY, "a DNS server address")));
                default -> routes[0] = hostRoutes(kp);
            }
        });
        if (at == null) {
            return null;
        }
        return new NetInterface(at, strings.get("name"), strings.get("nodeName"), strings.get("nodeId"), dhcp[0],
                v4[0], v6[0], dns, strings.get("dnsSuffix"), routes[0]);
    }

    /** {@code routes} of a host interface: only whether there are any matters (there must be none). */
    private Located<Integer> hostRoutes(JsonPointer ptr) {
        Event start = in.peek();
        List<Boolean> entries = sequence(ptr, "routes", p -> {
            skipNode();
            return Boolean.TRUE;
        });
        return entries.isEmpty() ? null : new Located<>(entries.size(), location(start, ptr));
    }

    private Ipv4Config readIpv4(JsonPointer ptr) {
        Map<String, Located<IPAddress>> values = new HashMap<>(4);
        Location at = mapping(ptr, "iPv4", IPV4_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "address" -> values.put(k, address(kp, true, Family.V4, "an IPv4 address"));
                case "subnetMask" -> values.put(k, address(kp, false, Family.V4, "a subnet mask"));
                default -> values.put(k, address(kp, false, Family.V4, "an IPv4 gateway"));
            }
        });
        return at == null ? null : new Ipv4Config(at, values.get("address"), values.get("subnetMask"),
                values.get("gateway"));
    }

    private Ipv6Config readIpv6(JsonPointer ptr) {
        Map<String, Located<IPAddress>> values = new HashMap<>(4);
        Located<Long>[] prefix = newArray(1);
        Location at = mapping(ptr, "iPv6", IPV6_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "address" -> values.put(k, address(kp, true, Family.V6, "an IPv6 address"));
                case "prefixLength" -> prefix[0] = integer(kp);
                default -> values.put(k, address(kp, false, Family.V6, "an IPv6 gateway"));
            }
        });
        return at == null ? null : new Ipv6Config(at, values.get("address"), prefix[0], values.get("gateway"));
    }

    private VSwitch readVSwitch(JsonPointer ptr) {
        Map<String, Located<String>> strings = new HashMap<>(4);
        Map<String, Located<Boolean>> flags = new HashMap<>(8);
        List<Located<String>> ports = new ArrayList<>(1);
        Located<Long>[] mtu = newArray(1);
        List<Pool> pools = new ArrayList<>(2);
        boolean[] hasPort = {false};
        Location at = mapping(ptr, "vSwitch", VSWITCH_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "name", "type" -> strings.put(k, string(kp));
                case "interfaceName", "interfaces" -> {
                    hasPort[0] |= !absent(in.peek());
                    ports.addAll(portList(kp, k));
                }
                case "enabledForCompute", "enabledForStorage", "enabledForMgmt", "supportsAcceleratedNetworking",
                        "enableEmbeddedTeaming" -> flags.put(k, bool(kp));
                case "mtu" -> mtu[0] = integer(kp);
                default -> pools.addAll(sequence(kp, k, this::readPool));
            }
        });
        if (at == null) {
            return null;
        }
        if (!hasPort[0]) {
            missing(at, "vSwitch " + label(strings.get("name")) + "has no interfaceName (or interfaces, as device"
                    + " software 2312 and later writes it): it is bound to no port");
        }
        return new VSwitch(at, strings.get("name"), ports, strings.get("type"), flags.get("enabledForCompute"),
                flags.get("enableEmbeddedTeaming"), mtu[0], pools);
    }

    /**
     * {@code interfaceName}: one port, a comma-separated list, or a sequence of ports (teaming); or
     * {@code interfaces}, the list that device software 2312 and later writes instead.
     */
    private List<Located<String>> portList(JsonPointer ptr, String key) {
        if (in.peek() instanceof SequenceStartEvent) {
            return sequence(ptr, key, this::string);
        }
        Located<String> value = string(ptr);
        if (value == null) {
            return List.of();
        }
        if (value.value().indexOf(',') < 0) {
            return value.value().isBlank() ? List.of() : List.of(new Located<>(value.value().trim(), value.location()));
        }
        List<Located<String>> ports = new ArrayList<>();
        for (String part : value.value().split(",")) {
            if (!part.isBlank()) {
                ports.add(new Located<>(part.trim(), value.location()));
            }
        }
        return ports;
    }

    private Pool readPool(JsonPointer ptr) {
        Located<String>[] name = newArray(1);
        Located<AddressRange>[] range = newArray(1);
        boolean[] has = new boolean[2];
        Location at = mapping(ptr, "pool", POOL_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            if (k.equals("name")) {
                has[0] = !absent(in.peek());
                name[0] = string(kp);
            } else {
                has[1] = !absent(in.peek());
                range[0] = range(kp);
            }
        });
        if (at == null) {
            return null;
        }
        if (!has[0]) {
            missing(at, "pool " + (range[0] == null ? "" : range[0].value().text() + " ") + "has no name");
        }
        if (!has[1]) {
            missing(at, "pool " + label(name[0]) + "has no ipAddressRange");
        }
        return new Pool(at, name[0], range[0]);
    }

    private VirtualNetwork readVirtualNetwork(JsonPointer ptr) {
        Map<String, Located<String>> strings = new HashMap<>(4);
        Map<String, Located<IPAddress>> addresses = new HashMap<>(4);
        Located<Long>[] vlan = newArray(1);
        Located<Boolean>[] kubernetesFlag = newArray(1);
        List<Pool> pools = new ArrayList<>(1);
        Location at = mapping(ptr, "virtual network", VNET_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "name", "vSwitchName" -> strings.put(k, string(kp));
                case "vlanId" -> vlan[0] = integer(kp);
                case "subnetMask" -> addresses.put(k, address(kp, false, Family.V4, "a subnet mask"));
                case "gateway" -> addresses.put(k, address(kp, false, Family.ANY, "a gateway"));
                case "network" -> addresses.put(k, address(kp, true, Family.ANY, "a network prefix"));
                case "enabledForKubernetes" -> kubernetesFlag[0] = bool(kp);
                default -> pools.addAll(sequence(kp, k, this::readPool));
            }
        });
        return at == null ? null : new VirtualNetwork(at, strings.get("name"), strings.get("vSwitchName"), vlan[0],
                addresses.get("subnetMask"), addresses.get("gateway"), addresses.get("network"), kubernetesFlag[0],
                pools);
    }

    private WebProxy readWebProxy(JsonPointer ptr) {
        Located<Boolean>[] enabled = newArray(1);
        Located<String>[] uri = newArray(1);
        Location at = mapping(ptr, "webProxy", PROXY_KEYS, KeyPolicy.NEAR_MISS, (k, kp) -> {
            switch (k) {
                case "isEnabled" -> enabled[0] = bool(kp);
                case "connectionURI" -> uri[0] = string(kp);
                default -> skipNode();
            }
        });
        return at == null ? null : new WebProxy(at, enabled[0], uri[0]);
    }

    // ---------------------------------------------------------------- kubernetes

    private Kubernetes readKubernetes(JsonPointer ptr) {
        Located<IPAddress>[] pods = newArray(1);
        Located<IPAddress>[] services = newArray(1);
        List<KubeRoute> routes = new ArrayList<>();
        List<Service> serviceList = new ArrayList<>();
        List<RequiredNetwork> required = new ArrayList<>();
        Location at = mapping(ptr, "kubernetes", KUBERNETES_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "podSubnet" -> pods[0] = prefix(kp, "a pod subnet prefix");
                case "serviceSubnet" -> services[0] = prefix(kp, "a service subnet prefix");
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

    private KubeRoute readRoute(JsonPointer ptr) {
        Located<String>[] alias = newArray(1);
        Located<IPAddress>[] destination = newArray(1);
        Located<IPAddress>[] nextHop = newArray(1);
        Located<String>[] metric = newArray(1);
        boolean[] has = new boolean[3];
        Location at = mapping(ptr, "route", ROUTE_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "interfaceAlias" -> {
                    has[0] = !absent(in.peek());
                    alias[0] = string(kp);
                }
                case "destinationPrefix" -> {
                    has[1] = !absent(in.peek());
                    destination[0] = address(kp, true, Family.ANY, "a destination prefix");
                }
                case "nextHop" -> {
                    has[2] = !absent(in.peek());
                    nextHop[0] = address(kp, false, Family.ANY, "a next hop address");
                }
                default -> metric[0] = string(kp);
            }
        });
        if (at == null) {
            return null;
        }
        String[] keys = {"interfaceAlias", "destinationPrefix", "nextHop"};
        for (int i = 0; i < keys.length; i++) {
            if (!has[i]) {
                missing(at, "route has no " + keys[i] + " (Add-HcsNetRoute requires -" + capitalize(keys[i]) + ")");
            }
        }
        return new KubeRoute(at, alias[0], destination[0], nextHop[0], metric[0]);
    }

    private Service readService(JsonPointer ptr) {
        Map<String, Located<String>> strings = new HashMap<>(4);
        Map<String, Located<IPAddress>> addresses = new HashMap<>(2);
        boolean[] hasName = {false};
        Location at = mapping(ptr, "service", SERVICE_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            switch (k) {
                case "name", "namespace", "type" -> {
                    if (k.equals("name")) {
                        hasName[0] = !absent(in.peek());
                    }
                    strings.put(k, string(kp));
                }
                case "loadBalancerIP" -> addresses.put(k, address(kp, false, Family.ANY, "a load-balancer IP"));
                default -> {
                    if (isHeadless(in.peek())) {
                        skipNode();
                    } else {
                        addresses.put(k, address(kp, false, Family.ANY, "a cluster IP"));
                    }
                }
            }
        });
        if (at == null) {
            return null;
        }
        if (!hasName[0]) {
            missing(at, "service has no name (CoreDNS publishes services by name)");
        }
        return new Service(at, strings.get("name"), strings.get("namespace"), strings.get("type"),
                addresses.get("loadBalancerIP"), addresses.get("clusterIP"));
    }

    private RequiredNetwork readRequiredNetwork(JsonPointer ptr) {
        Located<String>[] name = newArray(1);
        Located<IPAddress>[] prefix = newArray(1);
        boolean[] has = new boolean[2];
        Location at = mapping(ptr, "required network", REQUIRED_NETWORK_KEYS, KeyPolicy.STRICT, (k, kp) -> {
            if (k.equals("name")) {
                has[0] = !absent(in.peek());
                name[0] = string(kp);
            } else {
                has[1] = !absent(in.peek());
                prefix[0] = address(kp, true, Family.ANY, "a network prefix");
            }
        });
        if (at == null) {
            return null;
        }
        if (!has[0]) {
            missing(at, "required network has no name");
        }
        if (!has[1]) {
            missing(at, "required network " + label(name[0]) + "has no prefix");
        }
        return new RequiredNetwork(at, name[0], prefix[0]);
    }

    // ---------------------------------------------------------------- structure

    /**
     * Reads a mapping, handing the value of each known key to {@code fields}. Returns the mapping's
     * location, or {@code null} when the value is null or not a mapping (reported).
     */
    private Location mapping(JsonPointer ptr, String what, Set<String> known, KeyPolicy policy, FieldReader fields) {
        Event start = in.next();
        if (isNull(start)) {
            return null;
        }
        if (!(start instanceof MappingStartEvent)) {
            problem(LoadProblem.INVALID_VALUE, location(start, ptr),
                    what + " must be a mapping, found " + describe(start));
            skipRest(start);
            return null;
        }
        if (!untagged(start, ptr)) {
            skipRest(start);
            return null;
        }
        Location at = location(start, ptr);
        Keys seen = new Keys();
        while (!(in.peek() instanceof MappingEndEvent)) {
            Event keyEvent = in.next();
            if (!(keyEvent instanceof ScalarEvent scalar)) {
                problem(LoadProblem.INVALID_VALUE, location(keyEvent, ptr),
                        "a key must be a plain value, found " + describe(keyEvent) + " as a key in " + what);
                skipRest(keyEvent);
                skipNode();
                continue;
            }
            String key = canonical(scalar.getValue());
            JsonPointer valuePtr = ptr.child(key);
            ScalarEvent first = seen.add(key, scalar);
            if (first != null) {
                Location firstAt = location(first, valuePtr);
                problems.add(new LoadProblem(LoadProblem.DUPLICATE_KEY, null, location(scalar, valuePtr),
                        "key '" + abbreviate(key) + "' appears twice in " + what + "; the first, on line "
                                + firstAt.line() + ", is the one read",
                        List.of(new Related(firstAt, "first '" + abbreviate(key) + "'"))));
                skipNode();
                continue;
            }
            if (!known.contains(key)) {
                if (ptr.toString().startsWith("/device/network") && TEAM_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                    teamDeclarations.add(new Located<>(key, location(scalar, valuePtr)));
                } else if (policy == KeyPolicy.STRICT) {
                    unknown(key, location(scalar, valuePtr), known, what);
                } else {
                    nearMiss(key, location(scalar, valuePtr), known, what);
                }
                skipNode();
                continue;
            }
            currentKey = scalar;
            fields.read(key, valuePtr);
        }
        in.next();
        return at;
    }

    /** The one instance of a key's text; at most 10,000 texts are kept (a hostile file may have millions). */
    private String canonical(String key) {
        String known = keys.get(key);
        if (known != null) {
            return known;
        }
        if (keys.size() < 10_000) {
            keys.put(key, key);
        }
        return key;
    }

    /** Where the key whose value is being read stands. */
    private Location keyLocation(JsonPointer ptr) {
        return location(currentKey, ptr);
    }

    private <T> List<T> sequence(JsonPointer ptr, String what, ElementReader<T> elements) {
        Event start = in.next();
        if (isNull(start)) {
            return List.of();
        }
        if (!(start instanceof SequenceStartEvent)) {
            problem(LoadProblem.INVALID_VALUE, location(start, ptr), what + " must be a list, found " + describe(start));
            skipRest(start);
            return List.of();
        }
        if (!untagged(start, ptr)) {
            skipRest(start);
            return List.of();
        }
        List<T> result = new ArrayList<>();
        int index = 0;
        while (!(in.peek() instanceof SequenceEndEvent)) {
            T element = elements.read(ptr.child(index++));
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

    /** The keys of one mapping so far; most mappings have a handful, so a short array beats hashing. */
    private static final class Keys {

        private String[] names = new String[8];
        private ScalarEvent[] events = new ScalarEvent[8];
        private int size;
        private Map<String, ScalarEvent> many;

        /** Adds a key; returns the earlier event of the same key, or {@code null}. */
        ScalarEvent add(String key, ScalarEvent event) {
            if (many != null) {
                return many.putIfAbsent(key, event);
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(key)) {
                    return events[i];
                }
            }
            if (size == names.length) {
                many = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    many.put(names[i], events[i]);
                }
                many.put(key, event);
                names = null;
                events = null;
                return null;
            }
            names[size] = key;
            events[size++] = event;
            return null;
        }
    }

    // ---------------------------------------------------------------- scalars

    /** A scalar read as text; numbers and booleans are accepted as their text. */
    private Located<String> string(JsonPointer ptr) {
        ScalarEvent scalar = scalar(ptr, "a text value");
        return scalar == null ? null : new Located<>(scalar.getValue(), location(scalar, ptr));
    }

    private Located<Boolean> bool(JsonPointer ptr) {
        ScalarEvent scalar = scalar(ptr, "true or false");
        if (scalar == null) {
            return null;
        }
        String text = scalar.getValue();
        if (scalar.isPlain()) {
            if (text.equalsIgnoreCase("true")) {
                return new Located<>(Boolean.TRUE, location(scalar, ptr));
            }
            if (text.equalsIgnoreCase("false")) {
                return new Located<>(Boolean.FALSE, location(scalar, ptr));
            }
        }
        problem(LoadProblem.INVALID_VALUE, location(scalar, ptr), "expected true or false, found " + shown(scalar));
        return null;
    }

    /** A plain decimal integer, read without regular expressions or exceptions. */
    private Located<Long> integer(JsonPointer ptr) {
        ScalarEvent scalar = scalar(ptr, "an integer");
        if (scalar == null) {
            return null;
        }
        String text = scalar.getValue();
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        boolean digits = scalar.isPlain() && i < n;
        long value = 0;
        boolean overflow = false;
        for (; digits && i < n; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                digits = false;
            } else if (value > (Long.MAX_VALUE - d) / 10) {
                overflow = true;
            } else {
                value = value * 10 + d;
            }
        }
        if (!digits) {
            problem(LoadProblem.INVALID_VALUE, location(scalar, ptr), "expected an integer, found " + shown(scalar));
            return null;
        }
        if (overflow) {
            problem(LoadProblem.INVALID_VALUE, location(scalar, ptr), "the number " + abbreviate(text)
                    + " is too large for any setting");
            return null;
        }
        return new Located<>(text.charAt(0) == '-' ? -value : value, location(scalar, ptr));
    }

    /**
     * An address of the given family; with {@code prefixAllowed} also {@code a.b.c.d/len}. An empty string
     * counts as no value, as PowerShell exports write it.
     */
    private Located<IPAddress> address(JsonPointer ptr, boolean prefixAllowed, Family family, String what) {
        ScalarEvent scalar = scalar(ptr, what);
        if (scalar == null || scalar.getValue().isBlank()) {
            return null;
        }
        Location at = location(scalar, ptr);
        String text = scalar.getValue();
        IPAddress value = parsed.get(text);
        if (value == null) {
            try {
                value = Addresses.parse(text);
            } catch (AddressStringException | IncompatibleAddressException e) {
                problem(LoadProblem.INVALID_VALUE, at, quote(text) + " is not " + what + ": " + reason(e));
                return null;
            }
            if (parsed.size() < 10_000) {
                parsed.put(text, value);
            }
        }
        if (!prefixAllowed && value.isPrefixed()) {
            problem(LoadProblem.INVALID_VALUE, at, quote(text) + " is not " + what + ": it has a prefix length where"
                    + " one address is expected");
            return null;
        }
        if (family == Family.V4 && !value.isIPv4() || family == Family.V6 && !value.isIPv6()) {
            problem(LoadProblem.INVALID_VALUE, at, quote(text) + " is an " + (value.isIPv4() ? "IPv4" : "IPv6")
                    + " address where " + what + " is expected");
            return null;
        }
        return new Located<>(value, at);
    }

    /** {@code clusterIP: None} declares a headless service: it asks for no address. */
    private static boolean isHeadless(Event event) {
        return event instanceof ScalarEvent scalar && scalar.getValue().equals("None");
    }

    /** A subnet: an address with its prefix length, which a cluster CIDR cannot do without. */
    private Located<IPAddress> prefix(JsonPointer ptr, String what) {
        Located<IPAddress> value = address(ptr, true, Family.ANY, what);
        if (value != null && !value.value().isPrefixed()) {
            problem(LoadProblem.INVALID_VALUE, value.location(), quote(value.value().toCanonicalString()) + " is not "
                    + what + ": it needs a prefix length, such as " + value.value().toCanonicalString() + "/16");
            return null;
        }
        return value;
    }

    private Located<AddressRange> range(JsonPointer ptr) {
        ScalarEvent scalar = scalar(ptr, "an address range");
        if (scalar == null || scalar.getValue().isBlank()) {
            return null;
        }
        Location at = location(scalar, ptr);
        try {
            return new Located<>(AddressRange.parse(scalar.getValue()), at);
        } catch (AddressStringException | IncompatibleAddressException e) {
            problem(LoadProblem.INVALID_VALUE, at, quote(scalar.getValue())
                    + " is not an address range (start-end, one address, or a prefix): " + reason(e));
            return null;
        }
    }

    /** The next node as a scalar; {@code null} (after reporting) when it is null, tagged or a collection. */
    private ScalarEvent scalar(JsonPointer ptr, String what) {
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
    private boolean untagged(Event event, JsonPointer ptr) {
        String tag = tagOf(event);
        if (tag == null) {
            return true;
        }
        problem(LoadProblem.INVALID_VALUE, location(event, ptr), "the tag " + abbreviate(shortTag(tag))
                + " is not allowed: netlint reads plain values and never builds objects from tags");
        return false;
    }

    /** The explicit tag of a node, {@code null} when it has none (or only the non-specific {@code !}). */
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

    private static String shortTag(String tag) {
        return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
    }

    private static boolean isNull(Event event) {
        if (event instanceof ScalarEvent scalar && scalar.isPlain() && tagOf(event) == null) {
            String v = scalar.getValue();
            return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null");
        }
        return false;
    }

    /** A value that counts as not given: null, or an empty string. */
    private static boolean absent(Event event) {
        return isNull(event) || event instanceof ScalarEvent scalar && tagOf(event) == null
                && scalar.getValue().isBlank();
    }

    // ---------------------------------------------------------------- problems

    private void unknown(String key, Location at, Set<String> known, String what) {
        String closest = Spelling.closest(key, known);
        problem(LoadProblem.UNKNOWN_KEY, at, "unknown key '" + abbreviate(key) + "' in " + what
                + (closest != null ? "; did you mean '" + closest + "'?"
                        : "; the keys of " + what + " are " + String.join(", ", new TreeSet<>(known))));
    }

    private void nearMiss(String key, Location at, Set<String> known, String what) {
        String closest = Spelling.closest(key, known);
        if (closest != null && Spelling.distance(key, closest) <= 2) {
            problem(LoadProblem.UNKNOWN_KEY, at, "unknown key '" + abbreviate(key) + "' in " + what + "; did you mean '"
                    + closest + "'?");
        }
    }

    private void missing(Location entry, String message) {
        problem(LoadProblem.MISSING_VALUE, entry, message);
    }

    private void problem(String rule, Location at, String message) {
        problems.add(new LoadProblem(rule, at, message));
    }

    private Location location(Event event, JsonPointer ptr) {
        Mark mark = event.getStartMark();
        return new Location(source.path(), mark.getLine() + 1, mark.getColumn() + 1, ptr);
    }

    /** The location of the {@code index}-th code point of the text, for errors that carry only that. */
    private Location locationOfCodePoint(int index) {
        String text = source.text();
        int offset;
        try {
            offset = text.offsetByCodePoints(0, Math.max(0, index));
        } catch (IndexOutOfBoundsException e) {
            offset = text.length();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(source.path(), line, text.codePointCount(lineStart, offset) + 1, "");
    }

    private static String describe(Event event) {
        if (event instanceof MappingStartEvent) {
            return "a mapping";
        }
        if (event instanceof SequenceStartEvent) {
            return "a list";
        }
        if (event instanceof ScalarEvent scalar) {
            return shown(scalar);
        }
        return "nothing";
    }

    /** A scalar as the user wrote it: quoted text shows its quotes, so {@code "true"} reads as a string. */
    private static String shown(ScalarEvent scalar) {
        return scalar.isPlain() ? quote(scalar.getValue()) : "the quoted text \"" + abbreviate(scalar.getValue()) + "\"";
    }

    /** IPAddress's reason, without the input it repeats. */
    private static String reason(Exception e) {
        String text = oneLine(e.getMessage());
        int at = text.indexOf("IP Address error: ");
        return at >= 0 ? text.substring(at + "IP Address error: ".length()) : text;
    }

    private static String label(Located<String> name) {
        return name == null ? "" : "'" + abbreviate(name.value()) + "' ";
    }

    private static String quote(String text) {
        return "'" + abbreviate(text) + "'";
    }

    static String abbreviate(String text) {
        String flat = oneLine(text);
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    /** The text on one line with runs of white space as one space; only used on the error path. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String head = text.length() > 10_000 ? text.substring(0, 10_000) : text;
        return head.replaceAll("\\s+", " ").trim();
    }

    private static String capitalize(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static <T> Located<T>[] newArray(int size) {
        return (Located<T>[]) new Located<?>[size];
    }
}
