package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.ipv4.IPv4Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Finds every pair of overlapping ranges by sorting and sweeping: O(n log n + pairs), never a loop
 * over all pairs.
 */
public final class Overlaps {

    /** Two items whose ranges share addresses; {@code first} is the one with the lower start. */
    public record Pair<T>(T first, T second, IPAddressSeqRange shared) {
    }

    private Overlaps() {
    }

    /** Orders by family (IPv4 first), then by lower bound, then by upper bound. */
    public static final Comparator<IPAddressSeqRange> BY_START = (a, b) -> {
        int c = Integer.compare(a.getLower().getBitCount(), b.getLower().getBitCount());
        if (c != 0) {
            return c;
        }
        c = compareValue(a.getLower(), b.getLower());
        return c != 0 ? c : compareValue(a.getUpper(), b.getUpper());
    };

    /**
     * Orders by family, then by lower bound, then by upper bound descending: of two nested prefix
     * blocks with one start, the outer one comes first.
     */
    public static final Comparator<IPAddressSeqRange> BY_START_OUTER_FIRST = (a, b) -> {
        int c = Integer.compare(a.getLower().getBitCount(), b.getLower().getBitCount());
        if (c != 0) {
            return c;
        }
        c = compareValue(a.getLower(), b.getLower());
        return c != 0 ? c : compareValue(b.getUpper(), a.getUpper());
    };

    /** Compares two addresses of one family by value, whatever their prefix lengths. */
    public static int compareValue(IPAddress a, IPAddress b) {
        return a.withoutPrefixLength().compareTo(b.withoutPrefixLength());
    }

    /**
     * Whether every address of {@code range} lies in {@code prefix} (a prefix block, or one address
     * when it has no prefix length). Never true across families.
     */
    public static boolean inside(IPAddressSeqRange range, IPAddress prefix) {
        IPAddressSeqRange block = blockOf(prefix);
        return block.getLower().getIPVersion() == range.getLower().getIPVersion() && block.contains(range);
    }

    /** The parts of {@code range} outside {@code prefix}, lowest first; empty when it lies inside. */
    public static List<IPAddressSeqRange> outside(IPAddressSeqRange range, IPAddress prefix) {
        IPAddressSeqRange block = blockOf(prefix);
        if (block.getLower().getIPVersion() != range.getLower().getIPVersion()) {
            return List.of(range);
        }
        return List.of(range.subtract(block));
    }

    private static IPAddressSeqRange blockOf(IPAddress prefix) {
        return (prefix.isPrefixed() ? prefix.toPrefixBlock() : prefix).toSequentialRange();
    }

    public static <T> List<Pair<T>> pairs(List<T> items, Function<T, IPAddressSeqRange> rangeOf) {
        // Each item's bounds are read as numbers once, not compared as addresses in every comparison:
        // the address comparison dominated the sort of 130,000 plan entries (measured by the benchmark).
        List<Bounds<T>> sorted = new ArrayList<>(items.size());
        for (T item : items) {
            sorted.add(Bounds.of(item, rangeOf.apply(item)));
        }
        sorted.sort(Bounds.BY_START);
        PriorityQueue<Bounds<T>> active = new PriorityQueue<>(Bounds.BY_END);
        List<Pair<T>> result = new ArrayList<>();
        int family = -1;
        for (Bounds<T> item : sorted) {
            if (item.bits() != family) {
                active.clear();
                family = item.bits();
            }
            while (!active.isEmpty() && active.peek().endsBefore(item)) {
                active.poll();
            }
            for (Bounds<T> other : active) {
                result.add(new Pair<>(other.item(), item.item(), other.range().intersect(item.range())));
            }
            active.add(item);
        }
        return result;
    }

    /**
     * An item with its range's bounds as numbers, which compare cheaply: IPv4 bounds as {@code long}s,
     * IPv6 bounds (rarer, 128 bits) as {@code BigInteger}s.
     */
    private record Bounds<T>(T item, IPAddressSeqRange range, int bits, long lower4, long upper4, BigInteger lower6,
                             BigInteger upper6) {

        static final Comparator<Bounds<?>> BY_START = (a, b) -> {
            int c = Integer.compare(a.bits, b.bits);
            if (c != 0) {
                return c;
            }
            c = a.compareLower(b);
            return c != 0 ? c : a.compareUpper(b);
        };

        static final Comparator<Bounds<?>> BY_END = Bounds::compareUpper;

        static <T> Bounds<T> of(T item, IPAddressSeqRange range) {
            IPAddress lower = range.getLower();
            IPAddress upper = range.getUpper();
            if (lower.isIPv4()) {
                return new Bounds<>(item, range, IPv4Address.BIT_COUNT, lower.toIPv4().longValue(),
                        upper.toIPv4().longValue(), null, null);
            }
            return new Bounds<>(item, range, lower.getBitCount(), 0, 0, lower.getValue(), upper.getValue());
        }

        int compareLower(Bounds<?> other) {
            return lower6 == null ? Long.compare(lower4, other.lower4) : lower6.compareTo(other.lower6);
        }

        int compareUpper(Bounds<?> other) {
            return upper6 == null ? Long.compare(upper4, other.upper4) : upper6.compareTo(other.upper6);
        }

        /** Whether this range ends before {@code other} starts (both of one family). */
        boolean endsBefore(Bounds<?> other) {
            return upper6 == null ? upper4 < other.lower4 : upper6.compareTo(other.lower6) < 0;
        }
    }
}
