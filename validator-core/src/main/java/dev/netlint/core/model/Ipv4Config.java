package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.Set;

/** An interface's {@code iPv4} block: address (with or without /len), mask and gateway. */
public record Ipv4Config(Location location, Located<IPAddress> address, Located<IPAddress> subnetMask,
                         Located<IPAddress> gateway,
        Set<String> unknown) {
    public Ipv4Config {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public Ipv4Config(Location location, Located<IPAddress> address, Located<IPAddress> subnetMask, Located<IPAddress> gateway) {
        this(location, address, subnetMask, gateway, Set.of());
    }

    /** The mask's prefix length, or {@code null} when there is no mask or it is not contiguous. */
    public Integer maskPrefixLength() {
        if (subnetMask == null || address != null && subnetMask.value().getIPVersion() != address.value().getIPVersion()) {
            return null;
        }
        return subnetMask.value().getBlockMaskPrefixLength(true);
    }

    /**
     * The prefix length the address is configured with: the {@code /len}, else the mask's; {@code null}
     * when neither is given or the two disagree (which {@code subnet-mask-invalid} reports).
     */
    public Integer prefixLength() {
        if (address == null) {
            return null;
        }
        Integer fromAddress = address.value().getNetworkPrefixLength();
        Integer fromMask = maskPrefixLength();
        if (subnetMask != null && fromMask == null) {
            return null;
        }
        if (fromAddress != null && fromMask != null && !fromAddress.equals(fromMask)) {
            return null;
        }
        Integer length = fromAddress != null ? fromAddress : fromMask;
        return length != null && length <= address.value().getBitCount() ? length : null;
    }

    /** The host address without prefix length, or {@code null}. */
    public IPAddress host() {
        return address == null ? null : Addresses.host(address.value());
    }

    /** The subnet the address lies in, as a prefix block, or {@code null} when unknown. */
    public IPAddress subnet() {
        Integer length = prefixLength();
        // the block of the address's own bits: no copy of it without its prefix length first
        return length == null ? null : address.value().toPrefixBlock(length);
    }
}
