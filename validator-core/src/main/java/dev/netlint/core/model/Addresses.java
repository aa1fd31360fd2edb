package dev.netlint.core.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

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
        return new IPAddressString(text.trim(), STRICT).toAddress();
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
