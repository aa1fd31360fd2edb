package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;

/**
 * The {@code kubernetes} block. {@code podSubnet} and {@code serviceSubnet} are {@code null} when
 * not written; {@link #effectivePodSubnet()} then gives the device's default.
 */
public record Kubernetes(Location location, Located<IPAddress> podSubnet, Located<IPAddress> serviceSubnet,
                         List<KubeRoute> routes, List<Service> services, List<RequiredNetwork> requiredNetworks) {

    public static final IPAddress DEFAULT_POD_SUBNET = new IPAddressString("172.27.0.0/16").getAddress();
    public static final IPAddress DEFAULT_SERVICE_SUBNET = new IPAddressString("172.28.0.0/16").getAddress();

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
