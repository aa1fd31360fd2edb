package dev.netlint.rules.support;

import dev.netlint.core.plan.Overlaps;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.ipv6.IPv6Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Free address space: what is left of a subnet once the used ranges are subtracted, and the first
 * free range or prefix block of a given size in it. Rules use it to turn "this pool is in the wrong
 * place" into "move it here".
 */
public final class FreeRange {

    private FreeRange() {
    }

    /**
     * The parts of {@code within} that no range of {@code used} touches, lowest first. Used ranges of
     * the other family, or outside {@code within}, are ignored. Sorting first makes it one pass:
     * O(n log n) whatever the number of used ranges.
     */
    public static List<IPAddressSeqRange> gaps(IPAddressSeqRange within, Collection<IPAddressSeqRange> used) {
        List<IPAddressSeqRange> clipped = new ArrayList<>();
        for (IPAddressSeqRange range : used) {
            if (range != null && sameFamily(range, within) && range.overlaps(within)) {
                clipped.add(within.contains(range) ? range : range.intersect(within));
            }
        }
        clipped.sort(Overlaps.BY_START);
        List<IPAddressSeqRange> gaps = new ArrayList<>();
        IPAddressSeqRange rest = within;
        for (IPAddressSeqRange taken : clipped) {
            if (!rest.overlaps(taken)) {
                continue;
            }
            IPAddressSeqRange above = null;
            for (IPAddressSeqRange piece : rest.subtract(taken)) {
                if (Overlaps.compareValue(piece.getUpper(), taken.getLower()) < 0) {
                    gaps.add(piece);
                } else {
                    above = piece;
                }
            }
            rest = above;
            if (rest == null) {
                return gaps;
            }
        }
        gaps.add(rest);
        return gaps;
    }

    /** The lowest range of {@code size} consecutive addresses in {@code within} clear of {@code used}. */
    public static Optional<IPAddressSeqRange> first(IPAddressSeqRange within, BigInteger size,
                                                    Collection<IPAddressSeqRange> used) {
        if (size.signum() <= 0) {
            return Optional.empty();
        }
        for (IPAddressSeqRange gap : gaps(within, used)) {
            if (gap.getCount().compareTo(size) >= 0) {
                IPAddress start = gap.getLower().withoutPrefixLength();
                return Optional.of(start.spanWithRange(plus(start, size.subtract(BigInteger.ONE))));
            }
        }
        return Optional.empty();
    }

    /**
     * The lowest prefix block of {@code prefixLength} in {@code within} clear of {@code used}, for a
     * pool written as a prefix: the suggestion keeps the notation its author chose.
     */
    public static Optional<IPAddress> firstBlock(IPAddressSeqRange within, int prefixLength,
                                                 Collection<IPAddressSeqRange> used) {
        for (IPAddressSeqRange gap : gaps(within, used)) {
            for (IPAddress block : gap.spanWithPrefixBlocks()) {
                Integer length = block.getNetworkPrefixLength();
                int blockLength = length == null ? block.getBitCount() : length;
                if (blockLength <= prefixLength) {
                    return Optional.of(block.getLower().withoutPrefixLength().toPrefixBlock(prefixLength));
                }
            }
        }
        return Optional.empty();
    }

    private static IPAddress plus(IPAddress address, BigInteger offset) {
        if (address instanceof IPv6Address v6) {
            return v6.increment(offset);
        }
        return address.increment(offset.longValueExact());
    }

    private static boolean sameFamily(IPAddressSeqRange a, IPAddressSeqRange b) {
        return a.getLower().getIPVersion() == b.getLower().getIPVersion();
    }
}
