package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Set;

/**
 * A Kubernetes service: a {@code kubernetes.services} entry, or a {@code kind: Service} manifest.
 *
 * @param loadBalancerIps the addresses it asks MetalLB for: {@code loadBalancerIP}, or the MetalLB
 *     annotations of a manifest (several, one per family, for a dual-stack service)
 * @param clusterIps its cluster IPs: {@code clusterIP}, or a manifest's {@code clusterIPs}; none when
 *     headless ({@code None}) or not given
 */
public record Service(Location location, Located<String> name, Located<String> namespace, Located<String> type,
                      List<Located<IPAddress>> loadBalancerIps, List<Located<IPAddress>> clusterIps,
                      Set<String> unknown) {

    public Service {
        loadBalancerIps = loadBalancerIps == null ? List.of() : List.copyOf(loadBalancerIps);
        clusterIps = clusterIps == null ? List.of() : List.copyOf(clusterIps);
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** A service with at most one address of each kind, as the {@code kubernetes} block writes it. */
    public Service(Location location, Located<String> name, Located<String> namespace, Located<String> type,
                   Located<IPAddress> loadBalancerIp, Located<IPAddress> clusterIp, Set<String> unknown) {
        this(location, name, namespace, type, loadBalancerIp == null ? List.of() : List.of(loadBalancerIp),
                clusterIp == null ? List.of() : List.of(clusterIp), unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public Service(Location location, Located<String> name, Located<String> namespace, Located<String> type,
                   Located<IPAddress> loadBalancerIp, Located<IPAddress> clusterIp) {
        this(location, name, namespace, type, loadBalancerIp, clusterIp, Set.of());
    }

    /** The first load-balancer IP asked for, or {@code null}. */
    public Located<IPAddress> loadBalancerIp() {
        return loadBalancerIps.isEmpty() ? null : loadBalancerIps.get(0);
    }

    /** The first cluster IP, or {@code null}. */
    public Located<IPAddress> clusterIp() {
        return clusterIps.isEmpty() ? null : clusterIps.get(0);
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
