package dev.netlint.core.model;

import java.util.List;
import java.util.Set;

/**
 * The {@code vip} block of a device file: the virtual IPs of a two-node cluster as {@code Get-DeviceVip}
 * prints them and {@code Set-DeviceVip} sets them. Absent (the device's {@code vips} is {@code null})
 * when the files do not write it, which the vendor's own two-node export does not: unknown, not missing.
 *
 * @param location where the {@code vip} value stands
 * @param entries the {@code acsVIP} and {@code nfsVIP} entries written, in file order
 * @param unknown keys of the block written with a value that could not be read
 */
public record VirtualIps(Location location, List<VirtualIp> entries, Set<String> unknown) {

    public VirtualIps {
        entries = List.copyOf(entries);
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }
}
