package dev.netlint.core.report;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.Service;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.DeviceContext;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTML report draws of one device: each compute subnet as a bar with the pools, interface
 * addresses, gateways, DNS servers, load-balancer IPs and route next hops inside it; what lies outside
 * it; the cluster's subnets; the routes; and each required network with how it is reached. Every part
 * is an {@link Element} that findings can mark. Lists are cut at {@value #MAX_ROWS} rows and the bars at
 * {@value #MAX_POINTS} addresses, so that a device with a hundred thousand routes still gives a page a
 * browser opens.
 */
final class Picture {

    static final int MAX_ROWS = 500;
    static final int MAX_POINTS = 2_000;

    /** The kinds of element, each drawn with a shape or pattern of its own and named in its label. */
    enum Kind {
        NODE_POOL("node pool"), SERVICE_POOL("service pool"), POOL("pool"), INTERFACE("interface"),
        GATEWAY("gateway"), DNS("DNS server"), LOAD_BALANCER("load-balancer IP"), NEXT_HOP("next hop"),
        NETWORK("required network"), ROUTE("route"), CLUSTER_SUBNET("cluster subnet");

        final String word;

        Kind(String word) {
            this.word = word;
        }

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A part of the picture: its label, the places in the files it stands for, and the numbers of the
     * findings that concern it.
     *
     * @param exact values it stands for: a finding at the same place (or the same JSON pointer) concerns it
     * @param within entries it stands for: a finding anywhere inside one (its pointer below) concerns it
     */
    record Element(String id, Kind kind, String label, List<Location> exact, List<Location> within,
                   List<IPAddress> addresses, List<Integer> findings) {

        boolean flagged() {
            return !findings.isEmpty();
        }
    }

    /** A pool drawn on a bar: its element and its first and last address inside the subnet. */
    record Span(Element element, BigInteger first, BigInteger last, boolean clipped) {
    }

    /** An address drawn on a bar. */
    record Point(Element element, BigInteger value) {
    }

    /** One compute subnet, to scale. */
    record Bar(IPAddress subnet, String port, List<Span> spans, List<Point> points, int leftOut) {
    }

    /** A required network and how the VMs reach it. */
    record NetworkRow(Element element, RequiredNetwork network, ReachabilityDrawing.Reach reach) {
    }

    final Device device;
    final List<Element> elements = new ArrayList<>();
    final List<Bar> bars = new ArrayList<>();
    final List<Element> outside = new ArrayList<>();
    final List<Element> cluster = new ArrayList<>();
    final List<NetworkRow> networks = new ArrayList<>();
    final List<Element> routes = new ArrayList<>();
    final List<KubeRoute> routeModels = new ArrayList<>();
    String noSubnet;
    private final String prefix;

    private Picture(String prefix, Device device) {
        this.prefix = prefix;
        this.device = device;
    }

    static Picture of(String prefix, DeviceContext context) {
        Picture picture = new Picture(prefix, context.device());
        picture.build(context);
        return picture;
    }

    private Element element(Kind kind, String label, List<Location> exact, List<Location> within,
                            List<IPAddress> addresses) {
        Element e = new Element(prefix + "-e" + (elements.size() + 1), kind, label, exact, within, addresses,
                new ArrayList<>());
        elements.add(e);
        return e;
    }

    private void build(DeviceContext context) {
        Kubernetes kubernetes = device.kubernetes();
        List<IPAddress> subnets = new ArrayList<>();
        String port = device.computePort().orElse(null);
        if (port == null) {
            noSubnet = "no vSwitch is enabled for compute on one port, so there is no compute subnet to draw";
        } else {
            for (NetInterface nic : device.ports(port)) {
                for (IPAddress subnet : nic.subnets()) {
                    if (!subnets.contains(subnet)) {
                        subnets.add(subnet);
                    }
                }
            }
            if (subnets.isEmpty()) {
                noSubnet = "the compute port " + port + " has no static subnet, so there is no compute subnet to draw";
            }
        }
        List<Candidate> candidates = candidates(kubernetes);
        boolean[] placed = new boolean[candidates.size()];
        for (IPAddress subnet : subnets) {
            bars.add(bar(subnet, port, candidates, placed));
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!placed[i] && c.outsideWorthy() && outside.size() < MAX_ROWS) {
                outside.add(element(c.kind(), c.label(), c.exact(), c.within(), c.addresses()));
            }
        }
        // an unknown subnet (a runbook's value netlint cannot read) is not drawn as the default
        if (!kubernetes.unknown(Kubernetes.POD_SUBNET)) {
            cluster.add(clusterSubnet("pods", kubernetes.podSubnet(), kubernetes.effectivePodSubnet()));
        }
        if (!kubernetes.unknown(Kubernetes.SERVICE_SUBNET)) {
            cluster.add(clusterSubnet("services", kubernetes.serviceSubnet(), kubernetes.effectiveServiceSubnet()));
        }
        for (KubeRoute route : kubernetes.routes()) {
            if (routes.size() >= MAX_ROWS) {
                break;
            }
            routes.add(element(Kind.ROUTE, route.describe(), List.of(), List.of(route.location()), List.of()));
            routeModels.add(route);
        }
        for (RequiredNetwork network : kubernetes.requiredNetworks()) {
            if (networks.size() >= MAX_ROWS) {
                break;
            }
            IPAddress block = network.block();
            Element e = element(Kind.NETWORK, network.describe(), List.of(), List.of(network.location()),
                    block == null ? List.of() : List.of(block));
            networks.add(new NetworkRow(e, network, block == null ? null : ReachabilityDrawing.of(context.forwarding(), block)));
        }
    }

    private Element clusterSubnet(String what, Located<IPAddress> written, IPAddress effective) {
        String label = what + " " + effective.toCanonicalString() + (written == null ? " (the default)" : "");
        return element(Kind.CLUSTER_SUBNET, label, written == null ? List.of() : List.of(written.location()),
                List.of(), List.of(effective));
    }

    /**
     * Something that may be drawn on a bar: a pool (a range) or an address, with what it stands for.
     * {@code outsideWorthy}: listed under "outside" when no bar holds it.
     */
    private record Candidate(Kind kind, String label, IPAddress first, IPAddress last, List<Location> exact,
                             List<Location> within, List<IPAddress> addresses, boolean outsideWorthy) {
    }

    private List<Candidate> candidates(Kubernetes kubernetes) {
        List<Candidate> all = new ArrayList<>();
        for (VSwitch vSwitch : device.vSwitches()) {
            for (Pool pool : vSwitch.pools()) {
                pool(all, pool, vSwitch.isCompute());
            }
        }
        for (VirtualNetwork network : device.virtualNetworks()) {
            for (Pool pool : network.pools()) {
                pool(all, pool, false);
            }
        }
        Map<IPAddress, List<String>> dnsOwners = new LinkedHashMap<>();
        Map<IPAddress, List<Location>> dnsPlaces = new LinkedHashMap<>();
        for (NetInterface nic : device.interfaces()) {
            if (nic.ipv4() != null && nic.ipv4().address() != null && nic.isStatic()) {
                address(all, Kind.INTERFACE, "address of " + nic.describe() + " " + nic.ipv4().host().toCanonicalString(),
                        nic.ipv4().host(), exactOf(nic.ipv4().address(), nic.ipv4().subnetMask()), false);
            }
            if (nic.ipv6() != null && nic.ipv6().address() != null && nic.isStatic()) {
                IPAddress host = nic.ipv6().address().value().withoutPrefixLength();
                address(all, Kind.INTERFACE, "address of " + nic.describe() + " " + host.toCanonicalString(), host,
                        exactOf(nic.ipv6().address()), false);
            }
            if (nic.isStatic() && nic.ipv4() != null && nic.ipv4().gateway() != null) {
                Located<IPAddress> gateway = nic.ipv4().gateway();
                address(all, Kind.GATEWAY, "gateway of " + nic.describe() + " " + gateway.value().toCanonicalString(),
                        gateway.value(), List.of(gateway.location()), false);
            }
            if (nic.isStatic() && nic.ipv6() != null && nic.ipv6().gateway() != null) {
                Located<IPAddress> gateway = nic.ipv6().gateway();
                address(all, Kind.GATEWAY, "gateway of " + nic.describe() + " " + gateway.value().toCanonicalString(),
                        gateway.value(), List.of(gateway.location()), false);
            }
            for (Located<IPAddress> dns : nic.dnsServers()) {
                IPAddress host = dns.value().withoutPrefixLength();
                dnsOwners.computeIfAbsent(host, k -> new ArrayList<>()).add(nic.describe());
                dnsPlaces.computeIfAbsent(host, k -> new ArrayList<>()).add(dns.location());
            }
        }
        for (Map.Entry<IPAddress, List<String>> dns : dnsOwners.entrySet()) {
            address(all, Kind.DNS, "DNS " + dns.getKey().toCanonicalString(), dns.getKey(),
                    dnsPlaces.get(dns.getKey()), false);
        }
        int lbs = 0;
        for (Service service : kubernetes.services()) {
            for (Located<IPAddress> ip : service.loadBalancerIps()) {
                if (lbs++ >= MAX_POINTS) {
                    break;
                }
                String name = service.name() == null ? "service" : service.name().value();
                address(all, Kind.LOAD_BALANCER, "load balancer " + name + " " + ip.value().toCanonicalString(), ip.value(),
                        List.of(ip.location(), service.location()), true);
            }
        }
        Map<IPAddress, List<KubeRoute>> byNextHop = new LinkedHashMap<>();
        for (KubeRoute route : kubernetes.routes()) {
            if (route.nextHopAddress() != null && byNextHop.size() < MAX_POINTS) {
                byNextHop.computeIfAbsent(route.nextHopAddress().withoutPrefixLength(), k -> new ArrayList<>()).add(route);
            }
        }
        for (Map.Entry<IPAddress, List<KubeRoute>> hop : byNextHop.entrySet()) {
            List<KubeRoute> using = hop.getValue();
            String label = "next hop " + hop.getKey().toCanonicalString() + " ("
                    + (using.size() == 1 ? using.get(0).describe() : using.size() + " routes") + ")";
            List<Location> within = using.stream().limit(MAX_ROWS).map(KubeRoute::location).toList();
            all.add(new Candidate(Kind.NEXT_HOP, label, hop.getKey(), hop.getKey(), List.of(), within,
                    List.of(hop.getKey()), true));
        }
        return all;
    }

    private static List<Location> exactOf(Located<?>... values) {
        List<Location> places = new ArrayList<>();
        for (Located<?> value : values) {
            if (value != null) {
                places.add(value.location());
            }
        }
        return places;
    }

    private static void pool(List<Candidate> all, Pool pool, boolean compute) {
        if (pool.range() == null) {
            return;
        }
        Kind kind = pool.isNamed(Pool.KUBERNETES_NODE_IPS) ? Kind.NODE_POOL
                : pool.isNamed(Pool.KUBERNETES_SERVICE_IPS) ? Kind.SERVICE_POOL : Kind.POOL;
        String count = pool.range().value().count().toString();
        String label = pool.nameOrRange() + " " + pool.range().value().describe() + " (" + count
                + (count.equals("1") ? " address)" : " addresses)");
        all.add(new Candidate(kind, label, pool.range().value().lower(), pool.range().value().upper(), List.of(),
                List.of(pool.location()), List.of(), compute || kind != Kind.POOL));
    }

    private static void address(List<Candidate> all, Kind kind, String label, IPAddress address, List<Location> exact,
                                boolean outsideWorthy) {
        IPAddress host = address.withoutPrefixLength();
        all.add(new Candidate(kind, label, host, host, exact, List.of(), List.of(host), outsideWorthy));
    }

    private Bar bar(IPAddress subnet, String port, List<Candidate> candidates, boolean[] placed) {
        BigInteger low = subnet.getValue();
        BigInteger high = subnet.getUpperValue();
        List<Span> spans = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        int leftOut = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.first().getIPVersion() != subnet.getIPVersion()) {
                continue;
            }
            BigInteger first = c.first().getValue();
            BigInteger last = c.last().getValue();
            if (last.compareTo(low) < 0 || first.compareTo(high) > 0) {
                continue;
            }
            placed[i] = true;
            boolean range = c.kind() == Kind.NODE_POOL || c.kind() == Kind.SERVICE_POOL || c.kind() == Kind.POOL;
            if (!range && points.size() >= MAX_POINTS) {
                leftOut++;
                continue;
            }
            Element e = element(c.kind(), c.label(), c.exact(), c.within(), c.addresses());
            if (range) {
                boolean clipped = first.compareTo(low) < 0 || last.compareTo(high) > 0;
                spans.add(new Span(e, first.max(low), last.min(high), clipped));
            } else {
                points.add(new Point(e, first));
            }
        }
        points.sort(Comparator.comparing(Point::value));
        return new Bar(subnet, port, spans, points, leftOut);
    }
}
