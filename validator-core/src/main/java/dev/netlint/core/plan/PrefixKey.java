package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;
import java.math.BigInteger;

/**
 * A hash key for an address or a prefix block: family, value and prefix length. IPAddress's own
 * {@code hashCode} spreads poorly (100,000 distinct /24 blocks share 8,161 hash codes), which turns a
 * {@code HashMap} keyed by addresses into tree bins; this key hashes the numeric value instead.
 * {@code 10.0.0.5} and {@code 10.0.0.5/32} are the same key; a prefix with host bits is its block's key.
 *
 * <p>Equality and hash are written out: a record's own go through method handles, which the launcher's
 * C1-only JIT does not inline (measured: several times slower for a map of 200,000 keys).
 */
public record PrefixKey(int bits, long high, long low, int length) {

    @Override
    public boolean equals(Object o) {
        return o instanceof PrefixKey k && low == k.low && high == k.high && length == k.length && bits == k.bits;
    }

    @Override
    public int hashCode() {
        return ((Long.hashCode(low) * 31 + Long.hashCode(high)) * 31 + length) * 31 + bits;
    }

    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The key of an address (without prefix length: the host) or of a prefix's block. */
    public static PrefixKey of(IPAddress address) {
        Integer prefix = address.getNetworkPrefixLength();
        int bits = address.getBitCount();
        int length = prefix == null ? bits : prefix;
        if (address.isIPv4()) {
            // from the segments: IPAddress's own longValue() computes and boxes the value on every call
            long value = Bounds.value(address.toIPv4());
            long mask = length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
            return new PrefixKey(bits, 0, value & mask, length);
        }
        BigInteger value = address.getValue();
        BigInteger mask = length == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE).shiftRight(128 - length).shiftLeft(128 - length);
        BigInteger masked = value.and(mask);
        return new PrefixKey(bits, masked.shiftRight(64).longValue(), masked.and(LOW_MASK).longValue(), length);
    }
}
