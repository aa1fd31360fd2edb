package dev.netlint.core.plan;

import dev.netlint.core.model.Addresses;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.ipv4.IPv4Address;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * The first and last address of a prefix, an address or a range, as numbers that compare without
 * allocating: unsigned 128-bit values (IPv4 in the low word) with the family's bit count. IPAddress
 * gives the values; this only compares them, for the plan's linear scans over 130,000 entries, which
 * would otherwise make an {@code IPAddressSeqRange} of every entry (measured: most of the cost of
 * building the plan of the benchmark's huge device), and for the overlap sweep's sort.
 */
record Bounds(int bits, long startHigh, long startLow, long endHigh, long endLow) {

    /** Written out: a record's own equality goes through method handles, slow under the launcher's C1. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Bounds b && startLow == b.startLow && endLow == b.endLow && startHigh == b.startHigh
                && endHigh == b.endHigh && bits == b.bits;
    }

    @Override
    public int hashCode() {
        return ((Long.hashCode(startLow) * 31 + Long.hashCode(endLow)) * 31 + Long.hashCode(startHigh ^ endHigh)) * 31
                + bits;
    }

    /** The bounds of a prefix's block (host bits ignored), or of a single address without prefix length. */
    static Bounds of(IPAddress address) {
        if (address.isIPv4()) {
            // from the segments and the prefix length
            long value = value(address.toIPv4());
            Integer length = address.getNetworkPrefixLength();
            long hostMask = length == null ? 0 : 0xFFFFFFFFL >>> length;
            return new Bounds(IPv4Address.BIT_COUNT, 0, value & ~hostMask, 0, value | hostMask);
        }
        IPAddress block = Addresses.block(address);
        return of(block.getBitCount(), block.getValue(), block.getUpperValue());
    }

    /** The bounds of a range of addresses. */
    static Bounds of(IPAddressSeqRange range) {
        IPAddress lower = range.getLower();
        IPAddress upper = range.getUpper();
        if (lower.isIPv4()) {
            return new Bounds(IPv4Address.BIT_COUNT, 0, value(lower.toIPv4()), 0, value(upper.toIPv4()));
        }
        return of(lower.getBitCount(), lower.getValue(), upper.getValue());
    }

    /**
     * The lowest value of an IPv4 address, from its segments: IPAddress's own longValue() keeps an
     * Integer in the address for each value asked, 8 MB for the plan of a device with 100,000 routes.
     */
    static long value(IPv4Address v4) {
        long value = 0;
        for (int i = 0; i < IPv4Address.SEGMENT_COUNT; i++) {
            value = value << IPv4Address.BITS_PER_SEGMENT | v4.getSegment(i).getSegmentValue();
        }
        return value;
    }

    private static Bounds of(int bits, BigInteger low, BigInteger high) {
        return new Bounds(bits, low.shiftRight(64).longValue(), low.longValue(), high.shiftRight(64).longValue(),
                high.longValue());
    }

    /** Orders by family (IPv4 first), then by first address, then by last address. */
    static final Comparator<Bounds> BY_START = (a, b) -> {
        int c = Integer.compare(a.bits, b.bits);
        if (c == 0) {
            c = compare(a.startHigh, a.startLow, b.startHigh, b.startLow);
        }
        return c != 0 ? c : compare(a.endHigh, a.endLow, b.endHigh, b.endLow);
    };

    /**
     * Orders by family, then by first address, then by last address descending: of two nested blocks
     * with one start, the outer one comes first.
     */
    static final Comparator<Bounds> BY_START_OUTER_FIRST = (a, b) -> {
        int c = Integer.compare(a.bits, b.bits);
        if (c == 0) {
            c = compare(a.startHigh, a.startLow, b.startHigh, b.startLow);
        }
        return c != 0 ? c : compare(b.endHigh, b.endLow, a.endHigh, a.endLow);
    };

    /** Orders by last address (of one family). */
    static final Comparator<Bounds> BY_END = (a, b) -> compare(a.endHigh, a.endLow, b.endHigh, b.endLow);

    /** Whether this ends before {@code other} starts (both of one family). */
    boolean endsBefore(Bounds other) {
        return compare(endHigh, endLow, other.startHigh, other.startLow) < 0;
    }

    /** Whether the two share an address (never across families). */
    boolean overlaps(Bounds other) {
        return bits == other.bits && compare(startHigh, startLow, other.endHigh, other.endLow) <= 0
                && compare(other.startHigh, other.startLow, endHigh, endLow) <= 0;
    }

    /** Compares two unsigned 128-bit numbers, each given as its high and low word. */
    static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int c = Long.compareUnsigned(aHigh, bHigh);
        return c != 0 ? c : Long.compareUnsigned(aLow, bLow);
    }
}
