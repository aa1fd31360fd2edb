package dev.netlint.core.plan;

/** What an entry of the address plan is: the device's own (ports, switches, virtual networks) or the cluster's. */
public enum PlanKind {
    PORT_SUBNET("port subnet"),
    INTERFACE_ADDRESS("interface address"),
    GATEWAY("gateway"),
    DNS_SERVER("DNS server"),
    POOL("pool"),
    VIRTUAL_NETWORK("virtual network"),
    VIRTUAL_NETWORK_GATEWAY("virtual network gateway"),
    VIRTUAL_NETWORK_POOL("virtual network pool"),
    POD_SUBNET("pod subnet", true),
    SERVICE_SUBNET("service subnet", true),
    ROUTE_DESTINATION("route destination", true),
    REQUIRED_NETWORK("required network", true),
    LOAD_BALANCER_IP("load-balancer IP", true),
    CLUSTER_IP("cluster IP", true);

    private final String noun;
    private final boolean kubernetes;

    PlanKind(String noun) {
        this(noun, false);
    }

    PlanKind(String noun, boolean kubernetes) {
        this.noun = noun;
        this.kubernetes = kubernetes;
    }

    /** Whether entries of this kind come from the {@code kubernetes} block (its subnets, routes, networks, services). */
    public boolean kubernetes() {
        return kubernetes;
    }

    public String noun() {
        return noun;
    }
}
