package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Values by prefix block in one sorted table of primitive bounds: the blocks in address order, outer
 * first ({@link Bounds#BY_START_OUTER_FIRST}), each with the index of the nearest block around it.
 * Prefix blocks never cross (two of them are disjoint or one holds the other), so the blocks inside a
 * block are the run that follows it in that order up to its last address, and the most specific block
 * holding a block is the last one at or before it in the order or one of the blocks around that one
 * (at most one per prefix length). A question is a binary search over arrays of longs, then a walk of
 * at most the depth of nesting, or of the answer's length.
 *
 * @param <V> the value kept per block
 */
final class PrefixTable<V> implements PrefixIndex<V> {

    private static final int IPV4_BITS = 32;

    private final int size;
    private final int[] bits;
    private final long[] startHigh;
    private final long[] startLow;
    private final long[] endHigh;
    private final long[] endLow;
    /** The index of the nearest block holding each block, or -1. */
    private final int[] parent;
    private final Object[] values;

    private PrefixTable(int size) {
        this.size = size;
        this.bits = new int[size];
        this.startHigh = new long[size];
        this.startLow = new long[size];
        this.endHigh = new long[size];
        this.endLow = new long[size];
        this.parent = new int[size];
        this.values = new Object[size];
    }

    /**
     * The table of {@code values.get(i)} at {@code blocks.get(i)} (made by {@link PrefixIndex#block};
     * {@code null}: left out). Of several values for one block the first in {@code order} stays, the
     * earliest given on a tie.
     */
    static <V> PrefixTable<V> of(List<IPAddress> blocks, List<? extends V> values, Comparator<? super V> order) {
        int n = blocks.size();
        Bounds[] keys = new Bounds[n];
        for (int i = 0; i < n; i++) {
            IPAddress block = blocks.get(i);
            keys[i] = block == null ? null : Bounds.of(PrefixIndex.key(block));
        }
        int[] sorted = order(blocks, keys);
        int count = sorted.length;
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || !keys[sorted[k]].equals(keys[sorted[k - 1]])) {
                distinct++;
            }
        }
        PrefixTable<V> table = new PrefixTable<>(distinct);
        int at = -1;
        int[] open = new int[Math.min(distinct, 130) + 1];
        int depth = 0;
        for (int k = 0; k < count; k++) {
            int i = sorted[k];
            V value = values.get(i);
            Bounds key = keys[i];
            if (at >= 0 && key.equals(keys[sorted[k - 1]])) {
                @SuppressWarnings("unchecked")
                V kept = (V) table.values[at];
                if (order.compare(value, kept) < 0) {
                    table.values[at] = value;
                }
                continue;
            }
            at++;
            table.bits[at] = key.bits();
            table.startHigh[at] = key.startHigh();
            table.startLow[at] = key.startLow();
            table.endHigh[at] = key.endHigh();
            table.endLow[at] = key.endLow();
            table.values[at] = value;
            while (depth > 0 && !table.holds(open[depth - 1], key)) {
                depth--;
            }
            table.parent[at] = depth == 0 ? -1 : open[depth - 1];
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = at;
        }
        return table;
    }

    /**
     * The indexes of the non-null keys in {@link Bounds#BY_START_OUTER_FIRST} order, equal keys in the
     * order given: {@link AddressOrder}, which sorts the IPv4 blocks (nearly always all of them) as longs,
     * then the blocks it leaves as given sorted by the comparator.
     */
    private static int[] order(List<IPAddress> blocks, Bounds[] keys) {
        int[] order = AddressOrder.of(blocks);
        int sorted = 0;
        if (blocks.size() < AddressOrder.SORTABLE) {
            while (sorted < order.length && keys[order[sorted]].bits() == IPV4_BITS) {
                sorted++;
            }
        }
        Integer[] rest = new Integer[order.length - sorted];
        for (int k = 0; k < rest.length; k++) {
            rest[k] = order[sorted + k];
        }
        // stable: one block's values stay in the order given
        Arrays.sort(rest, (a, b) -> Bounds.BY_START_OUTER_FIRST.compare(keys[a], keys[b]));
        for (int k = 0; k < rest.length; k++) {
            order[sorted + k] = rest[k];
        }
        return order;
    }

    /** Whether block {@code i} holds (or is) {@code key}. */
    private boolean holds(int i, Bounds key) {
        return bits[i] == key.bits()
                && Bounds.compare(startHigh[i], startLow[i], key.startHigh(), key.startLow()) <= 0
                && Bounds.compare(endHigh[i], endLow[i], key.endHigh(), key.endLow()) >= 0;
    }

    /** Compares block {@code i} with {@code key} in {@link Bounds#BY_START_OUTER_FIRST}. */
    private int compare(int i, Bounds key) {
        int c = Integer.compare(bits[i], key.bits());
        if (c == 0) {
            c = Bounds.compare(startHigh[i], startLow[i], key.startHigh(), key.startLow());
        }
        return c != 0 ? c : Bounds.compare(key.endHigh(), key.endLow(), endHigh[i], endLow[i]);
    }

    /** The first index whose block comes after {@code key} ({@code after}) or not before it. */
    private int search(Bounds key, boolean after) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            int c = compare(mid, key);
            if (c < 0 || after && c == 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int match(Bounds key) {
        int i = search(key, true) - 1;
        while (i >= 0 && !holds(i, key)) {
            i = parent[i];
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
        return (V) values[i];
    }

    @Override
    public V longestPrefixMatch(IPAddress block) {
        int i = match(Bounds.of(PrefixIndex.key(block)));
        return i < 0 ? null : value(i);
    }

    @Override
    public List<V> inside(IPAddress block) {
        return inside(Bounds.of(PrefixIndex.key(block)));
    }

    private List<V> inside(Bounds key) {
        List<V> result = new ArrayList<>();
        for (int i = search(key, false); i < size && bits[i] == key.bits()
                && Bounds.compare(startHigh[i], startLow[i], key.endHigh(), key.endLow()) <= 0; i++) {
            result.add(value(i));
        }
        return result;
    }

    @Override
    public Around<V> around(IPAddress block) {
        Bounds key = Bounds.of(PrefixIndex.key(block));
        int i = match(key);
        return new Around<>(i < 0 ? null : value(i), inside(key));
    }
}
