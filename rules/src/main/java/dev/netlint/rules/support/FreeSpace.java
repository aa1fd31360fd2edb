package dev.netlint.rules.support;

import dev.netlint.core.plan.RangeIndex;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.ipv6.IPv6Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The address space that used ranges leave free, indexed so that each question costs O(log n): the
 * free runs (the gaps between the merged used ranges) in a balanced tree ({@link FreeRuns}) that knows the largest run
 * below each node. {@link FreeRange} answers the same questions with a pass over every used range; a
 * rule that asks once per pool (a device with 100,000 pools, each outside its subnet) would then take
 * O(n²). A place handed out can be {@link #take taken}, so that the next question does not get it.
 *
 * <p>A question may leave one used range out (the pool that is to move keeps no claim on its own
 * place): the free space changes only inside that range, so only the used ranges overlapping it are
 * looked at, lowest first, and at most {@value #LOOKED_AT} of them; past those, the rest of the range
 * counts as used. The place found is then free, though in a subnet fragmented beyond that it may not
 * be the lowest one.
 */
final class FreeSpace<T> {

    /** How many used ranges inside a range left out are looked at before the rest counts as used. */
    static final int LOOKED_AT = 64;
    /** How many are asked for first: most ranges left out are covered by one or two others, or by none. */
    private static final int FIRST_LOOK = 4;
    /** How many runs of the right size are tried for an aligned block before one twice as large is taken. */
    private static final int ALIGNED_TRIES = 32;

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

    private final Map<Integer, FreeRuns> families = new HashMap<>();
    /** The places taken, per family: first address to last. */
    private final Map<Integer, TreeMap<BigInteger, BigInteger>> taken = new HashMap<>();
    private final Map<Integer, List<BigInteger[]>> usedByFamily = new HashMap<>();
    private final RangeIndex<T> used;
    private final Function<T, IPAddressSeqRange> rangeOf;

    /** The free space around the used items, each with its range. */
    FreeSpace(List<T> usedItems, Function<T, IPAddressSeqRange> rangeOf) {
        this.rangeOf = rangeOf;
        this.used = RangeIndex.of(usedItems, rangeOf);
        for (T item : usedItems) {
            IPAddressSeqRange range = rangeOf.apply(item);
            usedByFamily.computeIfAbsent(range.getBitCount(), b -> new ArrayList<>())
                    .add(new BigInteger[] {range.getLower().getValue(), range.getUpper().getValue()});
        }
    }

    /** The used items (for a caller's own questions about them). */
    RangeIndex<T> used() {
        return used;
    }

    /** The free runs of a family, made on first use from the merged used ranges. */
    private FreeRuns runs(int bits) {
        return families.computeIfAbsent(bits, b -> {
            FreeRuns runs = new FreeRuns();
            BigInteger max = BigInteger.ONE.shiftLeft(b).subtract(BigInteger.ONE);
            List<BigInteger[]> ranges = new ArrayList<>(usedByFamily.getOrDefault(b, List.of()));
            ranges.sort((x, y) -> x[0].compareTo(y[0]));
            BigInteger next = BigInteger.ZERO;
            for (BigInteger[] range : ranges) {
                if (range[0].compareTo(next) > 0) {
                    runs.add(next, range[0].subtract(BigInteger.ONE));
                }
                next = next.max(range[1].add(BigInteger.ONE));
            }
            if (next.compareTo(max) <= 0) {
                runs.add(next, max);
            }
            return runs;
        });
    }

    /**
     * The lowest range of {@code size} consecutive free addresses in {@code within}, leaving out the used
     * item {@code ignored} (or none), and not at the first or last address of {@code within} when those
     * are taken (a subnet's network and broadcast address).
     */
    Optional<IPAddressSeqRange> first(IPAddressSeqRange within, BigInteger size, T ignored,
                                             boolean firstTaken, boolean lastTaken) {
        if (size.signum() <= 0) {
            return Optional.empty();
        }
        BigInteger start = find(within, new Want(size, false), ignored, firstTaken, lastTaken);
        if (start == null) {
            return Optional.empty();
        }
        return Optional.of(at(within, start).spanWithRange(at(within, start.add(size).subtract(BigInteger.ONE))));
    }

    /** As {@link #first}, for a prefix block of {@code prefixLength}: the pool keeps its notation. */
    Optional<IPAddress> firstBlock(IPAddressSeqRange within, int prefixLength, T ignored, boolean firstTaken,
                                          boolean lastTaken) {
        BigInteger size = BigInteger.ONE.shiftLeft(within.getBitCount() - prefixLength);
        BigInteger start = find(within, new Want(size, true), ignored, firstTaken, lastTaken);
        return start == null ? Optional.empty() : Optional.of(at(within, start).toPrefixBlock(prefixLength));
    }

    /** Marks a place handed out as used: later questions are answered around it. */
    void take(IPAddressSeqRange range) {
        FreeRuns runs = runs(range.getBitCount());
        BigInteger first = range.getLower().getValue();
        BigInteger last = range.getUpper().getValue();
        taken.computeIfAbsent(range.getBitCount(), b -> new TreeMap<>()).merge(first, last, BigInteger::max);
        FreeRuns.Node run = runs.floor(first);
        if (run == null || run.last.compareTo(first) < 0) {
            run = runs.ceiling(first);
        }
        while (run != null && run.first.compareTo(last) <= 0) {
            BigInteger runFirst = run.first;
            BigInteger runLast = run.last;
            runs.remove(runFirst);
            if (runFirst.compareTo(first) < 0) {
                runs.add(runFirst, first.subtract(BigInteger.ONE));
            }
            if (runLast.compareTo(last) > 0) {
                runs.add(last.add(BigInteger.ONE), runLast);
                break;
            }
            run = runs.ceiling(runLast.add(BigInteger.ONE));
        }
    }

    /** The address {@code offset} after {@code address}. */
    static IPAddress plus(IPAddress address, BigInteger offset) {
        if (address instanceof IPv6Address v6) {
            return v6.increment(offset);
        }
        return address.increment(offset.longValueExact());
    }

    private static IPAddress at(IPAddressSeqRange within, BigInteger value) {
        IPAddress lower = within.getLower().withoutPrefixLength();
        return plus(lower, value.subtract(lower.getValue()));
    }

    private BigInteger find(IPAddressSeqRange within, Want want, T ignored, boolean firstTaken, boolean lastTaken) {
        BigInteger a = within.getLower().getValue().add(firstTaken ? BigInteger.ONE : BigInteger.ZERO);
        BigInteger b = within.getUpper().getValue().subtract(lastTaken ? BigInteger.ONE : BigInteger.ZERO);
        FreeRuns runs = runs(within.getBitCount());
        IPAddressSeqRange left = ignored == null ? null : rangeOf.apply(ignored);
        if (left == null || left.getBitCount() != within.getBitCount()
                || left.getUpper().getValue().compareTo(a) < 0 || left.getLower().getValue().compareTo(b) > 0) {
            return fit(runs, a, b, want);
        }
        List<BigInteger[]> zone = zone(runs, left, ignored);
        if (zone.isEmpty()) {
            return fit(runs, a, b, want);
        }
        BigInteger zoneFirst = zone.get(0)[0];
        BigInteger zoneLast = zone.get(zone.size() - 1)[1];
        BigInteger found = fit(runs, a, b.min(zoneFirst.subtract(BigInteger.ONE)), want);
        if (found != null) {
            return found;
        }
        for (BigInteger[] run : zone) {
            found = want.placeIn(run[0].max(a), run[1].min(b));
            if (found != null) {
                return found;
            }
        }
        return fit(runs, a.max(zoneLast.add(BigInteger.ONE)), b, want);
    }

    /** The first place in the free runs within {@code [a, b]}. */
    private static BigInteger fit(FreeRuns runs, BigInteger a, BigInteger b, Want want) {
        if (a.compareTo(b) > 0) {
            return null;
        }
        FreeRuns.Node holding = runs.floor(a);
        if (holding != null && holding.last.compareTo(a) >= 0) {
            BigInteger found = want.placeIn(a, holding.last.min(b));
            if (found != null || holding.last.compareTo(b) >= 0) {
                return found;
            }
        }
        BigInteger from = a.add(BigInteger.ONE);
        int tries = want.aligned() ? ALIGNED_TRIES : 1;
        for (int i = 0; i <= tries; i++) {
            // The last try of an aligned block asks for twice the size less one, which always holds one.
            BigInteger size = i < tries || !want.aligned() ? want.size()
                    : want.size().shiftLeft(1).subtract(BigInteger.ONE);
            FreeRuns.Node run = runs.firstAtLeast(from, size);
            if (run == null || run.first.compareTo(b) > 0) {
                return null;
            }
            BigInteger found = want.placeIn(run.first, run.last.min(b));
            if (found != null || run.last.compareTo(b) >= 0 || !want.aligned()) {
                return found;
            }
            from = run.first.add(BigInteger.ONE);
        }
        return null;
    }

    /**
     * The free runs that appear when {@code left} is free: its addresses that no other used range and no
     * place taken covers, joined with the free runs that touch it, lowest first.
     */
    private List<BigInteger[]> zone(FreeRuns runs, IPAddressSeqRange left, T ignored) {
        BigInteger leftFirst = left.getLower().getValue();
        BigInteger leftLast = left.getUpper().getValue();
        List<BigInteger[]> placed = takenIn(left);
        if (placed == null) {
            return new ArrayList<>();
        }
        List<BigInteger[]> inside = sweep(covering(left, FIRST_LOOK, ignored, placed), leftFirst, leftLast, false);
        if (inside == null) {
            List<BigInteger[]> covering = covering(left, LOOKED_AT + 1, ignored, placed);
            inside = sweep(covering, leftFirst, leftLast, false);
            if (inside == null) {
                inside = sweep(covering, leftFirst, leftLast, true);
            }
        }
        if (inside.isEmpty()) {
            return inside;
        }
        BigInteger[] firstRun = inside.get(0);
        if (firstRun[0].equals(leftFirst) && leftFirst.signum() > 0) {
            FreeRuns.Node before = runs.floor(leftFirst.subtract(BigInteger.ONE));
            if (before != null && before.last.equals(leftFirst.subtract(BigInteger.ONE))) {
                firstRun[0] = before.first;
            }
        }
        BigInteger[] lastRun = inside.get(inside.size() - 1);
        if (lastRun[1].equals(leftLast)) {
            FreeRuns.Node after = runs.ceiling(leftLast.add(BigInteger.ONE));
            if (after != null && after.first.equals(leftLast.add(BigInteger.ONE))) {
                lastRun[1] = after.last;
            }
        }
        return inside;
    }

    /** The places taken that overlap {@code range}; {@code null} when there are more than {@value #LOOKED_AT}. */
    private List<BigInteger[]> takenIn(IPAddressSeqRange range) {
        TreeMap<BigInteger, BigInteger> placed = taken.get(range.getBitCount());
        List<BigInteger[]> found = new ArrayList<>();
        if (placed == null) {
            return found;
        }
        BigInteger first = range.getLower().getValue();
        BigInteger last = range.getUpper().getValue();
        Map.Entry<BigInteger, BigInteger> before = placed.floorEntry(first);
        if (before != null && before.getValue().compareTo(first) >= 0) {
            found.add(new BigInteger[] {before.getKey(), before.getValue()});
        }
        for (Map.Entry<BigInteger, BigInteger> entry : placed.subMap(first, false, last, true).entrySet()) {
            if (found.size() >= LOOKED_AT) {
                return null;
            }
            found.add(new BigInteger[] {entry.getKey(), entry.getValue()});
        }
        return found;
    }

    /**
     * What covers {@code left} besides itself, lowest first: the first {@code asked} used ranges that overlap
     * it and the places taken in it. When as many used ranges as asked come back, there may be more: the
     * last one's first address is then the end of what is known (marked by a {@code null} entry after the
     * ranges that start up to it).
     */
    private List<BigInteger[]> covering(IPAddressSeqRange left, int asked, T ignored, List<BigInteger[]> placed) {
        List<T> others = used.overlapping(left, asked);
        BigInteger known = null;
        if (others.size() >= asked) {
            known = rangeOf.apply(others.get(others.size() - 1)).getLower().getValue();
        }
        List<BigInteger[]> covering = new ArrayList<>();
        for (T other : others) {
            if (other != ignored) {
                IPAddressSeqRange range = rangeOf.apply(other);
                covering.add(new BigInteger[] {range.getLower().getValue(), range.getUpper().getValue()});
            }
        }
        for (BigInteger[] place : placed) {
            if (known == null || place[0].compareTo(known) <= 0) {
                covering.add(place);
            }
        }
        covering.sort((x, y) -> x[0].compareTo(y[0]));
        if (known != null) {
            covering.add(new BigInteger[] {known, null});
        }
        return covering;
    }

    /**
     * The free runs inside {@code [leftFirst, leftLast]} between the covering ranges (lowest first).
     * When what is known ends before the range does (a {@code null} entry), the result is {@code null},
     * or, with {@code truncate}, the runs below that end, the rest counting as used.
     */
    private static List<BigInteger[]> sweep(List<BigInteger[]> covering, BigInteger leftFirst, BigInteger leftLast,
                                            boolean truncate) {
        List<BigInteger[]> inside = new ArrayList<>();
        BigInteger next = leftFirst;
        for (BigInteger[] range : covering) {
            if (range[1] == null) {
                // What is known ends at range[0]: runs that end before it are sure; past it, nothing is.
                if (!truncate) {
                    return null;
                }
                if (range[0].compareTo(next) > 0) {
                    inside.add(new BigInteger[] {next, range[0].subtract(BigInteger.ONE)});
                }
                return inside;
            }
            if (range[0].compareTo(next) > 0) {
                inside.add(new BigInteger[] {next, range[0].subtract(BigInteger.ONE)});
            }
            next = next.max(range[1].add(BigInteger.ONE));
            if (next.compareTo(leftLast) > 0) {
                return inside;
            }
        }
        inside.add(new BigInteger[] {next, leftLast});
        return inside;
    }
}
