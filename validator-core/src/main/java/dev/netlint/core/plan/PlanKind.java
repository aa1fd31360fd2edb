package dev.netlint.core.plan;

/** What an entry of the address plan is. */
public enum PlanKind {
    PORT_SUBNET("port subnet"),
    INTERFACE_ADDRESS("interface address"),
    GATEWAY("gateway"),
    DNS_SERVER("DNS server"),
    POOL("pool"),
    VIRTUAL_NETWORK("virtual network"),
    VIRTUAL_NETWORK_GATEWAY("virtual network gateway"),
    VIRTUAL_NETWORK_POOL("virtual network pool"),
    POD_SUBNET("pod subnet"),
    SERVICE_SUBNET("service subnet"),
    ROUTE_DESTINATION("route destination"),
    REQUIRED_NETWORK("required network"),
    LOAD_BALANCER_IP("load-balancer IP"),
    CLUSTER_IP("cluster IP");

    private final String noun;

    PlanKind(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
