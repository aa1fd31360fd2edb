package dev.netlint.core.model;

import inet.ipaddr.IPAddress;

/** A {@code kubernetes.services} entry. */
public record Service(Location location, Located<String> name, Located<String> namespace, Located<String> type,
                      Located<IPAddress> loadBalancerIp, Located<IPAddress> clusterIp) {

    public boolean isLoadBalancer() {
        return type != null && type.value().equalsIgnoreCase("LoadBalancer");
    }

    public String describe() {
        String label = name == null ? "service" : "service " + name.value();
        return namespace == null ? label : label + " (namespace " + namespace.value() + ")";
    }
}
