package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.Set;

/** An interface's {@code iPv6} block. */
public record Ipv6Config(Location location, Located<IPAddress> address, Located<Long> prefixLength,
                         Located<IPAddress> gateway,
        Set<String> unknown) {
    public Ipv6Config {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public Ipv6Config(Location location, Located<IPAddress> address, Located<Long> prefixLength, Located<IPAddress> gateway) {
        this(location, address, prefixLength, gateway, Set.of());
    }

    public Integer effectivePrefixLength() {
        if (address == null) {
            return null;
        }
        Integer fromAddress = address.value().getNetworkPrefixLength();
        if (fromAddress != null) {
            return fromAddress;
        }
        if (prefixLength != null && prefixLength.value() >= 0 && prefixLength.value() <= address.value().getBitCount()) {
            return prefixLength.value().intValue();
        }
        return null;
    }

    public IPAddress host() {
        return address == null ? null : Addresses.host(address.value());
    }

    public IPAddress subnet() {
        Integer length = effectivePrefixLength();
        return length == null ? null : Addresses.host(address.value()).toPrefixBlock(length);
    }
}
