package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;

/**
 * A small block of addresses, IPv4 or IPv6, that an oracle can enumerate: 1,024 addresses, so that
 * random plans are dense enough to overlap often. Addresses are named by their offset in the block.
 */
enum Universe {
    V4("10.0.0.0", 22, 32), V6("2001:db8::", 118, 128);

    static final int SIZE = 1024;

    private final IPAddress base;
    private final int minPrefix;
    private final int bits;

    Universe(String base, int minPrefix, int bits) {
        this.base = new IPAddressString(base).getAddress();
        this.minPrefix = minPrefix;
        this.bits = bits;
    }

    /** The shortest prefix length that still fits inside the universe. */
    int minPrefix() {
        return minPrefix;
    }

    int bits() {
        return bits;
    }

    IPAddress at(long offset) {
        return base.increment(offset);
    }

    /** The address at {@code offset} written with a prefix length, host bits kept: {@code 10.0.1.5/24}. */
    IPAddress at(long offset, int prefixLength) {
        return new IPAddressString(at(offset).toCanonicalString() + "/" + prefixLength).getAddress();
    }

    String text(long offset) {
        return at(offset).toCanonicalString();
    }

    /** The offset of an address in this universe (negative or beyond {@link #SIZE} when outside it). */
    long offset(IPAddress address) {
        return address.withoutPrefixLength().getValue().subtract(base.getValue()).longValue();
    }

    boolean holds(IPAddress address) {
        if (address.getIPVersion() != base.getIPVersion()) {
            return false;
        }
        BigInteger delta = address.withoutPrefixLength().getValue().subtract(base.getValue());
        return delta.signum() >= 0 && delta.compareTo(BigInteger.valueOf(SIZE)) < 0;
    }

    /** First offset of the block of {@code prefixLength} that holds {@code offset}. */
    long blockStart(long offset, int prefixLength) {
        long size = 1L << (bits - prefixLength);
        return offset / size * size;
    }

    long blockSize(int prefixLength) {
        return 1L << (bits - prefixLength);
    }
}
