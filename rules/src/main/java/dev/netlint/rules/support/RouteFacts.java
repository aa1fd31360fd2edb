package dev.netlint.rules.support;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.plan.Forwarding.RouteState;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.PlanKind;
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
 * order in which they report one defect once. A route's interface is judged by exactly one rule:
 *
 * <ol>
 *   <li>a name outside the profile's ports: {@code port-unknown} (not a route rule);
 *   <li>a name the device does not declare: {@code route-interface-unknown};
 *   <li>a declared port that is not the compute port: {@code route-interface-not-compute};
 *   <li>the compute port (or any declared port when there is none) with DHCP on some node:
 *       {@code route-interface-dhcp}.
 * </ol>
 *
 * The next hop is judged against the compute port's subnet ({@code route-next-hop-not-on-link}) only
 * when none of these fired, the families agree and the next hop is not local.
 */
public final class RouteFacts {

    private final Device device;
    private final Profile profile;
    private final Forwarding forwarding;
    private final Map<String, List<NetInterface>> nics = new LinkedHashMap<>();
    private final Set<String> declared = new LinkedHashSet<>();

    public RouteFacts(DeviceContext context) {
        this.device = context.device();
        this.profile = context.profile();
        this.forwarding = context.forwarding();
        for (NetInterface nic : device.interfaces()) {
            if (nic.portName() != null) {
                String key = key(nic.portName());
                nics.computeIfAbsent(key, k -> new ArrayList<>()).add(nic);
                declared.add(key);
            }
        }
        for (VSwitch vSwitch : device.vSwitches()) {
            for (Located<String> port : vSwitch.interfaceNames()) {
                declared.add(key(port.value()));
            }
        }
    }

    private static String key(String port) {
        return port.trim().toLowerCase(Locale.ROOT);
    }

    public Forwarding forwarding() {
        return forwarding;
    }

    /** Whether the device declares any port at all; without one, no interface can be judged. */
    public boolean declaresPorts() {
        return !nics.isEmpty();
    }

    /** The ports the device declares, as written, in file order. */
    public String declaredPorts() {
        return device.interfaces().stream().map(NetInterface::portName).filter(p -> p != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining(", "));
    }

    /** A name the profile does not have: {@code port-unknown} reports it, the route rules do not. */
    public boolean outsideProfile(String port) {
        return profile.knowsPorts() && !profile.hasPort(port.trim());
    }

    /** How the route rules judge one interface name; computed once per distinct alias as written. */
    private enum AliasVerdict { OUTSIDE_PROFILE, UNKNOWN, NOT_COMPUTE, FINE }

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
        boolean isDeclared = declared.contains(key(alias));
        if (!isDeclared && outsideProfile(alias)) {
            return AliasVerdict.OUTSIDE_PROFILE;
        }
        if (!isDeclared) {
            return declaresPorts() ? AliasVerdict.UNKNOWN : AliasVerdict.FINE;
        }
        if (forwarding.computePort() != null && !isComputePort(alias)) {
            return AliasVerdict.NOT_COMPUTE;
        }
        return AliasVerdict.FINE;
    }

    /** The route names a port the device does not declare (and that the profile has). */
    public boolean interfaceUnknown(KubeRoute route) {
        return route.alias() != null && verdict(route.alias()) == AliasVerdict.UNKNOWN;
    }

    public boolean isComputePort(String alias) {
        return forwarding.computePort() != null && forwarding.computePort().equalsIgnoreCase(alias.trim());
    }

    /** The route names a declared port other than the compute port. */
    public boolean interfaceNotCompute(KubeRoute route) {
        return route.alias() != null && verdict(route.alias()) == AliasVerdict.NOT_COMPUTE;
    }

    /** The interfaces with DHCP enabled of the route's port, when no earlier interface rule fired. */
    public List<NetInterface> dhcpInterfaces(KubeRoute route) {
        String alias = route.alias();
        if (alias == null || verdict(alias) != AliasVerdict.FINE) {
            return List.of();
        }
        return dhcpByAlias.computeIfAbsent(alias, a -> nics.getOrDefault(key(a), List.of()).stream()
                .filter(NetInterface::isDhcp).toList());
    }

    /** Whether one of the interface rules (or {@code port-unknown}) reports this route's interface. */
    public boolean interfaceFaulty(KubeRoute route) {
        return route.alias() == null || verdict(route.alias()) != AliasVerdict.FINE || !dhcpInterfaces(route).isEmpty();
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
     * Whether the next hop is off-link for the VMs and no earlier rule explains the route: the
     * forwarding model's {@code NEXT_HOP_OFF_LINK} state, which it gives only to a route on the static
     * compute port, of one family, whose next hop is not local and whose subnet is known, whatever its
     * metric. Such a route's interface is never faulty.
     */
    public boolean nextHopOffLink(KubeRoute route) {
        return forwarding.state(route) == RouteState.NEXT_HOP_OFF_LINK;
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
