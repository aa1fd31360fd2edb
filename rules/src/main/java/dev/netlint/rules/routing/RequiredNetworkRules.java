package dev.netlint.rules.routing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.plan.Coverage;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.rules.support.RouteFacts;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/** What the two reachability rules share: which required networks they judge, and how they word the default path. */
final class RequiredNetworkRules {

    private RequiredNetworkRules() {
    }

    /**
     * The coverage of a required network, or {@code null} when it cannot be judged: no prefix, or the
     * VMs' connected subnet of its family is unknown (no compute port, DHCP, no mask), or a route change
     * netlint could not read could serve it (the route set is not known whole).
     */
    static Coverage coverage(Forwarding forwarding, RequiredNetwork network) {
        IPAddress block = network.block();
        if (block == null || !forwarding.knowsConnected(block.getIPVersion()) || !forwarding.knowsRoutesTo(block)) {
            return null;
        }
        return forwarding.coverage(block);
    }

    /**
     * {@code takes the default path ... out of Port2 via gateway 10.57.48.1}: the default path of the
     * network's own address family, or {@code goes nowhere: no port has an IPv6 default gateway}.
     */
    static String defaultPath(Forwarding forwarding, IPAddress network) {
        Forwarding.DefaultPath path = forwarding.defaultPath(network.getIPVersion());
        return path.egress().isPresent() ? "takes " + describe(path) : "goes " + describe(path);
    }

    /**
     * {@code the default path through the internal NAT switch out of Port2 via gateway 10.57.48.1},
     * {@code ... out of Port2 (DHCP)}, or {@code nowhere: no port has an IPv6 default gateway}.
     */
    static String describe(Forwarding.DefaultPath path) {
        if (path.egress().isEmpty()) {
            return "nowhere: no port has an " + (path.version().isIPv4() ? "IPv4" : "IPv6") + " default gateway";
        }
        Forwarding.Egress egress = path.egress().get();
        return egress.gateway() == null
                ? "the default path through the internal NAT switch out of " + egress.port() + " (DHCP)"
                : "the default path through the internal NAT switch out of " + egress.port() + " via gateway "
                        + egress.gateway();
    }

    /**
     * A route written for these addresses that the VMs refuse, as a clause, its fix and a related
     * location that says why it is refused; an empty clause when there is none.
     */
    record Refused(String clause, String fix, List<Related> related) {

        boolean found() {
            return !clause.isEmpty();
        }
    }

    static Refused refused(DeviceContext context, RouteFacts facts, List<IPAddress> blocks) {
        for (IPAddress block : blocks) {
            Optional<KubeRoute> route = facts.forwarding().refusedRoute(block);
            if (route.isPresent()) {
                KubeRoute r = route.get();
                // Why the route is refused is said at the route, in the note: the finding's own line stays short.
                return new Refused("; " + r.describe() + " " + covers(r.destination(), block)
                        + " but is not installed", "fix that route",
                        List.of(new Related(r.location(), "not installed: " + r.describe() + ": "
                                + facts.refusal(context, r))));
            }
        }
        return new Refused("", null, List.of());
    }

    /**
     * What a refused route would reach of the addresses in question: {@code would carry it} when its
     * destination holds them all, else {@code would cover 192.168.21.5/32 of it (1 of its 256
     * addresses)}.
     */
    private static String covers(IPAddress destination, IPAddress block) {
        IPAddress whole = destination.isMultiple() ? destination : destination.withoutPrefixLength();
        if (whole.contains(block)) {
            return "would carry it";
        }
        IPAddress part = Addresses.block(destination);
        return "would cover " + part.toCanonicalString() + " of it (" + part.getCount() + " of its "
                + block.getCount() + " addresses)";
    }

    /**
     * Whether the default path of this family leaves through the compute port itself, via its gateway:
     * the internal virtual switch "uses Network Address Translation (NAT) to route the traffic through
     * the port that is configured with a default gateway" (the Kubernetes networking page), and when
     * that port is the compute port a network behind its gateway is reached, NATed.
     */
    static boolean natThroughComputePort(Forwarding forwarding, IPAddress network) {
        Optional<Forwarding.Egress> egress = forwarding.defaultPath(network.getIPVersion()).egress();
        return egress.isPresent() && egress.get().gateway() != null && forwarding.computePort() != null
                && egress.get().port().trim().equalsIgnoreCase(forwarding.computePort().trim());
    }
}
