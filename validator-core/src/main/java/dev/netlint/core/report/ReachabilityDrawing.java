package dev.netlint.core.report;

import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.Coverage;
import dev.netlint.core.plan.Forwarding;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * How the Kubernetes VMs reach a network, as the HTML report draws it. The one place where a report asks
 * the forwarding model, and only through its {@code coverage} and {@code defaultPath}: the same answers
 * the reachability rules give.
 */
final class ReachabilityDrawing {

    /** The ways a network is reached, each drawn with a glyph of its own. */
    enum Kind {
        CONNECTED("connected"), ROUTED("routed"), PARTLY("partly routed"), NAT("NAT"), UNREACHABLE("unreachable");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** How a network is reached: its kind, in words, and the installed routes that carry it. */
    record Reach(Kind kind, String text, List<KubeRoute> via) {
    }

    private ReachabilityDrawing() {
    }

    static Reach of(Forwarding forwarding, IPAddress network) {
        Coverage coverage = forwarding.coverage(network);
        List<String> parts = new ArrayList<>();
        if (coverage.connected()) {
            parts.add(coverage.complete() && coverage.via().isEmpty() ? "it lies in the compute port's subnet"
                    : "connected in part");
        }
        for (KubeRoute route : coverage.via()) {
            parts.add(route.describe() + (route.routeMetric() == null ? "" : " (metric " + route.metric() + ")"));
        }
        if (coverage.complete()) {
            Kind kind = coverage.via().isEmpty() ? Kind.CONNECTED : Kind.ROUTED;
            return new Reach(kind, String.join("; ", parts), coverage.via());
        }
        Forwarding.DefaultPath rest = forwarding.defaultPath(network.getIPVersion());
        String leftover = coverage.none() ? "" : "the rest (" + blocks(coverage.uncovered()) + ") ";
        String exit = rest.egress()
                .map(e -> leftover + "NAT out of " + e.port() + (e.gateway() == null ? " (DHCP)" : " via gateway "
                        + e.gateway()))
                .orElse(leftover + "unreachable: no port has an " + (network.isIPv4() ? "IPv4" : "IPv6")
                        + " default gateway");
        parts.add(exit);
        Kind kind = !coverage.none() ? Kind.PARTLY : rest.egress().isPresent() ? Kind.NAT : Kind.UNREACHABLE;
        return new Reach(kind, String.join("; ", parts), coverage.via());
    }

    private static String blocks(List<IPAddress> uncovered) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < uncovered.size() && i < 3; i++) {
            text.add(uncovered.get(i).toCanonicalString());
        }
        if (uncovered.size() > 3) {
            text.add("and " + (uncovered.size() - 3) + " more blocks");
        }
        return String.join(", ", text);
    }
}
