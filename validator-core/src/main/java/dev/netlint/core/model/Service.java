package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.Set;

/** A {@code kubernetes.services} entry. */
public record Service(Location location, Located<String> name, Located<String> namespace, Located<String> type,
                      Located<IPAddress> loadBalancerIp, Located<IPAddress> clusterIp,
        Set<String> unknown) {
    public Service {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public Service(Location location, Located<String> name, Located<String> namespace, Located<String> type, Located<IPAddress> loadBalancerIp, Located<IPAddress> clusterIp) {
        this(location, name, namespace, type, loadBalancerIp, clusterIp, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(String key) {
        return unknown.contains(key);
    }

    public boolean isLoadBalancer() {
        return type != null && type.value().equalsIgnoreCase("LoadBalancer");
    }

    public String describe() {
        String label = name == null ? "service" : "service " + name.value();
        return namespace == null ? label : label + " (namespace " + namespace.value() + ")";
    }
}
