package dev.netlint.core.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;

/**
 * Parses addresses the way a network engineer writes them in a config file. IPAddress accepts more
 * by default (an empty string is the loopback, {@code 1.2.3} is {@code 1.2.0.3}, {@code 1.2.3.4-9} a
 * range): none of that is a plausible device setting, so these parameters refuse it.
 */
public final class Addresses {

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowPrefixOnly(false)
            .allowSingleSegment(false)
            .allowWildcardedSeparator(false)
            .allowMask(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getIPv4AddressParametersBuilder()
                .allow_inet_aton(false)
                .allowLeadingZeros(false)
                .allowPrefixLengthLeadingZeros(false)
                .getParentBuilder()
            .getIPv6AddressParametersBuilder()
                .allowLeadingZeros(true)
                .getParentBuilder()
            .toParams();

    private Addresses() {
    }

    /** Parses one address or prefix ({@code a.b.c.d}, {@code a.b.c.d/len}, IPv6 likewise). */
    public static IPAddress parse(String text) throws AddressStringException {
        String trimmed = text.trim();
        IPAddress quick = dottedQuad(trimmed);
        return quick != null ? quick : general(trimmed);
    }

    /**
     * The general parser alone (which refuses an IPv4 {@code /0}: it counts it as a leading zero). IPAddress
     * 5.5.1 overflows on a prefix length past the int range: {@code 10.0.0.0/4294967296} becomes
     * {@code /0}, {@code 2.0/3154685682} throws {@code ArrayIndexOutOfBoundsException}; such lengths are
     * refused here.
     */
    static IPAddress general(String text) throws AddressStringException {
        int slash = text.lastIndexOf('/');
        if (slash >= 0 && text.length() - slash - 1 > 3 && text.chars().skip(slash + 1L).allMatch(Character::isDigit)) {
            throw new AddressStringException(text + " IP Address error: the prefix length is out of range");
        }
        try {
            return detached(new IPAddressString(text, STRICT).toAddress());
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new AddressStringException(text + " IP Address error: the prefix length is out of range");
        }
    }

    /**
     * {@code a.b.c.d} or {@code a.b.c.d/len} in canonical decimal, the form of nearly every value of a
     * device config, built directly: the general parser costs several microseconds per value, which
     * adds up over 100,000 routes. Returns {@code null} for anything else (including every error), which
     * the general parser then handles; the result equals what it would give (the tests compare them),
     * except that {@code /0} is accepted: {@code 0.0.0.0/0} is the default route.
     */
    static IPAddress dottedQuad(String s) {
        int n = s.length();
        if (n < 7 || n > 18) {
            return null;
        }
        int value = 0;
        int i = 0;
        for (int octet = 0; octet < 4; octet++) {
            int start = i;
            int v = 0;
            while (i < n && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + s.charAt(i++) - '0';
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || v > 255 || digits > 1 && s.charAt(start) == '0') {
                return null;
            }
            value = value << 8 | v;
            if (octet < 3) {
                if (i >= n || s.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
        }
        if (i == n) {
            return new IPv4Address(value);
        }
        if (s.charAt(i++) != '/') {
            return null;
        }
        int start = i;
        int length = 0;
        while (i < n && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            length = length * 10 + s.charAt(i++) - '0';
        }
        int digits = i - start;
        if (i != n || digits == 0 || digits > 2 || length > 32 || digits > 1 && s.charAt(start) == '0') {
            return null;
        }
        return new IPv4Address(value, length);
    }

    /**
     * The block of a prefix, host bits cleared ({@code 10.57.48.7/24} → {@code 10.57.48.0/24}), or the
     * address itself when it has no prefix length. A prefix written without host bits is its own block
     * and is returned as it is: {@code toPrefixBlock} would build an equal one on every call.
     */
    public static IPAddress block(IPAddress prefix) {
        return prefix.isPrefixed() && !prefix.isPrefixBlock() ? prefix.toPrefixBlock() : prefix;
    }

    /**
     * The single address written, without its prefix length. IPAddress reads {@code 10.57.48.0/24} as
     * the whole block; as an interface address it means the one address {@code 10.57.48.0}.
     */
    public static IPAddress host(IPAddress written) {
        return written.getLower().withoutPrefixLength();
    }

    /**
     * The same address without its link to the {@link IPAddressString} it was parsed from. That string
     * keeps the parser's working data alive (about 470 bytes an address: a third of the heap of a device
     * with 100,000 routes, measured by the benchmark's {@code Anatomy}); nothing here needs the original
     * text back from the address.
     */
    private static IPAddress detached(IPAddress address) {
        if (address.isIPv4()) {
            return new IPv4Address(address.toIPv4().getSection());
        }
        IPv6Address v6 = address.toIPv6();
        return v6.hasZone() ? v6 : new IPv6Address(v6.getSection());
    }

    /** Parses a single host address: no prefix length. */
    public static IPAddress parseHost(String text) throws AddressStringException {
        IPAddress address = parse(text);
        if (address.isPrefixed()) {
            throw new AddressStringException(text.trim() + " has a prefix length where one address is expected");
        }
        return address;
    }
}
