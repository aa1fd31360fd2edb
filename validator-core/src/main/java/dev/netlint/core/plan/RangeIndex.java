package dev.netlint.core.plan;

import inet.ipaddr.IPAddressSeqRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items with address ranges, sorted once so that the items overlapping a range are found in
 * O(log n + k) and counted in O(log n), never by a pass over all of them: the ranges sorted by first
 * address with a segment tree of the highest last address below each node, and the last addresses
 * sorted apart for counting. Ranges of two families never overlap.
 *
 * <p>With {@link #insert} the index also answers for a growing subset: built over every item with none
 * present ({@link #empty}), it finds and counts the present ones only, so that a pass in some order
 * (file order, say) asks "which items before this one overlap it" in O(log n + k).
 */
public final class RangeIndex<T> {

    private final List<T> items;
    /** The bounds sorted by family, first address, last address. */
    private final Bounds[] byStart;
    /** The position of each item (by its index in {@link #items}) in {@link #byStart}. */
    private final int[] positionOf;
    /** The item at each position of {@link #byStart}. */
    private final int[] itemAt;
    /** The last addresses sorted by family then value, and the position of each item in that order. */
    private final Bounds[] byEnd;
    private final int[] endPositionOf;
    /** Segment tree: the position of the highest last address present below each node, or -1. */
    private final int[] highest;
    private final int leaves;
    /** Counts of present items by start position and by end position (Fenwick trees). */
    private final int[] startCounts;
    private final int[] endCounts;
    private final boolean[] present;

    private RangeIndex(List<T> items, List<Bounds> bounds, boolean all) {
        this.items = List.copyOf(items);
        int n = items.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(bounds::get, Bounds.BY_START));
        byStart = new Bounds[n];
        positionOf = new int[n];
        itemAt = new int[n];
        for (int p = 0; p < n; p++) {
            byStart[p] = bounds.get(order[p]);
            positionOf[order[p]] = p;
            itemAt[p] = order[p];
        }
        Integer[] endOrder = order.clone();
        Arrays.sort(endOrder, Comparator.comparing((Integer i) -> bounds.get(i).bits())
                .thenComparing(bounds::get, Bounds.BY_END));
        byEnd = new Bounds[n];
        endPositionOf = new int[n];
        for (int p = 0; p < n; p++) {
            byEnd[p] = bounds.get(endOrder[p]);
            endPositionOf[endOrder[p]] = p;
        }
        int size = 1;
        while (size < Math.max(1, n)) {
            size <<= 1;
        }
        leaves = size;
        highest = new int[2 * size];
        Arrays.fill(highest, -1);
        startCounts = new int[n + 1];
        endCounts = new int[n + 1];
        present = new boolean[n];
        if (all) {
            for (int p = 0; p < n; p++) {
                highest[size + p] = p;
                present[itemAt[p]] = true;
            }
            for (int node = size - 1; node >= 1; node--) {
                highest[node] = higher(highest[2 * node], highest[2 * node + 1]);
            }
            for (int i = 0; i < n; i++) {
                add(startCounts, positionOf[i]);
                add(endCounts, endPositionOf[i]);
            }
        }
    }

    /** Every item present. */
    public static <T> RangeIndex<T> of(Collection<T> items, Function<T, IPAddressSeqRange> rangeOf) {
        List<T> list = new ArrayList<>(items);
        return new RangeIndex<>(list, list.stream().map(item -> Bounds.of(rangeOf.apply(item))).toList(), true);
    }

    /** Every plan entry present, with the bounds it already holds. */
    static RangeIndex<PlanEntry> ofEntries(List<PlanEntry> entries) {
        return new RangeIndex<>(entries, entries.stream().map(PlanEntry::bounds).toList(), true);
    }

    /** No item present yet: {@link #insert} adds them. */
    public static <T> RangeIndex<T> empty(List<T> items, Function<T, IPAddressSeqRange> rangeOf) {
        return new RangeIndex<>(items, items.stream().map(item -> Bounds.of(rangeOf.apply(item))).toList(), false);
    }

    /** Makes the {@code index}-th item of the list given present. */
    public void insert(int index) {
        if (present[index]) {
            return;
        }
        present[index] = true;
        int position = positionOf[index];
        int node = leaves + position;
        highest[node] = position;
        for (node >>= 1; node >= 1; node >>= 1) {
            highest[node] = higher(highest[2 * node], highest[2 * node + 1]);
        }
        add(startCounts, position);
        add(endCounts, endPositionOf[index]);
    }

    /** The present items whose range overlaps {@code range}, lowest first address first. */
    public List<T> overlapping(IPAddressSeqRange range) {
        return overlapping(range, Integer.MAX_VALUE);
    }

    /** The first {@code limit} of {@link #overlapping(IPAddressSeqRange)}, found in O((limit + 1) log n). */
    public List<T> overlapping(IPAddressSeqRange range, int limit) {
        return overlapping(Bounds.of(range), limit);
    }

    List<T> overlapping(Bounds query, int limit) {
        List<T> found = new ArrayList<>();
        for (int index : overlappingIndices(query, limit)) {
            found.add(items.get(index));
        }
        return found;
    }

    /** The indices (in the list given) of the first {@code limit} present items overlapping, lowest first. */
    List<Integer> overlappingIndices(Bounds query, int limit) {
        List<Integer> found = new ArrayList<>();
        int from = firstOfFamily(byStart, query.bits());
        int to = firstStartingAfter(query, from);
        if (from < to && limit > 0) {
            collect(1, 0, leaves, from, to, query, limit, found);
        }
        return found;
    }

    /** How many present items overlap {@code range}, in O(log n). */
    public int count(IPAddressSeqRange range) {
        return count(Bounds.of(range));
    }

    int count(Bounds query) {
        int from = firstOfFamily(byStart, query.bits());
        int to = firstStartingAfter(query, from);
        int startedBefore = sum(startCounts, to) - sum(startCounts, from);
        // Every range that ends before the query starts also starts before the query ends: it is among them.
        int endFrom = firstOfFamily(byEnd, query.bits());
        int endTo = firstEndingAtOrAfterStartOf(query, endFrom);
        return startedBefore - (sum(endCounts, endTo) - sum(endCounts, endFrom));
    }

    /** The items in the order given. */
    public List<T> items() {
        return items;
    }

    private void collect(int node, int nodeFrom, int nodeTo, int from, int to, Bounds query, int limit,
                         List<Integer> found) {
        if (found.size() >= limit || nodeTo <= from || nodeFrom >= to) {
            return;
        }
        int top = highest[node];
        if (top < 0 || byStart[top].endsBefore(query)) {
            return;
        }
        if (nodeTo - nodeFrom == 1) {
            found.add(itemAt[nodeFrom]);
            return;
        }
        int middle = (nodeFrom + nodeTo) >>> 1;
        collect(2 * node, nodeFrom, middle, from, to, query, limit, found);
        collect(2 * node + 1, middle, nodeTo, from, to, query, limit, found);
    }

    private int higher(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return Bounds.BY_END.compare(byStart[a], byStart[b]) >= 0 ? a : b;
    }

    /** The first position of the family's block in a family-sorted array (or where it would be). */
    private static int firstOfFamily(Bounds[] sorted, int bits) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle].bits() < bits) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first position from {@code from} whose range starts after the query ends, or leaves the family. */
    private int firstStartingAfter(Bounds query, int from) {
        int low = from;
        int high = byStart.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            Bounds b = byStart[middle];
            if (b.bits() == query.bits() && !query.endsBefore(b)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first end position from {@code from} whose range does not end before the query starts. */
    private int firstEndingAtOrAfterStartOf(Bounds query, int from) {
        int low = from;
        int high = byEnd.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            Bounds b = byEnd[middle];
            if (b.bits() == query.bits() && b.endsBefore(query)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void add(int[] tree, int position) {
        for (int i = position + 1; i < tree.length; i += i & -i) {
            tree[i]++;
        }
    }

    /** The count over positions {@code [0, end)}. */
    private static int sum(int[] tree, int end) {
        int total = 0;
        for (int i = end; i > 0; i -= i & -i) {
            total += tree[i];
        }
        return total;
    }
}
