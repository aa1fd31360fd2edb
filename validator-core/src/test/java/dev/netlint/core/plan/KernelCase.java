package dev.netlint.core.plan;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VSwitch;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One generated device for the kernel test: a compute port Port3 with an IPv4 address (10.0.0.0/8), an
 * IPv6 address (2001:db8::/32) or both, of random prefix lengths, and up to 24 routes on it with random
 * destinations (around the port's subnet, elsewhere, the default route, host routes, destinations with
 * host bits), next hops on-link (a host of the subnet, its network or broadcast address, the port's own
 * address, an IPv6 link-local address) and off-link, the other family now and then, metrics absent,
 * tied, large, out of range or no number, and repeated destinations. Only private and documentation
 * ranges are used.
 */
final class KernelCase {

    private static final IPAddress V4_SPACE = address("10.0.0.0/8");
    private static final IPAddress V4_NEAR = address("10.20.0.0/16");
    private static final IPAddress V6_SPACE = address("2001:db8::/32");
    private static final IPAddress V6_NEAR = address("2001:db8:ab00::/40");

    final Device device;
    final List<KubeRoute> routes = new ArrayList<>();
    /** The {@code ip} command adding each route, in the order of {@link #routes}. */
    final List<String> commands = new ArrayList<>();
    /** The port's addresses with their prefix lengths (host bits kept). */
    final List<IPAddress> portAddresses = new ArrayList<>();
    /** The addresses asked about: inside each route, inside and around the port's subnets, elsewhere. */
    final List<IPAddress> samples;

    private int line = 1;

    KernelCase(Random random) {
        int families = random.nextInt(10);
        boolean v4 = families < 8;
        boolean v6 = families >= 5;
        if (v4) {
            int length = random.nextInt(12) == 0 ? 31 + random.nextInt(2) : 16 + random.nextInt(15);
            portAddresses.add(portAddress(random, V4_NEAR, length));
        }
        if (v6) {
            int length = random.nextInt(3) == 0 ? 64 : 44 + random.nextInt(85);
            portAddresses.add(portAddress(random, V6_NEAR, length));
        }
        IPAddress portV4 = v4 ? portAddresses.get(0) : null;
        IPAddress portV6 = v6 ? portAddresses.get(portAddresses.size() - 1) : null;
        int count = random.nextInt(25);
        for (int i = 0; i < count; i++) {
            addRoute(random, portV4, portV6);
        }
        Ipv4Config ipv4 = portV4 == null ? null : new Ipv4Config(at(), located(portV4), null, null);
        Ipv6Config ipv6 = portV6 == null ? null : new Ipv6Config(at(), located(portV6.getLower().withoutPrefixLength()),
                located((long) portV6.getNetworkPrefixLength()), null);
        NetInterface port3 = new NetInterface(at(), located("Port3"), null, null, located(false), ipv4, ipv6,
                List.of(), null, null);
        VSwitch vSwitch = new VSwitch(at(), located("vSwitch1"), List.of(located("Port3")), null, located(true), null,
                null, List.of());
        Kubernetes kubernetes = new Kubernetes(at(), null, null, List.copyOf(routes), List.of(), List.of());
        this.device = new Device("kernel", List.of("kernel.yaml"), at(), List.of(), List.of(port3), List.of(vSwitch),
                List.of(), null, null, List.of(), kubernetes);
        this.samples = samples(random);
    }

    private void addRoute(Random random, IPAddress portV4, IPAddress portV6) {
        boolean ipv6;
        if (portV4 == null || portV6 == null) {
            ipv6 = portV4 == null;
        } else {
            ipv6 = random.nextInt(5) < 2;
        }
        IPAddress port = ipv6 ? portV6 : portV4;
        IPAddress subnet = port.toPrefixBlock();
        int bits = port.getBitCount();
        String destination;
        int kind = random.nextInt(40);
        if (kind < 6 && !routes.isEmpty()) {
            destination = routes.get(random.nextInt(routes.size())).destinationPrefix().value().toCanonicalString();
        } else {
            IPAddress block;
            if (kind < 8) {
                block = ipv6 ? address("::/0") : address("0.0.0.0/0");
            } else if (kind < 22) {
                int length = Math.max(0, Math.min(bits, subnet.getNetworkPrefixLength() + random.nextInt(13) - 4));
                block = randomIn(random, subnet.getNetworkPrefixLength() > length ? subnet.toPrefixBlock(length)
                        : subnet).toPrefixBlock(length);
            } else if (kind < 26) {
                block = randomIn(random, ipv6 ? V6_NEAR : V4_NEAR).toPrefixBlock(bits);
            } else {
                IPAddress space = ipv6 ? V6_SPACE : V4_SPACE;
                int length = space.getNetworkPrefixLength()
                        + random.nextInt(bits - space.getNetworkPrefixLength() + 1);
                block = randomIn(random, space).toPrefixBlock(length);
            }
            if (random.nextInt(24) == 0 && block.getNetworkPrefixLength() < bits) {
                destination = randomIn(random, block).toCanonicalString() + "/" + block.getNetworkPrefixLength();
            } else {
                destination = block.toCanonicalString();
            }
        }
        IPAddress nextHop = nextHop(random, ipv6, subnet, port);
        String metric = metric(random);
        IPAddress written = address(destination);
        routes.add(new KubeRoute(at(), located("Port3"), located(written), located(nextHop),
                metric == null ? null : located(metric)));
        commands.add("route add " + destination + " via " + nextHop.toCanonicalString() + " dev v0"
                + (metric == null ? "" : " metric " + metric));
    }

    private static IPAddress nextHop(Random random, boolean ipv6, IPAddress subnet, IPAddress port) {
        int kind = random.nextInt(40);
        if (kind < 2) {
            return randomIn(random, ipv6 ? V4_NEAR : V6_NEAR).getLower().withoutPrefixLength();
        }
        if (kind < 6) {
            return ipv6 ? address("fe80::" + Integer.toHexString(1 + random.nextInt(9)))
                    : randomIn(random, subnet).getLower().withoutPrefixLength();
        }
        // the port's own address and the network address are rare: Linux installs both and netlint does
        // not (docs/forwarding-model.md), so every address such a route carries is compared no further
        if (kind == 6) {
            return port.getLower().withoutPrefixLength();
        }
        if (kind == 7) {
            return subnet.getLower().getLower().withoutPrefixLength();
        }
        if (kind < 11) {
            return subnet.getUpper().getLower().withoutPrefixLength();
        }
        if (kind < 32) {
            return randomIn(random, subnet).getLower().withoutPrefixLength();
        }
        return randomIn(random, ipv6 ? V6_NEAR : V4_NEAR).getLower().withoutPrefixLength();
    }

    private static String metric(Random random) {
        int kind = random.nextInt(50);
        if (kind < 12) {
            return null;
        }
        if (kind < 30) {
            return String.valueOf(random.nextInt(4));
        }
        if (kind < 38) {
            return String.valueOf(random.nextInt(20000));
        }
        return switch (kind) {
            case 38, 39 -> "256";
            case 40 -> "1024";
            case 41 -> "255";
            case 42 -> "4294967295";
            case 43 -> "4294967296";
            case 44 -> "-1";
            case 45 -> "x";
            default -> String.valueOf(random.nextInt(300));
        };
    }

    private List<IPAddress> samples(Random random) {
        Set<IPAddress> picked = new LinkedHashSet<>();
        for (KubeRoute route : routes) {
            if (picked.size() < 16) {
                picked.add(randomIn(random, within(route.destination())).getLower().withoutPrefixLength());
            }
            if (random.nextInt(4) == 0) {
                picked.add(route.nextHopAddress());
            }
        }
        for (IPAddress port : portAddresses) {
            for (int i = 0; i < 3; i++) {
                picked.add(randomIn(random, port.toPrefixBlock()).getLower().withoutPrefixLength());
            }
            int outer = Math.max(0, port.getNetworkPrefixLength() - 2);
            picked.add(randomIn(random, port.toPrefixBlock(outer)).getLower().withoutPrefixLength());
        }
        picked.add(randomIn(random, V4_SPACE).getLower().withoutPrefixLength());
        picked.add(randomIn(random, V6_SPACE).getLower().withoutPrefixLength());
        List<IPAddress> samples = new ArrayList<>();
        for (IPAddress address : picked) {
            if (!isLocalTableAddress(address)) {
                samples.add(address);
            }
        }
        return samples;
    }

    /** The block itself, or the private or documentation space when the block holds it (the default route). */
    private static IPAddress within(IPAddress block) {
        IPAddress space = block.isIPv4() ? V4_SPACE : V6_SPACE;
        return block.contains(space) ? space : block;
    }

    /**
     * Whether the kernel answers for the address from its local table instead of forwarding it: one of
     * the port's own addresses, or the broadcast address of its IPv4 subnet; or not at all (an IPv6
     * link-local address, which no router forwards). Those are not asked about.
     */
    private boolean isLocalTableAddress(IPAddress address) {
        if (address.isLinkLocal()) {
            return true;
        }
        for (IPAddress port : portAddresses) {
            if (port.getIPVersion() != address.getIPVersion()) {
                continue;
            }
            if (port.getLower().withoutPrefixLength().equals(address)) {
                return true;
            }
            if (port.isIPv4() && port.getNetworkPrefixLength() <= 30
                    && port.toPrefixBlock().getUpper().getLower().withoutPrefixLength().equals(address)) {
                return true;
            }
        }
        return false;
    }

    /** An address of the port with its prefix length: never the subnet's network address, which would read as the block. */
    private static IPAddress portAddress(Random random, IPAddress space, int length) {
        IPAddress address = randomIn(random, space);
        if (address.toPrefixBlock(length).getLower().getLower().withoutPrefixLength().equals(address)
                && length < address.getBitCount()) {
            address = address.increment(1);
        }
        return address.setPrefixLength(length, false);
    }

    static IPAddress address(String text) {
        return new IPAddressString(text).getAddress();
    }

    /** A random address inside a block, without prefix length. */
    static IPAddress randomIn(Random random, IPAddress block) {
        IPAddress lower = block.toPrefixBlock().getLower();
        int hostBits = block.getBitCount() - (block.isPrefixed() ? block.getNetworkPrefixLength() : block.getBitCount());
        BigInteger offset = new BigInteger(hostBits, random);
        IPAddress base = lower.getLower().withoutPrefixLength();
        BigInteger value = base.getValue().add(offset);
        IPAddress result = base.isIPv4()
                ? new inet.ipaddr.ipv4.IPv4Address(value.intValue())
                : new inet.ipaddr.ipv6.IPv6Address(value);
        return result;
    }

    private Location at() {
        line++;
        return new Location("kernel.yaml", line, 1, "/line/" + line);
    }

    private <T> Located<T> located(T value) {
        return new Located<>(value, at());
    }
}
