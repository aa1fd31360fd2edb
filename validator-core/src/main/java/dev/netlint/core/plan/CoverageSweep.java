package dev.netlint.core.plan;

import dev.netlint.core.model.KubeRoute;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parts of a network (a prefix block or one address) are connected, which are routed and by
 * which installed route, and which are left over: one longest-prefix match, one walk of the blocks
 * inside and one sweep over the routes inside the network, O(k log k) for k routes inside it.
 *
 * <p>The sweep walks the network from its lowest address to its highest. Connected subnets and route
 * destinations are prefix blocks, so any two are nested or disjoint: sorted by start, outer first, they
 * form a stack whose top is the most specific block open at the current address. A stretch goes
 * where the innermost open block says (connected, or carried by its route), else where the most
 * specific subnet or route around the whole network says, else it is uncovered. A route and a
 * connected subnet of one prefix are one block: the one that wins ({@link Forwarding#beatsConnected})
 * is kept. Addresses are compared as unsigned
 * 128-bit numbers (IPv4 in the low word), so that one piece of code serves both families.
 */
final class CoverageSweep {

    /** A connected subnet ({@code route == null}) or an installed route's destination. */
    private record Span(Bounds bounds, KubeRoute route) {
    }

    private static final Comparator<Span> ORDER = Comparator.comparing(Span::bounds, Bounds.BY_START_OUTER_FIRST)
            .thenComparing(s -> s.route() == null ? 0 : 1);

    private final IPAddress block;
    private final KubeRoute outer;
    /** A connected subnet holds the whole network, and no route more specific than it does. */
    private final boolean outerConnected;
    private final Deque<Span> open = new ArrayDeque<>();
    private final Map<KubeRoute, Boolean> via = new IdentityHashMap<>();
    /** Uncovered stretches: first and last address, each as {high, low}. */
    private final List<long[]> gaps = new ArrayList<>();
    private boolean anyConnected;
    private long positionHigh;
    private long positionLow;
    /** The walk passed the highest address of the family: nothing is left to attribute. */
    private boolean passedEnd;

    private CoverageSweep(IPAddress block, KubeRoute outer, boolean outerConnected) {
        this.block = block;
        this.outer = outer;
        this.outerConnected = outerConnected;
        Bounds bounds = Bounds.of(block);
        this.positionHigh = bounds.startHigh();
        this.positionLow = bounds.startLow();
    }

    /**
     * The coverage of {@code block} (made by {@link PrefixIndex#block}) by the connected subnets and the
     * installed routes: the most specific one holding each address carries it ({@link Forwarding#lookup}).
     */
    static Coverage of(IPAddress block, List<IPAddress> connected, RouteTable table) {
        PrefixIndex.Around<KubeRoute> around = table.installedAround(block);
        KubeRoute outer = around.containing();
        IPAddress holding = null;
        for (IPAddress subnet : connected) {
            if (subnet.contains(block) && (holding == null
                    || subnet.getNetworkPrefixLength() > holding.getNetworkPrefixLength())) {
                holding = subnet;
            }
        }
        if (holding != null && outer != null && !Forwarding.beatsConnected(outer, holding)) {
            outer = null;
        }
        boolean outerConnected = holding != null && outer == null;
        List<Span> spans = new ArrayList<>();
        List<KubeRoute> inside = new ArrayList<>();
        for (KubeRoute route : around.inside()) {
            if (route != outer && !route.destination().equals(holding)) {
                inside.add(route);
            }
        }
        for (IPAddress subnet : connected) {
            if (block.contains(subnet) && !subnet.contains(block)) {
                boolean lost = false;
                for (KubeRoute route : inside) {
                    if (route.destination().equals(subnet) && Forwarding.beatsConnected(route, subnet)) {
                        lost = true;
                    }
                }
                if (!lost) {
                    spans.add(new Span(Bounds.of(subnet), null));
                }
            }
        }
        for (KubeRoute route : inside) {
            boolean lost = false;
            for (IPAddress subnet : connected) {
                if (route.destination().equals(subnet) && !Forwarding.beatsConnected(route, subnet)) {
                    lost = true;
                }
            }
            if (!lost) {
                spans.add(new Span(Bounds.of(route.destination()), route));
            }
        }
        if (spans.isEmpty()) {
            if (outerConnected) {
                return new Coverage(block, true, List.of(), List.of());
            }
            return outer != null ? new Coverage(block, false, List.of(), List.of(outer))
                    : new Coverage(block, false, List.of(block), List.of());
        }
        spans.sort(ORDER);
        return new CoverageSweep(block, outer, outerConnected).sweep(spans);
    }

    private Coverage sweep(List<Span> spans) {
        for (Span span : spans) {
            while (!open.isEmpty() && Bounds.compare(open.peek().bounds().endHigh(), open.peek().bounds().endLow(),
                    span.bounds().startHigh(), span.bounds().startLow()) < 0) {
                close();
            }
            // up to the address before the span
            long low = span.bounds().startLow() - 1;
            long high = span.bounds().startLow() == 0 ? span.bounds().startHigh() - 1 : span.bounds().startHigh();
            if (span.bounds().startHigh() != 0 || span.bounds().startLow() != 0) {
                emitUpTo(high, low);
            }
            push(span);
        }
        while (!open.isEmpty()) {
            close();
        }
        Bounds whole = Bounds.of(block);
        emitUpTo(whole.endHigh(), whole.endLow());
        List<KubeRoute> carriers = new ArrayList<>(via.keySet());
        carriers.sort(RouteTable.BY_DESTINATION);
        return new Coverage(block, anyConnected, uncoveredBlocks(), List.copyOf(carriers));
    }

    private void push(Span span) {
        open.push(span);
    }

    private void close() {
        Span top = open.peek();
        emitUpTo(top.bounds().endHigh(), top.bounds().endLow());
        open.pop();
    }

    /** Attributes the addresses from the current position to {@code last} (inclusive) to the owner now open. */
    private void emitUpTo(long lastHigh, long lastLow) {
        if (passedEnd || Bounds.compare(positionHigh, positionLow, lastHigh, lastLow) > 0) {
            return;
        }
        if (!open.isEmpty()) {
            if (open.peek().route() == null) {
                anyConnected = true;
            } else {
                via.put(open.peek().route(), Boolean.TRUE);
            }
        } else if (outerConnected) {
            anyConnected = true;
        } else if (outer != null) {
            via.put(outer, Boolean.TRUE);
        } else if (!gaps.isEmpty() && follows(gaps.get(gaps.size() - 1))) {
            long[] gap = gaps.get(gaps.size() - 1);
            gap[2] = lastHigh;
            gap[3] = lastLow;
        } else {
            gaps.add(new long[] {positionHigh, positionLow, lastHigh, lastLow});
        }
        if (lastLow == -1L && lastHigh == -1L) {
            passedEnd = true;
        }
        positionLow = lastLow + 1;
        positionHigh = positionLow == 0 ? lastHigh + 1 : lastHigh;
    }

    /** Whether the current position is the address right after the gap's last. */
    private boolean follows(long[] gap) {
        long nextLow = gap[3] + 1;
        long nextHigh = nextLow == 0 ? gap[2] + 1 : gap[2];
        return nextHigh == positionHigh && nextLow == positionLow;
    }

    private List<IPAddress> uncoveredBlocks() {
        List<IPAddress> blocks = new ArrayList<>();
        for (long[] gap : gaps) {
            IPAddress lower = address(gap[0], gap[1]);
            IPAddress upper = address(gap[2], gap[3]);
            Collections.addAll(blocks, lower.spanWithRange(upper).spanWithPrefixBlocks());
        }
        return List.copyOf(blocks);
    }

    private IPAddress address(long high, long low) {
        return block.isIPv4() ? new IPv4Address((int) low) : new IPv6Address(high, low);
    }
}
