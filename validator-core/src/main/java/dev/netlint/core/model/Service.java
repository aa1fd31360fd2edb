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
 * @param details what only a manifest says of it ({@link Details#NONE} for a {@code kubernetes.services} entry)
 */
public record Service(Location location, Located<String> name, Located<String> namespace, Located<String> type,
                      List<Located<IPAddress>> loadBalancerIps, List<Located<IPAddress>> clusterIps,
                      Set<String> unknown, Details details) {

    public static final Key<Service> TYPE = Key.of(Service.class, "type");
    public static final Key<Service> LOAD_BALANCER_IP = Key.of(Service.class, "loadBalancerIP");
    /** {@code spec.ports} of a manifest. */
    public static final Key<Service> PORTS = Key.of(Service.class, "ports");
    /** {@code spec.ipFamilies} of a manifest. */
    public static final Key<Service> IP_FAMILIES = Key.of(Service.class, "ipFamilies");

    public Service {
        loadBalancerIps = loadBalancerIps == null ? List.of() : List.copyOf(loadBalancerIps);
        clusterIps = clusterIps == null ? List.of() : List.copyOf(clusterIps);
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
        details = details == null ? Details.NONE : details;
    }

    public Service(Location location, Located<String> name, Located<String> namespace, Located<String> type,
                   List<Located<IPAddress>> loadBalancerIps, List<Located<IPAddress>> clusterIps, Set<String> unknown) {
        this(location, name, namespace, type, loadBalancerIps, clusterIps, unknown, Details.NONE);
    }

    /** A port a service exposes, as MetalLB keys it: protocol ({@code TCP} when not written) and port number. */
    public record Port(Located<Long> port, String protocol) {

        /** {@code TCP/53}, as MetalLB writes a port in its messages. */
        public String describe() {
            return protocol + "/" + port.value();
        }
    }

    /**
     * What a {@code kind: Service} manifest says beyond the fields of a {@code kubernetes.services} entry.
     *
     * @param specLoadBalancerIp {@code spec.loadBalancerIP} as written, or {@code null}
     * @param ipsAnnotation the MetalLB {@code loadBalancerIPs} annotation MetalLB reads (its {@code metallb.io/}
     *     key before its {@code metallb.universe.tf/} one), as written, or {@code null}
     * @param sharingKey the MetalLB {@code allow-shared-ip} annotation MetalLB reads, or {@code null}; blank
     *     is no key
     * @param ports {@code spec.ports}; unknown when the service's {@link Service#PORTS} is
     * @param backend MetalLB's backend key: the selector (as {@code k=v,...}) when {@code externalTrafficPolicy}
     *     is {@code Local}, else empty; {@code null} when it could not be read
     * @param ipFamilies {@code spec.ipFamilies} as written
     * @param ipFamilyPolicy {@code spec.ipFamilyPolicy}, or {@code null}
     * @param headlessWithoutSelector {@code clusterIP: None} and no selector: the API server takes any
     *     families for it, as it allocates no address
     */
    public record Details(Located<IPAddress> specLoadBalancerIp, Located<String> ipsAnnotation,
                           Located<String> sharingKey, List<Port> ports, String backend,
                           List<Located<String>> ipFamilies, Located<String> ipFamilyPolicy,
                           boolean headlessWithoutSelector) {

        public static final Details NONE = new Details(null, null, null, List.of(), "", List.of(), null, false);

        public Details {
            ports = ports == null ? List.of() : List.copyOf(ports);
            ipFamilies = ipFamilies == null ? List.of() : List.copyOf(ipFamilies);
        }

        /** Whether MetalLB lets it share its address: a sharing key that is not blank. */
        public boolean shares() {
            return sharingKey != null && !sharingKey.value().isBlank();
        }
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
    public boolean unknown(Key<Service> key) {
        return unknown.contains(key.path());
    }

    public boolean isLoadBalancer() {
        return type != null && type.value().equalsIgnoreCase("LoadBalancer");
    }

    /**
     * Whether its type is known not to be {@code LoadBalancer} ({@code ClusterIP} when not written): then
     * Kubernetes ignores {@code loadBalancerIP} and MetalLB never serves it. An unreadable type is neither.
     */
    public boolean isNotLoadBalancer() {
        return !isLoadBalancer() && !unknown(TYPE);
    }

    /** The load-balancer IPs MetalLB is asked for: those of a LoadBalancer service or of one of unknown type. */
    public List<Located<IPAddress>> requestedLoadBalancerIps() {
        return isNotLoadBalancer() ? List.of() : loadBalancerIps;
    }

    public String describe() {
        String label = name == null ? "service" : "service " + name.value();
        return namespace == null ? label : label + " (namespace " + namespace.value() + ")";
    }
}
