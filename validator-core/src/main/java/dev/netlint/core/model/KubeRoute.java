package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.Set;

/**
 * A {@code kubernetes.routes} entry, as {@code Add-HcsNetRoute} takes it.
 *
 * @param routeMetric the metric as written; {@link #metric()} is its integer value when it has one
 */
public record KubeRoute(Location location, Located<String> interfaceAlias, Located<IPAddress> destinationPrefix,
                        Located<IPAddress> nextHop, Located<String> routeMetric,
        Set<String> unknown) {
    public KubeRoute {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public KubeRoute(Location location, Located<String> interfaceAlias, Located<IPAddress> destinationPrefix, Located<IPAddress> nextHop, Located<String> routeMetric) {
        this(location, interfaceAlias, destinationPrefix, nextHop, routeMetric, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(String key) {
        return unknown.contains(key);
    }

    /** The metric, 0 when absent (Windows' default for a route metric), {@code null} when not an integer. */
    public Long metric() {
        if (routeMetric == null) {
            return 0L;
        }
        try {
            return Long.parseLong(routeMetric.value().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The destination as a prefix block (host bits cleared), or {@code null}. */
    public IPAddress destination() {
        if (destinationPrefix == null) {
            return null;
        }
        IPAddress value = destinationPrefix.value();
        return value.isPrefixed() && !value.isPrefixBlock() ? value.toPrefixBlock() : value;
    }

    public String alias() {
        return interfaceAlias == null ? null : interfaceAlias.value();
    }

    public IPAddress nextHopAddress() {
        return nextHop == null ? null : nextHop.value();
    }

    /** {@code 192.168.21.0/24 via 192.168.20.1 on Port3}. */
    public String describe() {
        IPAddress destination = destination();
        StringBuilder text = new StringBuilder("route ");
        text.append(destination == null ? "?" : destination.toCanonicalString());
        if (nextHop != null) {
            text.append(" via ").append(nextHop.value().toCanonicalString());
        }
        if (interfaceAlias != null) {
            text.append(" on ").append(interfaceAlias.value());
        }
        return text.toString();
    }
}
