package dev.netlint.rules.support;

import dev.netlint.core.plan.RangeIndex;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.ipv6.IPv6Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The address space that used ranges leave free, indexed once so that each question costs O(log n):
 * the union of the used ranges, merged into disjoint pieces, the gaps between the pieces, and a
 * segment tree of the gap sizes. {@link FreeRange} answers the same questions with a pass over every
 * used range; a rule that asks once per pool (a device with 100,000 pools, each outside its subnet)
 * would then take O(n²).
 *
 * <p>A question may leave one used range out (the pool that is to move keeps no claim on its own
 * place): the union changes only inside that range, so only the used ranges overlapping it are
 * looked at, lowest first, and at most {@value #LOOKED_AT} of them; past those, the rest of the range
 * counts as used. The place found is then free, though in a subnet fragmented beyond that it may not
 * be the lowest one.
 */
public final class FreeSpace<T> {

    /** How many used ranges inside a range left out are looked at before the rest counts as used. */
    static final int LOOKED_AT = 64;
    /** How many are asked for first. */
    private static final int FIRST_LOOK = 4;
    /** How many gaps of the right size are tried for an aligned block before one twice as large is taken. */
    private static final int ALIGNED_TRIES = 32;

    /** The pieces of one family: disjoint, not touching, lowest first; and the gaps between them. */
    private static final class Family {
        final BigInteger max;
        final BigInteger[] first;
        final BigInteger[] last;
        /** Segment tree over the gaps 0..pieces: the largest gap size below each node. */
        final BigInteger[] largest;
        final int leaves;

        Family(int bits, List<BigInteger[]> merged) {
            max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            first = new BigInteger[merged.size()];
            last = new BigInteger[merged.size()];
            for (int i = 0; i < merged.size(); i++) {
                first[i] = merged.get(i)[0];
                last[i] = merged.get(i)[1];
            }
            int gaps = first.length + 1;
            int size = 1;
            while (size < gaps) {
                size <<= 1;
            }
            leaves = size;
            largest = new BigInteger[2 * size];
            Arrays.fill(largest, BigInteger.ZERO);
            for (int j = 0; j < gaps; j++) {
                largest[size + j] = size(j);
            }
            for (int node = size - 1; node >= 1; node--) {
                largest[node] = largest[2 * node].max(largest[2 * node + 1]);
            }
        }

        int gaps() {
            return first.length + 1;
        }

        BigInteger gapFirst(int j) {
            return j == 0 ? BigInteger.ZERO : last[j - 1].add(BigInteger.ONE);
        }

        BigInteger gapLast(int j) {
            return j == first.length ? max : first[j].subtract(BigInteger.ONE);
        }

        BigInteger size(int j) {
            BigInteger size = gapLast(j).subtract(gapFirst(j)).add(BigInteger.ONE);
            return size.signum() < 0 ? BigInteger.ZERO : size;
        }

        /** How many pieces start at or before {@code value}. */
        int piecesUpTo(BigInteger value) {
            int low = 0;
            int high = first.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (first[middle].compareTo(value) <= 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /** The first gap index in {@code [from, to]} of at least {@code size} addresses, or -1. */
        int firstAtLeast(int from, int to, BigInteger size) {
            if (from > to) {
                return -1;
            }
            return firstAtLeast(1, 0, leaves - 1, from, to, size);
        }

        private int firstAtLeast(int node, int nodeFrom, int nodeTo, int from, int to, BigInteger size) {
            if (nodeTo < from || nodeFrom > to || largest[node].compareTo(size) < 0) {
                return -1;
            }
            if (nodeFrom == nodeTo) {
                return nodeFrom;
            }
            int middle = (nodeFrom + nodeTo) >>> 1;
            int left = firstAtLeast(2 * node, nodeFrom, middle, from, to, size);
            return left >= 0 ? left : firstAtLeast(2 * node + 1, middle + 1, nodeTo, from, to, size);
        }
    }

    /** What a free range must be: a size, or an aligned block of a size (a power of two). */
    private record Want(BigInteger size, boolean aligned) {

        /** Where a free range {@code [from, to]} can hold what is wanted, or {@code null}. */
        BigInteger placeIn(BigInteger from, BigInteger to) {
            if (from.compareTo(to) > 0) {
                return null;
            }
            BigInteger start = from;
            if (aligned) {
                BigInteger mask = size.subtract(BigInteger.ONE);
                start = from.add(mask).andNot(mask);
            }
            return start.add(size).subtract(BigInteger.ONE).compareTo(to) <= 0 ? start : null;
        }
    }

    private final Map<Integer, Family> families = new HashMap<>();
    private final RangeIndex<T> used;
    private final Function<T, IPAddressSeqRange> rangeOf;

    /** The free space around the used items, each with its range. */
    public FreeSpace(List<T> usedItems, Function<T, IPAddressSeqRange> rangeOf) {
        this.rangeOf = rangeOf;
        this.used = RangeIndex.of(usedItems, rangeOf);
        Map<Integer, List<BigInteger[]>> byFamily = new HashMap<>();
        for (T item : usedItems) {
            IPAddressSeqRange range = rangeOf.apply(item);
            byFamily.computeIfAbsent(range.getBitCount(), b -> new ArrayList<>())
                    .add(new BigInteger[] {range.getLower().getValue(), range.getUpper().getValue()});
        }
        byFamily.forEach((bits, ranges) -> {
            ranges.sort((a, b) -> a[0].compareTo(b[0]));
            List<BigInteger[]> merged = new ArrayList<>();
            for (BigInteger[] range : ranges) {
                BigInteger[] top = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (top != null && top[1].add(BigInteger.ONE).compareTo(range[0]) >= 0) {
                    top[1] = top[1].max(range[1]);
                } else {
                    merged.add(new BigInteger[] {range[0], range[1]});
                }
            }
            families.put(bits, new Family(bits, merged));
        });
    }

    /** The used items (for a caller's own questions about them). */
    public RangeIndex<T> used() {
        return used;
    }

    /**
     * The lowest range of {@code size} consecutive free addresses in {@code within}, leaving out the used
     * item {@code ignored} (or none), and not at the first or last address of {@code within} when those
     * are taken (a subnet's network and broadcast address).
     */
    public Optional<IPAddressSeqRange> first(IPAddressSeqRange within, BigInteger size, T ignored,
                                             boolean firstTaken, boolean lastTaken) {
        if (size.signum() <= 0) {
            return Optional.empty();
        }
        BigInteger start = find(within, new Want(size, false), ignored, firstTaken, lastTaken);
        if (start == null) {
            return Optional.empty();
        }
        IPAddress lower = at(within, start);
        IPAddress upper = at(within, start.add(size).subtract(BigInteger.ONE));
        return Optional.of(lower.spanWithRange(upper));
    }

    /** As {@link #first}, for a prefix block of {@code prefixLength}: the pool keeps its notation. */
    public Optional<IPAddress> firstBlock(IPAddressSeqRange within, int prefixLength, T ignored, boolean firstTaken,
                                          boolean lastTaken) {
        int bits = within.getBitCount();
        BigInteger size = BigInteger.ONE.shiftLeft(bits - prefixLength);
        BigInteger start = find(within, new Want(size, true), ignored, firstTaken, lastTaken);
        return start == null ? Optional.empty() : Optional.of(at(within, start).toPrefixBlock(prefixLength));
    }

    private static IPAddress at(IPAddressSeqRange within, BigInteger value) {
        IPAddress lower = within.getLower().withoutPrefixLength();
        return plus(lower, value.subtract(lower.getValue()));
    }

    /** The address {@code offset} after {@code address}. */
    static IPAddress plus(IPAddress address, BigInteger offset) {
        if (address instanceof IPv6Address v6) {
            return v6.increment(offset);
        }
        return address.increment(offset.longValueExact());
    }

    private BigInteger find(IPAddressSeqRange within, Want want, T ignored, boolean firstTaken, boolean lastTaken) {
        BigInteger a = within.getLower().getValue().add(firstTaken ? BigInteger.ONE : BigInteger.ZERO);
        BigInteger b = within.getUpper().getValue().subtract(lastTaken ? BigInteger.ONE : BigInteger.ZERO);
        if (a.compareTo(b) > 0) {
            return null;
        }
        Family family = families.get(within.getBitCount());
        if (family == null) {
            return want.placeIn(a, b);
        }
        // The gaps that meet [a, b]: from the gap holding a (or the first after it) to the one holding b.
        int fromGap = family.piecesUpTo(a);
        int toGap = family.piecesUpTo(b);
        if (toGap > 0 && family.last[toGap - 1].compareTo(b) >= 0) {
            toGap--;
        }
        IPAddressSeqRange left = ignored == null ? null : rangeOf.apply(ignored);
        if (left == null || left.getBitCount() != within.getBitCount()
                || left.getUpper().getValue().compareTo(a) < 0 || left.getLower().getValue().compareTo(b) > 0) {
            return inGaps(family, fromGap, toGap, a, b, want);
        }
        // The piece that holds the range left out, and the gaps on either side of it.
        int piece = family.piecesUpTo(left.getLower().getValue()) - 1;
        BigInteger found = inGaps(family, fromGap, Math.min(toGap, piece - 1), a, b, want);
        if (found != null) {
            return found;
        }
        found = inPiece(family, piece, left, ignored, a, b, want);
        if (found != null) {
            return found;
        }
        return inGaps(family, Math.max(fromGap, piece + 2), toGap, a, b, want);
    }

    /** The first place in gaps {@code from..to}, each clipped to {@code [a, b]}. */
    private static BigInteger inGaps(Family family, int from, int to, BigInteger a, BigInteger b, Want want) {
        if (from > to) {
            return null;
        }
        BigInteger found = want.placeIn(family.gapFirst(from).max(a), family.gapLast(from).min(b));
        if (found != null || from == to) {
            return found;
        }
        int inner = firstInside(family, from + 1, to - 1, want);
        if (inner >= 0) {
            return want.placeIn(family.gapFirst(inner), family.gapLast(inner));
        }
        return want.placeIn(family.gapFirst(to).max(a), family.gapLast(to).min(b));
    }

    /** The first gap of {@code from..to} (all inside the range asked about) that holds what is wanted. */
    private static int firstInside(Family family, int from, int to, Want want) {
        if (!want.aligned()) {
            return family.firstAtLeast(from, to, want.size());
        }
        int next = from;
        for (int tries = 0; tries < ALIGNED_TRIES; tries++) {
            int j = family.firstAtLeast(next, to, want.size());
            if (j < 0) {
                return -1;
            }
            if (want.placeIn(family.gapFirst(j), family.gapLast(j)) != null) {
                return j;
            }
            next = j + 1;
        }
        // A gap of twice the size less one always holds an aligned block.
        return family.firstAtLeast(next, to, want.size().shiftLeft(1).subtract(BigInteger.ONE));
    }

    /**
     * The first place in the gap before {@code piece}, the piece without the range left out, and the gap
     * after it: the free runs there once the range left out is free, each clipped to {@code [a, b]}.
     * Points of the piece outside the range left out are covered by other used ranges (the piece is their
     * union); inside it, the other ranges that overlap it are swept lowest first.
     */
    private BigInteger inPiece(Family family, int piece, IPAddressSeqRange left, T ignored, BigInteger a,
                               BigInteger b, Want want) {
        BigInteger leftFirst = left.getLower().getValue();
        BigInteger leftLast = left.getUpper().getValue();
        // Most ranges left out are covered by one or two others, or by none: a few are asked for first.
        List<BigInteger[]> inside = sweep(used.overlapping(left, FIRST_LOOK), FIRST_LOOK, leftFirst, leftLast, ignored);
        if (inside == null) {
            List<T> more = used.overlapping(left, LOOKED_AT + 1);
            inside = sweep(more, LOOKED_AT + 1, leftFirst, leftLast, ignored);
            if (inside == null) {
                inside = sweep(more, 0, leftFirst, leftLast, ignored);
            }
        }
        List<BigInteger[]> runs = new ArrayList<>();
        BigInteger before = family.gapFirst(piece);
        boolean beforeOpen = before.compareTo(family.first[piece]) < 0;
        BigInteger after = family.gapLast(piece + 1);
        boolean afterOpen = piece + 1 < family.gaps() && after.compareTo(family.last[piece]) > 0;
        if (!inside.isEmpty() && inside.get(0)[0].equals(family.first[piece]) && beforeOpen) {
            inside.get(0)[0] = before;
            beforeOpen = false;
        }
        if (beforeOpen) {
            runs.add(new BigInteger[] {before, family.first[piece].subtract(BigInteger.ONE)});
        }
        runs.addAll(inside);
        BigInteger[] last = inside.isEmpty() ? null : inside.get(inside.size() - 1);
        if (last != null && last[1].equals(family.last[piece]) && afterOpen) {
            last[1] = after;
            afterOpen = false;
        }
        if (afterOpen) {
            runs.add(new BigInteger[] {family.last[piece].add(BigInteger.ONE), after});
        }
        return first(runs, a, b, want);
    }

    /**
     * The free runs inside {@code [leftFirst, leftLast]} that the ranges {@code others} (lowest first,
     * the one left out among them) leave. {@code null} when {@code others} may not be all of them (as many
     * as {@code asked}) and they do not cover the range to its end; with {@code asked} 0, the rest past
     * those looked at counts as used.
     */
    private List<BigInteger[]> sweep(List<T> others, int asked, BigInteger leftFirst, BigInteger leftLast,
                                     T ignored) {
        List<BigInteger[]> inside = new ArrayList<>();
        BigInteger next = leftFirst;
        for (T other : others) {
            if (other == ignored) {
                continue;
            }
            IPAddressSeqRange range = rangeOf.apply(other);
            BigInteger otherFirst = range.getLower().getValue();
            if (otherFirst.compareTo(next) > 0) {
                inside.add(new BigInteger[] {next, otherFirst.subtract(BigInteger.ONE)});
            }
            next = next.max(range.getUpper().getValue().add(BigInteger.ONE));
            if (next.compareTo(leftLast) > 0) {
                return inside;
            }
        }
        if (asked > 0 && others.size() >= asked) {
            return null;
        }
        if (asked > 0) {
            inside.add(new BigInteger[] {next, leftLast});
        }
        return inside;
    }

    private static BigInteger first(List<BigInteger[]> runs, BigInteger a, BigInteger b, Want want) {
        for (BigInteger[] run : runs) {
            BigInteger found = want.placeIn(run[0].max(a), run[1].min(b));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
