package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Set;

/**
 * The {@code kubernetes} block. {@code podSubnet} and {@code serviceSubnet} are {@code null} when
 * not written; {@link #effectivePodSubnet()} then gives the device's default.
 *
 * @param removals the runbooks' {@code Remove-HcsNetRoute}, in effect order; {@code routes} is the set
 *     after them
 * @param unreadRoutes the route changes that could not be read: the route set is not known whole
 */
public record Kubernetes(Location location, Located<IPAddress> podSubnet, Located<IPAddress> serviceSubnet,
                         List<KubeRoute> routes, List<Service> services, List<RequiredNetwork> requiredNetworks,
                         Set<String> unknown, List<RouteRemoval> removals, List<UnreadRoute> unreadRoutes) {
    public static final Key<Kubernetes> POD_SUBNET = Key.of(Kubernetes.class, "podSubnet");
    public static final Key<Kubernetes> SERVICE_SUBNET = Key.of(Kubernetes.class, "serviceSubnet");
    public static final Key<Kubernetes> ROUTES = Key.of(Kubernetes.class, "routes");
    public static final Key<Kubernetes> SERVICES = Key.of(Kubernetes.class, "services");
    public static final Key<Kubernetes> REQUIRED_NETWORKS = Key.of(Kubernetes.class, "requiredNetworks");

    public Kubernetes {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
        removals = removals == null ? List.of() : List.copyOf(removals);
        unreadRoutes = unreadRoutes == null ? List.of() : List.copyOf(unreadRoutes);
    }

    /** The same with no runbook removal and every route change read. */
    public Kubernetes(Location location, Located<IPAddress> podSubnet, Located<IPAddress> serviceSubnet,
                      List<KubeRoute> routes, List<Service> services, List<RequiredNetwork> requiredNetworks,
                      Set<String> unknown) {
        this(location, podSubnet, serviceSubnet, routes, services, requiredNetworks, unknown, List.of(), List.of());
    }

    /**
     * The route changes that could not be read and could carry traffic to {@code network}: while there is
     * one, whether the network is reached is unknown.
     */
    public List<UnreadRoute> unreadRoutesServing(IPAddress network) {
        if (unreadRoutes.isEmpty()) {
            return List.of();
        }
        return unreadRoutes.stream().filter(r -> r.couldServe(network)).toList();
    }

    /** The same without unknown keys: every key was read, or absent. */
    public Kubernetes(Location location, Located<IPAddress> podSubnet, Located<IPAddress> serviceSubnet, List<KubeRoute> routes, List<Service> services, List<RequiredNetwork> requiredNetworks) {
        this(location, podSubnet, serviceSubnet, routes, services, requiredNetworks, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(Key<Kubernetes> key) {
        return unknown.contains(key.path());
    }

    public static final IPAddress DEFAULT_POD_SUBNET = new IPAddressString("172.27.0.0/16").getAddress();
    public static final IPAddress DEFAULT_SERVICE_SUBNET = new IPAddressString("172.28.0.0/16").getAddress();

    /** A {@code kubernetes} block that was written but could not be read: every part of it is unknown. */
    public static Kubernetes unreadable() {
        return new Kubernetes(null, null, null, List.of(), List.of(), List.of(),
                Set.of(POD_SUBNET.path(), SERVICE_SUBNET.path(), ROUTES.path(), SERVICES.path(),
                        REQUIRED_NETWORKS.path()));
    }

    public static Kubernetes absent() {
        return new Kubernetes(null, null, null, List.of(), List.of(), List.of());
    }

    public IPAddress effectivePodSubnet() {
        return podSubnet == null ? DEFAULT_POD_SUBNET : podSubnet.value().toPrefixBlock();
    }

    public IPAddress effectiveServiceSubnet() {
        return serviceSubnet == null ? DEFAULT_SERVICE_SUBNET : serviceSubnet.value().toPrefixBlock();
    }
}
