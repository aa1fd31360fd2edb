package dev.netlint.rules.support;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.PlanKind;
import dev.netlint.core.plan.RouteState;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.Profile;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the route rules need to know about a route's interface, computed once per device, and the
 * order in which they report one defect once. Every route's {@code interfaceAlias} is judged by
 * exactly one of three rules, or by none when it names the compute port and that port is static:
 *
 * <ol>
 *   <li>a name outside the profile's ports ({@code Port7} on a Pro GPU, {@code Port5} on a Pro 2,
 *       {@code Ethernet}, a vSwitch's name): {@code port-unknown}, which judges every port name the
 *       file writes;
 *   <li>a port that is not the compute port, or any port when no vSwitch is enabled for compute:
 *       {@code route-interface-not-compute}, also when the files do not declare the port: a port of the
 *       profile that a package leaves out is unknown, not missing (the vendor's own sample package declares
 *       Port1 to Port4 and binds vSwitches to Port5 and Port6), so it exists and is not the compute port;
 *   <li>the compute port, with DHCP on some node: {@code route-interface-dhcp}.
 * </ol>
 *
 * The compute port is the port of the vSwitch enabled for compute; a compute vSwitch that teams
 * several ports has all of them as compute ports. A compute vSwitch bound to no port (the loader's
 * {@code missing-value}) leaves the compute port unknown: step 2 is then not judged. The compute port
 * that the files bind a vSwitch to but do not declare under {@code interfaces} has no known addressing:
 * step 3 and the next hop are then not judged.
 *
 * The next hop is judged against the compute port's subnet ({@code route-next-hop-not-on-link}) only
 * when none of these fired, the families agree and the next hop is not local.
 */
public final class RouteFacts {

    private final Device device;
    private final Profile profile;
    private final Forwarding forwarding;
    private final Map<String, List<NetInterface>> nics = new LinkedHashMap<>();
    private final Set<String> computePorts = new LinkedHashSet<>();
    private final boolean computeKnown;

    public RouteFacts(DeviceContext context) {
        this.device = context.device();
        this.profile = context.profile();
        this.forwarding = context.forwarding();
        for (NetInterface nic : device.interfaces()) {
            if (nic.portName() != null) {
                String key = key(nic.portName());
                nics.computeIfAbsent(key, k -> new ArrayList<>()).add(nic);
            }
        }
        boolean known = true;
        if (forwarding.computePort() != null) {
            computePorts.add(key(forwarding.computePort()));
        } else {
            for (VSwitch vSwitch : device.computeVSwitches()) {
                if (vSwitch.interfaceNames().isEmpty()) {
                    known = false;
                }
                for (Located<String> port : vSwitch.interfaceNames()) {
                    computePorts.add(key(port.value()));
                }
                if (!computePorts.isEmpty()) {
                    break;
                }
            }
        }
        this.computeKnown = device.computeKnown() && (known || !computePorts.isEmpty());
    }

    private static String key(String port) {
        return port.trim().toLowerCase(Locale.ROOT);
    }

    public Forwarding forwarding() {
        return forwarding;
    }

    /** The compute port(s) as written in the compute vSwitch, {@code Port3} or {@code Port3, Port4}; empty when none. */
    public String computePorts() {
        if (forwarding.computePort() != null) {
            return forwarding.computePort();
        }
        for (VSwitch vSwitch : device.computeVSwitches()) {
            if (!vSwitch.interfaceNames().isEmpty()) {
                return vSwitch.interfaceNames().stream().map(Located::value).collect(Collectors.joining(", "));
            }
        }
        return "";
    }

    /** A name the profile does not have: {@code port-unknown} reports it, the route rules do not. */
    public boolean outsideProfile(String port) {
        return profile.knowsPorts() && !profile.hasPort(port.trim());
    }

    /** How the interface rules judge one interface name; computed once per distinct alias as written. */
    private enum AliasVerdict { OUTSIDE_PROFILE, NOT_COMPUTE, COMPUTE, COMPUTE_UNKNOWN }

    private final Map<String, AliasVerdict> verdicts = new HashMap<>();
    private final Map<String, List<NetInterface>> dhcpByAlias = new HashMap<>();

    private AliasVerdict verdict(String alias) {
        AliasVerdict known = verdicts.get(alias);
        if (known == null) {
            known = judge(alias);
            verdicts.put(alias, known);
        }
        return known;
    }

    private AliasVerdict judge(String alias) {
        if (outsideProfile(alias)) {
            return AliasVerdict.OUTSIDE_PROFILE;
        }
        if (!computeKnown) {
            return AliasVerdict.COMPUTE_UNKNOWN;
        }
        return computePorts.contains(key(alias)) ? AliasVerdict.COMPUTE : AliasVerdict.NOT_COMPUTE;
    }

    /** The route names a port that is not the compute port, or there is no compute vSwitch at all. */
    public boolean interfaceNotCompute(KubeRoute route) {
        return route.alias() != null && verdict(route.alias()) == AliasVerdict.NOT_COMPUTE;
    }

    /** The interfaces with DHCP enabled of the route's port, when it is the compute port. */
    public List<NetInterface> dhcpInterfaces(KubeRoute route) {
        String alias = route.alias();
        if (alias == null || verdict(alias) != AliasVerdict.COMPUTE) {
            return List.of();
        }
        return dhcpByAlias.computeIfAbsent(alias, a -> nics.getOrDefault(key(a), List.of()).stream()
                .filter(NetInterface::isDhcp).toList());
    }

    /** Destination and next hop are both known and of different families. */
    public static boolean familiesDiffer(KubeRoute route) {
        IPAddress destination = route.destination();
        IPAddress nextHop = route.nextHopAddress();
        return destination != null && nextHop != null && destination.getIPVersion() != nextHop.getIPVersion();
    }

    /** What makes the next hop an address of the device or the cluster, or {@code null}. */
    public PlanEntry localNextHop(DeviceContext context, KubeRoute route) {
        IPAddress nextHop = route.nextHopAddress();
        return nextHop == null ? null : context.plan().localEntry(nextHop);
    }

    /**
     * What makes a next hop no host of its link, in words: {@code the broadcast address of
     * 192.168.20.0/24} or {@code the network address of ...}; {@code null} when it is a host.
     */
    public String reservedRole(IPAddress nextHop) {
        Forwarding.SubnetEdge edge = forwarding.subnetEdge(nextHop);
        return edge == null ? null : "the " + (edge.broadcast() ? "broadcast" : "network") + " address of "
                + edge.subnet().toCanonicalString();
    }

    /**
     * What lies outside the VMs' connected subnets of a family, to follow "it lies outside":
     * {@code 192.168.20.0/24, the subnet of the compute port Port3}, the subnets of a cluster whose nodes
     * disagree, or {@code every subnet of the compute port Port3, which has no IPv6 address}.
     */
    public String connectedSubnets(IPAddress.IPVersion version) {
        List<IPAddress> subnets = forwarding.connectedSubnets(version);
        String port = forwarding.computePort();
        if (subnets.isEmpty()) {
            return "every subnet of the compute port " + port + ", which has no " + (version.isIPv4() ? "IPv4" : "IPv6")
                    + " address";
        }
        String list = subnets.stream().map(IPAddress::toCanonicalString).collect(Collectors.joining(" and "));
        return list + (subnets.size() == 1 ? ", the subnet of the compute port " : ", the subnets of the compute port ")
                + port;
    }

    /** Why the VMs refuse a route, in words, for a message about what the route was meant to carry. */
    public String refusal(DeviceContext context, KubeRoute route) {
        RouteState state = forwarding.state(route);
        IPAddress nextHop = route.nextHopAddress();
        return switch (state) {
            case INSTALLED -> "it is installed";
            case INCOMPLETE -> "it lacks an interface, a destination or a next hop";
            case METRIC_INVALID -> "its routeMetric " + Optional.ofNullable(route.routeMetric()).map(Located::value)
                    .orElse("") + " is not a non-negative integer";
            case NO_COMPUTE_PORT -> "no vSwitch is enabled for compute on a single port";
            case NOT_COMPUTE_PORT -> route.alias() + " is not the compute port " + forwarding.computePort();
            case PORT_DHCP -> "the compute port " + forwarding.computePort() + " uses DHCP";
            case FAMILY_MISMATCH -> "its destination and next hop are of different address families";
            case NEXT_HOP_LOCAL -> "its next hop " + nextHop.toCanonicalString() + " is "
                    + owner(context.plan().localEntry(nextHop));
            case SUBNET_UNKNOWN -> "the subnet of the compute port " + forwarding.computePort() + " is unknown";
            case NEXT_HOP_OFF_LINK -> "its next hop " + nextHop.toCanonicalString() + " lies outside "
                    + connectedSubnets(nextHop.getIPVersion());
            case NEXT_HOP_NOT_HOST -> "its next hop " + nextHop.toCanonicalString() + " is "
                    + reservedRole(nextHop) + ", not a router";
        };
    }

    /**
     * Whose a local address is, from the plan entry that makes it local: {@code the device's own
     * address 192.168.20.10 of Port3} or {@code inside KubernetesNodeIPs 192.168.20.20-192.168.20.22,
     * a pool of the device}.
     */
    public static String owner(PlanEntry entry) {
        if (entry == null) {
            return "an address of the device or the cluster";
        }
        if (entry.kind() == PlanKind.INTERFACE_ADDRESS) {
            return "the device's own " + entry.label();
        }
        return "inside " + entry.label() + ", a pool of the device";
    }

    /** At most {@code max} items, then {@code and N more}. */
    public static String capped(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
