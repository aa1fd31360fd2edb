package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
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

    /** Compares two addresses of one family by value, whatever their prefix lengths. */
    public static int compareValue(IPAddress a, IPAddress b) {
        return a.withoutPrefixLength().compareTo(b.withoutPrefixLength());
    }

    public static <T> List<Pair<T>> pairs(List<T> items, Function<T, IPAddressSeqRange> rangeOf) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(rangeOf, BY_START));
        PriorityQueue<T> active = new PriorityQueue<>(
                Comparator.comparing(rangeOf, (a, b) -> compareValue(a.getUpper(), b.getUpper())));
        List<Pair<T>> result = new ArrayList<>();
        int family = -1;
        for (T item : sorted) {
            IPAddressSeqRange range = rangeOf.apply(item);
            int bits = range.getLower().getBitCount();
            if (bits != family) {
                active.clear();
                family = bits;
            }
            while (!active.isEmpty() && compareValue(rangeOf.apply(active.peek()).getUpper(), range.getLower()) < 0) {
                active.poll();
            }
            for (T other : active) {
                result.add(new Pair<>(other, item, rangeOf.apply(other).intersect(range)));
            }
            active.add(item);
        }
        return result;
    }
}
