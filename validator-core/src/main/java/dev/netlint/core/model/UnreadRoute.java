package dev.netlint.core.model;

import inet.ipaddr.IPAddress;

/**
 * A route change netlint could not read (a value that is not literal, a command under a condition it
 * cannot evaluate): unknown, not absent. The rules that judge the whole route set stay silent for the
 * networks it could serve.
 *
 * @param destination the destination's prefix block when it was read, {@code null} when it could be any
 */
public record UnreadRoute(Location location, IPAddress destination) {

    /** Whether this route could carry traffic to some address of {@code network}. */
    public boolean couldServe(IPAddress network) {
        return destination == null || destination.getIPVersion() == network.getIPVersion()
                && (destination.contains(network) || network.contains(destination));
    }

    /** {@code 192.168.21.0/24}, or {@code every network} when its destination is unknown. */
    public String reach() {
        return destination == null ? "every network" : destination.toCanonicalString();
    }
}
