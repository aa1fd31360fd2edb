package dev.netlint.rules.support;

import dev.netlint.core.model.AddressRange;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

/** Wording shared by rule messages, so that every message states values the same way. */
public final class Wording {

    private Wording() {
    }

    /** {@code 1 address}, {@code 9 addresses}. */
    public static String addresses(BigInteger count) {
        return count.equals(BigInteger.ONE) ? "1 address" : count + " addresses";
    }

    /** {@code 192.168.20.22 (1 address)} or {@code 192.168.20.22-192.168.20.30 (9 addresses)}. */
    public static String span(IPAddressSeqRange range) {
        return AddressRange.describe(range) + " (" + addresses(range.getCount()) + ")";
    }

    /** Canonical prefixes, comma-separated. */
    public static String prefixes(List<IPAddress> blocks) {
        return blocks.stream().map(IPAddress::toCanonicalString).collect(Collectors.joining(", "));
    }
}
