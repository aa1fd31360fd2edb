package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.Forwarding.Connected;
import dev.netlint.core.plan.Forwarding.Routed;
import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * netlint's forwarding model against the Linux kernel. For 10,000 generated devices ({@link KernelCase})
 * the test loads the compute port's addresses and every route into a network namespace of its own
 * ({@link LinuxNamespace}) with {@code ip route add}, asks {@code ip route get fibmatch} which route
 * carries each sampled address, and compares both answers with {@link Forwarding}: whether each route
 * is installed, and which route (or the connected subnet, or nothing) carries each address.
 *
 * <p>Where Linux and netlint differ on purpose, the difference is one of {@link Difference}, each written
 * down in docs/forwarding-model.md with its reason; any other disagreement fails the test with the seed
 * and the case. Runs as root with {@code unshare} and {@code ip}; elsewhere it is skipped and says how to
 * run it.
 */
class ForwardingKernelTest {

    /** How many route tables; {@code -Dnetlint.kernelCases=N} runs fewer or more. */
    static final int CASES = Integer.getInteger("netlint.kernelCases", 10_000);
    private static final int CHUNK = 250;
    static final long SEED = 0x6e65746c696e74L;

    /** The documented differences between netlint's model and a plain Linux table (docs/forwarding-model.md). */
    enum Difference {
        /** IPv4 next hop that is the VM's own address: Linux installs the route; netlint refuses it. */
        OWN_ADDRESS_NEXT_HOP,
        /** IPv4 next hop that is the subnet's network address: Linux from 5.14 installs it; netlint refuses it. */
        NETWORK_ADDRESS_NEXT_HOP,
        /** IPv4 destination with host bits: {@code ip route add} refuses it; netlint reads its block. */
        IPV4_HOST_BITS,
        /**
         * IPv6 next hop that an earlier route through a router holds more specifically than the port's
         * subnet: Linux refuses the route ("No route to host"); netlint judges next hops by the subnet.
         */
        IPV6_NEXT_HOP_BEHIND_ROUTE
    }

    /** What the kernel or the model says carries an address: a key (prefix, next hop, metric), connected, or nothing. */
    private record Carrier(String key) {
        static final Carrier NONE = new Carrier("unreachable");
    }

    private final Map<Difference, Integer> differences = new EnumMap<>(Difference.class);
    private final List<String> disagreements = new ArrayList<>();
    private int routesCompared;
    private int addressesCompared;
    private int duplicatesRefused;
    private int lookupsExcused;
    private long kernelNanos;
    private long generateNanos;
    private long compareNanos;

    @Test
    void theModelAgreesWithTheLinuxKernel(@TempDir Path work) throws IOException {
        String why = LinuxNamespace.unavailable();
        Assumptions.assumeTrue(why == null, () -> "skipped: " + why + ". Run it as root on Linux with unshare and"
                + " iproute2: mvn -pl validator-core -am test -Dtest=ForwardingKernelTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
        Random random = new Random(SEED);
        Map<String, String> parserRefusals = new HashMap<>();
        try (LinuxNamespace namespace = LinuxNamespace.open(work)) {
            for (int done = 0; done < CASES; done += CHUNK) {
                List<KernelCase> cases = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int i = 0; i < CHUNK; i++) {
                    cases.add(new KernelCase(random));
                }
                generateNanos += System.nanoTime() - t0;
                runChunk(namespace, cases, done, parserRefusals);
            }
        }
        System.out.printf("forwarding model against Linux: %d route tables, %d routes, %d addresses compared;"
                        + " %d duplicates refused by Linux as netlint keeps the first; documented differences %s"
                        + " (%d of the addresses)%n",
                CASES, routesCompared, addressesCompared, duplicatesRefused, differences, lookupsExcused);
        System.out.printf("time in ip -batch: %d ms, generating %d ms, comparing %d ms%n", kernelNanos / 1_000_000,
                generateNanos / 1_000_000, compareNanos / 1_000_000);
        assertThat(disagreements).as("disagreements with the kernel (seed %d)", SEED).isEmpty();
        assertThat(routesCompared).isGreaterThan(CASES * 5);
        assertThat(addressesCompared).isGreaterThan(CASES * 5);
        // the documented differences must stay the exception: most addresses are compared route for route
        assertThat(lookupsExcused).as("addresses excused by a documented difference").isLessThan(addressesCompared / 10);
    }

    /** Which lines of a case go to which family's batch, and where their answers are. */
    private record Placed(boolean ipv6, int index) {
    }

    private void runChunk(LinuxNamespace namespace, List<KernelCase> cases, int first,
                          Map<String, String> parserRefusals) throws IOException {
        List<List<String>> lines = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Placed>> routeLines = new ArrayList<>();
        List<List<Placed>> sampleLines = new ArrayList<>();
        List<List<String>> parsed = new ArrayList<>();
        for (KernelCase c : cases) {
            for (int family = 0; family < 2; family++) {
                lines.get(family).add("addr flush dev v0 scope global");
                lines.get(family).add("route flush table main proto boot");
            }
            for (IPAddress port : c.portAddresses) {
                lines.get(port.isIPv6() ? 1 : 0).add("addr add " + port.toCanonicalString() + " dev v0"
                        + (port.isIPv6() ? " nodad" : ""));
            }
            List<Placed> routes = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (int i = 0; i < c.routes.size(); i++) {
                KubeRoute route = c.routes.get(i);
                String command = c.commands.get(i);
                String refusal = parserSuspect(route) ? parserRefusals.computeIfAbsent(parserKey(route),
                        k -> refusal(namespace, command)) : null;
                refusals.add(refusal);
                if (refusal != null) {
                    routes.add(null);
                } else {
                    int family = route.destination().isIPv6() ? 1 : 0;
                    routes.add(new Placed(family == 1, lines.get(family).size()));
                    lines.get(family).add(command);
                }
            }
            List<Placed> samples = new ArrayList<>();
            for (IPAddress sample : c.samples) {
                int family = sample.isIPv6() ? 1 : 0;
                samples.add(new Placed(family == 1, lines.get(family).size()));
                lines.get(family).add("route get fibmatch " + sample.toCanonicalString());
            }
            routeLines.add(routes);
            sampleLines.add(samples);
            parsed.add(refusals);
        }
        long started = System.nanoTime();
        List<LinuxNamespace.Answer> v4 = namespace.batch(false, lines.get(0), l -> l.startsWith("route get"));
        List<LinuxNamespace.Answer> v6 = namespace.batch(true, lines.get(1), l -> l.startsWith("route get"));
        kernelNanos += System.nanoTime() - started;
        started = System.nanoTime();
        for (int n = 0; n < cases.size(); n++) {
            compare(first + n, cases.get(n), routeLines.get(n), sampleLines.get(n), parsed.get(n), v4, v6);
        }
        compareNanos += System.nanoTime() - started;
    }

    /** A route that {@code ip}'s own parser may refuse: a metric that is no 32-bit number, or next hop of the other family. */
    private static boolean parserSuspect(KubeRoute route) {
        if (route.destination().getIPVersion() != route.nextHopAddress().getIPVersion()) {
            return true;
        }
        if (route.routeMetric() == null) {
            return false;
        }
        return !route.hasIntegerMetric() || route.metricValue() < 0 || route.metricValue() > 0xFFFF_FFFFL;
    }

    /**
     * What decides the parser's answer: the families when they differ (the next hop is read, and
     * refused, before the metric), else the metric as written.
     */
    private static String parserKey(KubeRoute route) {
        IPAddress.IPVersion destination = route.destination().getIPVersion();
        IPAddress.IPVersion hop = route.nextHopAddress().getIPVersion();
        return destination != hop ? destination + "/" + hop : "metric " + route.routeMetric().value();
    }

    private static String refusal(LinuxNamespace namespace, String command) {
        try {
            String said = namespace.parserRefusal(command);
            return said == null ? "" : said;
        } catch (IOException e) {
            throw LinuxNamespace.unchecked(e);
        }
    }

    private void compare(int number, KernelCase c, List<Placed> routeLines, List<Placed> sampleLines,
                         List<String> parserRefusals, List<LinuxNamespace.Answer> v4, List<LinuxNamespace.Answer> v6) {
        Forwarding forwarding = Forwarding.of(c.device, AddressPlan.of(c.device));
        Map<String, Difference> kernelOnly = new HashMap<>();
        Map<KubeRoute, Difference> modelOnly = new HashMap<>();
        List<KubeRoute> accepted = new ArrayList<>();
        for (int i = 0; i < c.routes.size(); i++) {
            KubeRoute route = c.routes.get(i);
            String refusal = parserRefusals.get(i);
            if ("".equals(refusal)) {
                disagree(number, c, "ip's parser accepts `" + c.commands.get(i) + "`, which the test expected it to refuse");
                continue;
            }
            String error = refusal != null ? refusal : answer(routeLines.get(i), v4, v6).error();
            RouteState state = forwarding.state(route);
            routesCompared++;
            boolean installed = state == RouteState.INSTALLED;
            if (error == null) {
                accepted.add(route);
            }
            if (installed == (error == null)) {
                continue;
            }
            if (error == null) {
                Difference difference = acceptedByLinuxOnly(route, state, c);
                if (difference == null) {
                    disagree(number, c, "Linux installs `" + c.commands.get(i) + "`; netlint: " + state);
                } else {
                    count(difference);
                    kernelOnly.put(key(route), difference);
                }
            } else if (error.contains("File exists") && accepted.stream().anyMatch(a -> sameSlot(a, route))) {
                duplicatesRefused++;
            } else if (error.contains("File exists") && isConnectedRoute(route, c)) {
                duplicatesRefused++;
            } else if (error.contains("Invalid prefix for given prefix length") && route.destination().isIPv4()
                    && !route.destinationPrefix().value().equals(route.destination())) {
                count(Difference.IPV4_HOST_BITS);
                modelOnly.put(route, Difference.IPV4_HOST_BITS);
            } else if (error.contains("No route to host") && behindRoute(route, accepted, forwarding)) {
                count(Difference.IPV6_NEXT_HOP_BEHIND_ROUTE);
                modelOnly.put(route, Difference.IPV6_NEXT_HOP_BEHIND_ROUTE);
            } else {
                disagree(number, c, "Linux refuses `" + c.commands.get(i) + "` (" + error + "); netlint installs it");
            }
        }
        for (int s = 0; s < c.samples.size(); s++) {
            IPAddress sample = c.samples.get(s);
            LinuxNamespace.Answer answer = answer(sampleLines.get(s), v4, v6);
            Carrier kernel = answer.failed() ? Carrier.NONE : kernelCarrier(answer.output().get(0));
            Forwarding.Path path = forwarding.lookup(sample);
            Carrier model;
            KubeRoute modelRoute = null;
            if (path instanceof Connected connected) {
                model = new Carrier("connected " + connected.subnet().toPrefixBlock().toCanonicalString());
            } else if (path instanceof Routed routed) {
                modelRoute = routed.route();
                model = new Carrier(key(modelRoute));
            } else {
                model = Carrier.NONE;
            }
            addressesCompared++;
            if (model.equals(kernel)) {
                continue;
            }
            Difference difference = kernelOnly.get(kernel.key());
            if (difference == null && modelRoute != null) {
                difference = modelOnly.get(modelRoute);
            }
            if (difference != null) {
                count(difference);
                lookupsExcused++;
            } else {
                disagree(number, c, "address " + sample + ": Linux " + kernel.key() + "; netlint " + model.key());
            }
        }
    }

    /** A route that Linux installs and netlint refuses on purpose, or {@code null}. */
    private static Difference acceptedByLinuxOnly(KubeRoute route, RouteState state, KernelCase c) {
        IPAddress hop = route.nextHopAddress();
        if (!hop.isIPv4()) {
            return null;
        }
        for (IPAddress port : c.portAddresses) {
            if (!port.isIPv4()) {
                continue;
            }
            if (state == RouteState.NEXT_HOP_LOCAL && port.getLower().withoutPrefixLength().equals(hop)) {
                return Difference.OWN_ADDRESS_NEXT_HOP;
            }
            if (state == RouteState.NEXT_HOP_NOT_HOST && port.toPrefixBlock().getLower().withoutPrefixLength().equals(hop)) {
                return Difference.NETWORK_ADDRESS_NEXT_HOP;
            }
        }
        return null;
    }

    /** Whether two routes take one place in the table: one destination, one metric as the kernel holds it. */
    private static boolean sameSlot(KubeRoute a, KubeRoute b) {
        return a.destination().equals(b.destination()) && kernelMetric(a) == kernelMetric(b);
    }

    /**
     * Whether an IPv6 route's next hop lies in a route through a router that Linux installed before it
     * and that wins over the port's subnet for that address: Linux then finds the next hop not on the link.
     */
    private static boolean behindRoute(KubeRoute route, List<KubeRoute> accepted, Forwarding forwarding) {
        IPAddress hop = route.nextHopAddress();
        if (!hop.isIPv6()) {
            return false;
        }
        for (KubeRoute earlier : accepted) {
            if (!earlier.destination().contains(hop)) {
                continue;
            }
            boolean beatsAll = true;
            for (IPAddress subnet : forwarding.connectedSubnets(hop.getIPVersion())) {
                if (subnet.contains(hop) && !Forwarding.beatsConnected(earlier, subnet)) {
                    beatsAll = false;
                }
            }
            if (beatsAll) {
                return true;
            }
        }
        return false;
    }

    /** Whether the route repeats the kernel's own route to the port's subnet, with the same metric. */
    private static boolean isConnectedRoute(KubeRoute route, KernelCase c) {
        for (IPAddress port : c.portAddresses) {
            if (port.toPrefixBlock().equals(route.destination()) && kernelMetric(route) == (port.isIPv4() ? 0 : 256)) {
                return true;
            }
        }
        return false;
    }

    private static LinuxNamespace.Answer answer(Placed placed, List<LinuxNamespace.Answer> v4,
                                                List<LinuxNamespace.Answer> v6) {
        return (placed.ipv6() ? v6 : v4).get(placed.index());
    }

    /** The kernel's metric of a route as {@code ip route add} gives it: IPv6 turns 0 (and none) into 1024. */
    static long kernelMetric(KubeRoute route) {
        long metric = route.metricValue();
        return route.destination().isIPv6() && metric == 0 ? 1024 : metric;
    }

    private static String key(KubeRoute route) {
        return route.destination().toCanonicalString() + " via " + route.nextHopAddress().toCanonicalString()
                + " metric " + kernelMetric(route);
    }

    /** Reads one line of {@code ip route get fibmatch}: "PREFIX [via HOP] dev v0 ... [metric N]". */
    private static Carrier kernelCarrier(String line) {
        String[] words = line.trim().split("\\s+");
        String prefix = words[0];
        String via = null;
        long metric = 0;
        boolean kernel = false;
        for (int i = 1; i < words.length - 1; i++) {
            switch (words[i]) {
                case "via" -> via = words[i + 1];
                case "metric" -> metric = Long.parseLong(words[i + 1]);
                case "proto" -> kernel = words[i + 1].equals("kernel");
                default -> { }
            }
        }
        boolean ipv6 = line.contains(":");
        IPAddress parsed = KernelCase.address(prefix.equals("default") ? ipv6 ? "::/0" : "0.0.0.0/0"
                : prefix.contains("/") ? prefix : prefix + (ipv6 ? "/128" : "/32"));
        if (parsed == null) {
            return new Carrier("unexpected: " + line.trim());
        }
        IPAddress block = parsed.toPrefixBlock();
        if (kernel && via == null) {
            return new Carrier("connected " + block.toCanonicalString());
        }
        if (via == null) {
            return new Carrier("unexpected: " + line.trim());
        }
        return new Carrier(block.toCanonicalString() + " via " + KernelCase.address(via).toCanonicalString()
                + " metric " + metric);
    }

    private void count(Difference difference) {
        differences.merge(difference, 1, Integer::sum);
    }

    private void disagree(int number, KernelCase c, String what) {
        if (disagreements.size() < 40) {
            StringBuilder text = new StringBuilder("case " + number + ": " + what + "\n    port " + c.portAddresses);
            for (String command : c.commands) {
                text.append("\n    ").append(command);
            }
            disagreements.add(text.toString());
        } else if (disagreements.size() == 40) {
            disagreements.add("... and more");
        }
    }
}
