package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code kubernetes.routes} entry, as {@code Add-HcsNetRoute} takes it.
 *
 * <p>A class with the accessors, equality and text of the record it was, so that what every routing
 * rule asks of every route is worked out once, when the route is made: the destination's prefix block
 * and the metric's integer value (a device has up to 100,000 routes, and a dozen rules ask for each).
 */
public final class KubeRoute {

    private final Location location;
    private final Located<String> interfaceAlias;
    private final Located<IPAddress> destinationPrefix;
    private final Located<IPAddress> nextHop;
    private final Located<String> routeMetric;
    private final Set<String> unknown;
    private final IPAddress destination;
    private final boolean integerMetric;
    private final long metric;

    /**
     * @param routeMetric the metric as written; {@link #metric()} is its integer value when it has one
     */
    public KubeRoute(Location location, Located<String> interfaceAlias, Located<IPAddress> destinationPrefix,
                     Located<IPAddress> nextHop, Located<String> routeMetric, Set<String> unknown) {
        this.location = location;
        this.interfaceAlias = interfaceAlias;
        this.destinationPrefix = destinationPrefix;
        this.nextHop = nextHop;
        this.routeMetric = routeMetric;
        this.unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
        if (destinationPrefix == null) {
            this.destination = null;
        } else {
            this.destination = Addresses.block(destinationPrefix.value());
        }
        long parsed = 0;
        boolean integer = true;
        if (routeMetric != null) {
            try {
                parsed = Long.parseLong(routeMetric.value().trim());
            } catch (NumberFormatException e) {
                integer = false;
            }
        }
        this.metric = parsed;
        this.integerMetric = integer;
    }

    /** The same without unknown keys: every key was read, or absent. */
    public KubeRoute(Location location, Located<String> interfaceAlias, Located<IPAddress> destinationPrefix,
                     Located<IPAddress> nextHop, Located<String> routeMetric) {
        this(location, interfaceAlias, destinationPrefix, nextHop, routeMetric, Set.of());
    }

    public Location location() {
        return location;
    }

    public Located<String> interfaceAlias() {
        return interfaceAlias;
    }

    public Located<IPAddress> destinationPrefix() {
        return destinationPrefix;
    }

    public Located<IPAddress> nextHop() {
        return nextHop;
    }

    /** The metric as written. */
    public Located<String> routeMetric() {
        return routeMetric;
    }

    public Set<String> unknown() {
        return unknown;
    }

    /** The metric, 0 when absent (Windows' default for a route metric), {@code null} when not an integer. */
    public Long metric() {
        return integerMetric ? metric : null;
    }

    /** Whether the metric is absent or an integer: whether {@link #metric()} has a value. */
    public boolean hasIntegerMetric() {
        return integerMetric;
    }

    /** {@link #metric()} without boxing: the metric, or 0 when it is not an integer. */
    public long metricValue() {
        return metric;
    }

    /** The destination as a prefix block (host bits cleared), or {@code null}. */
    public IPAddress destination() {
        return destination;
    }

    public String alias() {
        return interfaceAlias == null ? null : interfaceAlias.value();
    }

    public IPAddress nextHopAddress() {
        return nextHop == null ? null : nextHop.value();
    }

    /** {@code 192.168.21.0/24 via 192.168.20.1 on Port3}. */
    public String describe() {
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

    @Override
    public boolean equals(Object o) {
        return o instanceof KubeRoute other && Objects.equals(location, other.location)
                && Objects.equals(interfaceAlias, other.interfaceAlias)
                && Objects.equals(destinationPrefix, other.destinationPrefix) && Objects.equals(nextHop, other.nextHop)
                && Objects.equals(routeMetric, other.routeMetric) && unknown.equals(other.unknown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, interfaceAlias, destinationPrefix, nextHop, routeMetric, unknown);
    }

    @Override
    public String toString() {
        return "KubeRoute[location=" + location + ", interfaceAlias=" + interfaceAlias + ", destinationPrefix="
                + destinationPrefix + ", nextHop=" + nextHop + ", routeMetric=" + routeMetric + ", unknown="
                + unknown + "]";
    }
}
