package dev.netlint.core.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.math.BigInteger;

/**
 * A pool's address range as the vendor writes it: {@code start-end}, one address, or a prefix
 * standing for its whole block.
 */
public record AddressRange(IPAddressSeqRange range, String text) {

    /** Parses the vendor notation; the message of the exception says what is wrong. */
    public static AddressRange parse(String text) throws AddressStringException {
        String trimmed = text.trim();
        int dash = trimmed.indexOf('-');
        if (dash >= 0) {
            IPAddress start = host(trimmed.substring(0, dash).trim());
            IPAddress end = host(trimmed.substring(dash + 1).trim());
            if (start.getIPVersion() != end.getIPVersion()) {
                throw new AddressStringException("range " + trimmed + " mixes IPv4 and IPv6");
            }
            if (start.compareTo(end) > 0) {
                throw new AddressStringException("range " + trimmed + " starts after it ends");
            }
            return new AddressRange(start.spanWithRange(end), trimmed);
        }
        IPAddress address = Addresses.parse(trimmed);
        return new AddressRange(Addresses.block(address).toSequentialRange(), trimmed);
    }

    private static IPAddress host(String part) throws AddressStringException {
        IPAddress address = Addresses.parse(part);
        if (address.isPrefixed() || address.isMultiple()) {
            throw new AddressStringException("range bound " + part + " is not a single address");
        }
        return address;
    }

    public IPAddress lower() {
        return range.getLower();
    }

    public IPAddress upper() {
        return range.getUpper();
    }

    public BigInteger count() {
        return range.getCount();
    }

    public boolean isIPv4() {
        return range.getLower().isIPv4();
    }

    public boolean contains(IPAddress address) {
        return range.contains(address);
    }

    /** Whether the range was written as a prefix ({@code 172.0.5.0/24}), which stands for its whole block. */
    public boolean writtenAsPrefix() {
        return text.indexOf('-') < 0 && text.indexOf('/') >= 0;
    }

    /** The range in start-end form, whatever form it was written in. */
    public String describe() {
        return describe(range);
    }

    public static String describe(IPAddressSeqRange range) {
        IPAddress lower = range.getLower().withoutPrefixLength();
        IPAddress upper = range.getUpper().withoutPrefixLength();
        return lower.equals(upper) ? lower.toCanonicalString()
                : lower.toCanonicalString() + "-" + upper.toCanonicalString();
    }

    @Override
    public String toString() {
        return text;
    }
}
