package dev.netlint.core.plan;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Location;
import inet.ipaddr.IPAddressSeqRange;

/**
 * One prefix, range or address of the device's address plan, with what owns it.
 *
 * @param label how a message names the owner, such as {@code KubernetesNodeIPs 192.168.20.20-192.168.20.21}
 * @param location where it is declared; {@code null} for a default nobody wrote (the default pod subnet)
 * @param owner the model element that declares it
 */
public record PlanEntry(PlanKind kind, IPAddressSeqRange range, String label, Location location, Object owner) {

    public boolean overlaps(IPAddressSeqRange other) {
        return range.overlaps(other);
    }

    /** The range in start-end form. */
    public String describeRange() {
        return AddressRange.describe(range);
    }
}
