package dev.netlint.core.plan;

import dev.netlint.core.model.KubeRoute;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The device's Kubernetes routes as the VMs take them: the state of each route, in the order of the
 * routes, and the installed routes and the refused complete ones by destination, each in a
 * {@link PrefixTable} made on first need. Making one is the costliest step of the forwarding model, so
 * the rules that ask only for states do not wait for it, and the refused routes' table, which only
 * explains a finding, is made only when one is explained.
 */
final class RouteTable {

    /** Orders routes by destination: address order, outer before inner. */
    static final Comparator<KubeRoute> BY_DESTINATION =
            Comparator.comparing(r -> Bounds.of(r.destination()), Bounds.BY_START_OUTER_FIRST);

    /** Of the installed routes to one destination, the lower metric wins (the first written on a tie). */
    private static final Comparator<KubeRoute> BY_METRIC = Comparator.comparingLong(RouteTable::tableMetric);

    /**
     * The metric the VMs' Linux table gives a route: as written, except that the kernel turns an IPv6
     * metric of 0 (and an absent one) into 1024, its default for a route added by hand.
     */
    static long tableMetric(KubeRoute route) {
        long metric = route.metricValue();
        return metric == 0 && route.destination() != null && route.destination().isIPv6() ? IPV6_DEFAULT_METRIC
                : metric;
    }

    /** The metric Linux gives an IPv6 route written with none, or with 0 (IP6_RT_PRIO_USER). */
    static final long IPV6_DEFAULT_METRIC = 1024;
    /** The metric of the kernel's own route to an IPv6 subnet of the port (IP6_RT_PRIO_ADDRCONF). */
    static final long IPV6_CONNECTED_METRIC = 256;

    /** Of the refused routes to one destination, the first written is kept. */
    private static final Comparator<KubeRoute> FIRST = (a, b) -> 0;

    private final List<KubeRoute> routes;
    private final RouteState[] states;
    private final List<RouteState> stateList;
    private final Lazy<Map<KubeRoute, RouteState>> byRoute;
    private final Lazy<PrefixIndex<KubeRoute>> installed;
    private final Lazy<PrefixIndex<KubeRoute>> refused;

    /** @param states the state of each route, in the order of {@code routes} */
    RouteTable(List<KubeRoute> routes, RouteState[] states) {
        this.routes = routes;
        this.states = states;
        this.stateList = Collections.unmodifiableList(Arrays.asList(states));
        this.byRoute = Lazy.of(this::indexByRoute);
        this.installed = Lazy.of(() -> fill(true));
        this.refused = Lazy.of(() -> fill(false));
    }

    /** The state of each route, in the order of the device's routes. */
    List<RouteState> states() {
        return stateList;
    }

    /** The state of a route of the table, or {@code null} for a route that is not one of them. */
    RouteState state(KubeRoute route) {
        return byRoute.get().get(route);
    }

    private Map<KubeRoute, RouteState> indexByRoute() {
        Map<KubeRoute, RouteState> map = new IdentityHashMap<>(routes.size());
        for (int i = 0; i < states.length; i++) {
            map.put(routes.get(i), states[i]);
        }
        return map;
    }

    private PrefixIndex<KubeRoute> fill(boolean installedRoutes) {
        List<IPAddress> destinations = new ArrayList<>(states.length);
        for (int i = 0; i < states.length; i++) {
            boolean wanted = (states[i] == RouteState.INSTALLED) == installedRoutes;
            destinations.add(wanted ? routes.get(i).destination() : null);
        }
        return PrefixTable.of(destinations, routes, installedRoutes ? BY_METRIC : FIRST);
    }

    /** The most specific installed route whose destination holds the block, or {@code null}. */
    KubeRoute installedContaining(IPAddress block) {
        return installed.get().longestPrefixMatch(block);
    }

    /**
     * The most specific installed route whose destination holds the block, and the installed routes (one
     * per destination) whose destination lies inside it, in address order: one walk when it can.
     */
    PrefixIndex.Around<KubeRoute> installedAround(IPAddress block) {
        return installed.get().around(block);
    }

    /** The most specific refused complete route whose destination holds the block, or {@code null}. */
    KubeRoute refusedContaining(IPAddress block) {
        return refused.get().longestPrefixMatch(block);
    }

    /** The refused complete routes (one per destination) whose destination lies inside the block. */
    List<KubeRoute> refusedInside(IPAddress block) {
        return refused.get().inside(block);
    }
}
