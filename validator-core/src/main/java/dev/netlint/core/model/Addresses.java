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
        return detached(new IPAddressString(text.trim(), STRICT).toAddress());
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
