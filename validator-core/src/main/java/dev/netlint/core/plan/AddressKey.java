package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;

/**
 * A hash key for one address with IPAddress's own equality (an IPv6 zone counts) and a hash of its
 * value: IPAddress's {@code hashCode} spreads poorly (100,000 addresses of one block share a few
 * thousand codes), which turns a {@code HashMap} keyed by addresses into tree bins.
 */
public final class AddressKey {

    private final IPAddress address;
    private final int hash;

    private AddressKey(IPAddress address) {
        this.address = address;
        this.hash = PrefixKey.of(address).hashCode();
    }

    public static AddressKey of(IPAddress address) {
        return new AddressKey(address);
    }

    public IPAddress address() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressKey other && hash == other.hash && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return address.toString();
    }
}
