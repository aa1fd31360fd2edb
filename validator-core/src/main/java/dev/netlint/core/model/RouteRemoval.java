package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * A {@code Remove-HcsNetRoute -InterfaceAlias ... -DestinationPrefix ...} of a runbook: it removes, from the
 * routes declared before it in effect order (the {@code kubernetes} block, then the runbooks in file
 * order, each in script order), every route on that interface to that destination.
 *
 * @param removed the routes it removed, none when it matched no route
 */
public record RouteRemoval(Location location, Located<String> interfaceAlias, Located<IPAddress> destinationPrefix,
                           List<KubeRoute> removed) {

    public RouteRemoval {
        removed = List.copyOf(removed);
    }

    /** The destination as a prefix block (host bits cleared). */
    public IPAddress destination() {
        return Addresses.block(destinationPrefix.value());
    }

    /** Whether this removal takes {@code route} away: the same interface (in any case) and destination. */
    public boolean matches(KubeRoute route) {
        return route.alias() != null && route.destination() != null
                && route.alias().trim().equalsIgnoreCase(interfaceAlias.value().trim())
                && route.destination().equals(destination());
    }

    /** {@code Remove-HcsNetRoute 192.168.21.0/24 on Port3}. */
    public String describe() {
        return "Remove-HcsNetRoute " + destination().toCanonicalString() + " on " + interfaceAlias.value();
    }
}
