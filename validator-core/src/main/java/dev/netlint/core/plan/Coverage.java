package dev.netlint.core.plan;

import dev.netlint.core.model.KubeRoute;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * How much of a network the VMs reach directly or through installed routes.
 *
 * @param network the network asked about, as a prefix block (or one address)
 * @param connected whether some of it lies in a connected subnet
 * @param uncovered the parts reached by neither, as prefix blocks, lowest first
 * @param via the installed routes that carry some of it (each is the most specific installed route
 *     for at least one of its addresses outside the connected subnets), in address order of their
 *     destinations, outer before inner
 */
public record Coverage(IPAddress network, boolean connected, List<IPAddress> uncovered, List<KubeRoute> via) {

    public boolean complete() {
        return uncovered.isEmpty();
    }

    /** Whether nothing of the network is connected or routed. */
    public boolean none() {
        return uncovered.size() == 1 && uncovered.get(0).equals(network);
    }
}
