package dev.netlint.core.rule;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.Service;
import dev.netlint.core.model.VSwitch;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changes from one device to another: ports and their addresses, vSwitches and compute, pools,
 * routes, the cluster's pod and service subnets, services and their addresses. Things are matched by
 * what identifies them on the device: a port by name and node, a vSwitch by name, a pool by vSwitch and
 * name, a route by interface and destination block (as {@code Remove-HcsNetRoute} names it), a service
 * by namespace and name. The changes come in that order of areas, each in the order written.
 *
 * <p>A port is hardware: a port of the current device that the proposed files do not declare (a partial
 * package, as the vendor's zero-touch packages declare some ports only) is unknown there, not removed,
 * and is not listed.
 */
public final class DeviceDiff {

    /** A thing of one area as the diff compares it: its key, its value as text, where it is written. */
    private record Item(String subject, String value, Location at) {
    }

    private DeviceDiff() {
    }

    public static List<Change> of(Device current, Device proposed) {
        List<Change> changes = new ArrayList<>();
        compare("port", ports(current), ports(proposed), false, changes);
        compare("vSwitch", vSwitches(current), vSwitches(proposed), true, changes);
        compare("pool", pools(current), pools(proposed), true, changes);
        compare("route", routes(current), routes(proposed), true, changes);
        compare("cluster", cluster(current), cluster(proposed), true, changes);
        compare("service", services(current), services(proposed), true, changes);
        return List.copyOf(changes);
    }

    /**
     * @param absentIsRemoved whether a thing the proposed files do not declare is gone; else it is unknown
     *     there and not compared
     */
    private static void compare(String area, Map<String, Item> before, Map<String, Item> after,
                                boolean absentIsRemoved, List<Change> out) {
        for (Item was : before.values()) {
            Item now = after.get(key(was.subject()));
            if (now == null) {
                if (absentIsRemoved) {
                    out.add(new Change(area, was.subject(), was.value(), null, was.at()));
                }
            } else if (!Objects.equals(was.value(), now.value())) {
                out.add(new Change(area, now.subject(), was.value(), now.value(), now.at()));
            }
        }
        for (Item now : after.values()) {
            if (!before.containsKey(key(now.subject()))) {
                out.add(new Change(area, now.subject(), null, now.value(), now.at()));
            }
        }
    }

    /** Names are compared without regard to case, as the device compares them. */
    private static String key(String subject) {
        return subject.toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, Item> items, String subject, String value, Location at) {
        items.putIfAbsent(key(subject), new Item(subject, value, at));
    }

    private static Map<String, Item> ports(Device device) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (NetInterface port : device.interfaces()) {
            if (port.portName() == null) {
                continue;
            }
            String subject = port.portName() + (port.node() == null ? "" : " on " + port.node());
            put(items, subject, describe(port), port.location());
        }
        return items;
    }

    private static String describe(NetInterface port) {
        if (port.isDhcp()) {
            return "DHCP";
        }
        List<String> parts = new ArrayList<>();
        if (port.ipv4() != null && port.ipv4().address() != null) {
            IPAddress subnet = port.ipv4Subnet();
            parts.add(text(port.ipv4().address()) + (subnet == null ? "" : "/" + subnet.getNetworkPrefixLength()));
        }
        Ipv6Config ipv6 = port.ipv6();
        if (ipv6 != null && ipv6.address() != null) {
            parts.add(text(ipv6.address()) + (ipv6.prefixLength() == null ? "" : "/" + ipv6.prefixLength().value()));
        }
        if (port.ipv4Gateway() != null) {
            parts.add("gateway " + text(port.ipv4Gateway()));
        }
        if (ipv6 != null && ipv6.gateway() != null) {
            parts.add("gateway " + text(ipv6.gateway()));
        }
        return parts.isEmpty() ? "static" : "static " + String.join(", ", parts);
    }

    private static Map<String, Item> vSwitches(Device device) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (VSwitch vSwitch : device.vSwitches()) {
            if (vSwitch.name() == null) {
                continue;
            }
            String ports = vSwitch.interfaceNames().stream().map(Located::value).collect(Collectors.joining(", "));
            put(items, vSwitch.name().value(), "on " + (ports.isEmpty() ? "no port" : ports)
                    + (vSwitch.isCompute() ? ", compute" : ""), vSwitch.location());
        }
        return items;
    }

    private static Map<String, Item> pools(Device device) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (VSwitch vSwitch : device.vSwitches()) {
            String owner = vSwitch.name() == null ? "vSwitch" : vSwitch.name().value();
            for (Pool pool : vSwitch.pools()) {
                String range = pool.range() == null ? "unknown" : pool.range().value().text();
                put(items, pool.nameOrRange() + " of " + owner, range, pool.location());
            }
        }
        return items;
    }

    /**
     * Routes by interface and destination block; the value lists every route to it in written order
     * ({@code via 192.168.20.1 metric 100; via 192.168.20.2 metric 200}), since the first written wins a tie.
     */
    private static Map<String, Item> routes(Device device) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (KubeRoute route : device.kubernetes().routes()) {
            if (route.alias() == null || route.destination() == null) {
                continue;
            }
            String subject = route.alias().trim() + " " + route.destination().toCanonicalString();
            String hop = route.nextHopAddress() == null ? "no next hop"
                    : "via " + route.nextHopAddress().withoutPrefixLength().toCanonicalString();
            String metric = route.routeMetric() == null ? "0" : route.routeMetric().value().trim();
            Item known = items.get(key(subject));
            if (known == null) {
                put(items, subject, hop + " metric " + metric, route.location());
            } else {
                items.put(key(subject), new Item(known.subject(), known.value() + "; " + hop + " metric " + metric,
                        known.at()));
            }
        }
        return items;
    }

    private static Map<String, Item> cluster(Device device) {
        Map<String, Item> items = new LinkedHashMap<>();
        Kubernetes kubernetes = device.kubernetes();
        Location at = kubernetes.location() != null ? kubernetes.location() : device.deviceLocation() != null
                ? device.deviceLocation() : new Location(device.files().isEmpty() ? device.path() : device.files().get(0),
                1, 1, "");
        put(items, "pod subnet", kubernetes.effectivePodSubnet().toCanonicalString(),
                kubernetes.podSubnet() != null ? kubernetes.podSubnet().location() : at);
        put(items, "service subnet", kubernetes.effectiveServiceSubnet().toCanonicalString(),
                kubernetes.serviceSubnet() != null ? kubernetes.serviceSubnet().location() : at);
        return items;
    }

    private static Map<String, Item> services(Device device) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Service service : device.kubernetes().services()) {
            if (service.name() == null) {
                continue;
            }
            String subject = (service.namespace() == null ? "default" : service.namespace().value()) + "/"
                    + service.name().value();
            String type = service.type() == null ? "ClusterIP" : service.type().value();
            List<String> addresses = service.loadBalancerIps().stream().map(DeviceDiff::text).toList();
            put(items, subject, type + (addresses.isEmpty() ? "" : " " + String.join(", ", addresses)),
                    service.location());
        }
        return items;
    }

    /** An address as written, without its prefix length. */
    private static String text(Located<IPAddress> address) {
        IPAddress value = address.value();
        return (value.isPrefixed() ? value.getLower().withoutPrefixLength() : value).toCanonicalString();
    }
}
