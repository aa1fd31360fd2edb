package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Location;
import dev.netlint.core.plan.Overlaps;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.PlanKind;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.ClusterCidrs;
import dev.netlint.rules.support.ClusterCidrs.Cidr;
import dev.netlint.rules.support.FreeRange;
import dev.netlint.rules.support.Wording;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pod or service subnet (defaults included) overlaps the other, or a network the device or its
 * workloads use. One linear scan of the address plan per cluster CIDR; what lies inside an overlapping
 * network already reported is folded into that finding.
 */
@Rule(id = "cluster-cidr-overlap", severity = Severity.ERROR, category = Category.POOLS,
        summary = "The pod or service subnet overlaps the other, or a network the device uses")
public final class ClusterCidrOverlapRule implements DeviceRule {

    private static final Set<PlanKind> USED = EnumSet.of(PlanKind.PORT_SUBNET, PlanKind.POOL,
            PlanKind.VIRTUAL_NETWORK, PlanKind.VIRTUAL_NETWORK_POOL, PlanKind.GATEWAY,
            PlanKind.VIRTUAL_NETWORK_GATEWAY, PlanKind.DNS_SERVER, PlanKind.ROUTE_DESTINATION,
            PlanKind.REQUIRED_NETWORK);

    /** Private IPv4 space a replacement cluster CIDR is sought in, the ranges Kubernetes defaults use first. */
    private static final List<IPAddress> PRIVATE = List.of(new IPAddressString("172.16.0.0/12").getAddress(),
            new IPAddressString("10.0.0.0/8").getAddress(), new IPAddressString("192.168.0.0/16").getAddress());

    /** At most this many declarations of the very same network are named as related locations. */
    private static final int MAX_RELATED = 10;

    /** Sorted so that a network comes before everything it contains. */
    private static final Comparator<PlanEntry> OUTERMOST_FIRST = Comparator
            .comparingInt((PlanEntry e) -> e.range().getLower().getBitCount())
            .thenComparing((a, b) -> Overlaps.compareValue(a.range().getLower(), b.range().getLower()))
            .thenComparing((a, b) -> Overlaps.compareValue(b.range().getUpper(), a.range().getUpper()))
            .thenComparing(PlanEntry::location);

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<Cidr> cidrs = ClusterCidrs.of(context);
        Fixes fixes = new Fixes(context);
        if (cidrs.size() == 2) {
            checkEachOther(fixes, cidrs.get(0), cidrs.get(1), out);
        }
        for (Cidr cidr : cidrs) {
            IPAddressSeqRange range = cidr.block().toSequentialRange();
            // two questions at most: one pass each over the plan costs less than indexing it
            List<PlanEntry> hits = context.plan().scanOverlapping(range, USED);
            if (hits.isEmpty()) {
                continue;
            }
            hits.sort(OUTERMOST_FIRST);
            String fix = fixes.of(cidr);
            PlanEntry top = null;
            List<Related> same = new ArrayList<>();
            for (PlanEntry hit : hits) {
                if (top != null && top.range().contains(hit.range())) {
                    if (hit.range().equals(top.range()) && same.size() < MAX_RELATED) {
                        same.add(new Related(hit.location(), hit.label()));
                    }
                    continue;
                }
                if (top != null) {
                    report(out, cidr, top, same, fix);
                }
                top = hit;
                same = new ArrayList<>();
            }
            report(out, cidr, top, same, fix);
        }
    }

    private static void checkEachOther(Fixes fixes, Cidr pods, Cidr services, FindingSink out) {
        IPAddressSeqRange a = pods.block().toSequentialRange();
        IPAddressSeqRange b = services.block().toSequentialRange();
        if (!a.overlaps(b)) {
            return;
        }
        Cidr later;
        Cidr earlier;
        if (pods.isDefault() || (!services.isDefault()
                && services.written().location().compareTo(pods.written().location()) > 0)) {
            later = services;
            earlier = pods;
        } else {
            later = pods;
            earlier = services;
        }
        String message = earlier.describe() + " overlaps " + later.describe() + " at " + Wording.span(a.intersect(b))
                + ": pod and service addresses would collide";
        String fix = fixes.of(later);
        if (earlier.isDefault()) {
            out.report(later.written().location(), message, fix);
        } else {
            out.report(later.written().location(), message, fix, new Related(earlier.written().location(),
                    earlier.describe()));
        }
    }

    private static void report(FindingSink out, Cidr cidr, PlanEntry other, List<Related> same, String fix) {
        IPAddressSeqRange shared = cidr.block().toSequentialRange().intersect(other.range());
        String message = cidr.describe() + " overlaps " + other.label() + " at " + Wording.span(shared)
                + ": traffic to those addresses would stay inside the cluster";
        List<Related> related = new ArrayList<>();
        Location at;
        if (cidr.isDefault()) {
            at = other.location();
        } else {
            at = cidr.written().location();
            related.add(new Related(other.location(), other.label()));
        }
        related.addAll(same);
        out.report(null, at, message, fix, related);
    }

    /**
     * The fix suggestions of one run: each cluster CIDR is offered a block once, and no block is offered
     * twice (the pod and service subnets are not both told to move to 10.0.0.0/16).
     */
    private static final class Fixes {

        private final DeviceContext context;
        private final Map<PlanKind, String> byKind = new EnumMap<>(PlanKind.class);
        private final List<IPAddressSeqRange> offered = new ArrayList<>();
        private String offeredTo;

        Fixes(DeviceContext context) {
            this.context = context;
        }

        /** {@code ; choose another pod subnet ..., such as 172.29.0.0/16 ...}, a block of the same size that overlaps nothing. */
        /** The fix offered to a subnet ({@code choose another pod subnet ...}), or {@code null} when none is free. */
        String of(Cidr cidr) {
            String fix = byKind.computeIfAbsent(cidr.kind(), k -> compute(cidr));
            return fix.isEmpty() ? null : fix;
        }

        private String compute(Cidr cidr) {
            IPAddress block = cidr.block();
            Integer length = block.getNetworkPrefixLength();
            if (!block.isIPv4() || length == null) {
                return "";
            }
            List<IPAddressSeqRange> used = new ArrayList<>(offered);
            for (PlanEntry entry : context.plan().entries()) {
                if (entry.kind() != cidr.kind()) {
                    used.add(entry.range());
                }
            }
            String key = cidr.kind() == PlanKind.POD_SUBNET ? "PodSubnet" : "ServiceSubnet";
            for (IPAddress space : PRIVATE) {
                Optional<IPAddress> free = FreeRange.firstBlock(space.toSequentialRange(), length, used);
                if (free.isPresent()) {
                    String besides = offeredTo == null ? "" : " nor the block suggested for the " + offeredTo;
                    offered.add(free.get().toSequentialRange());
                    offeredTo = cidr.noun();
                    return "choose another " + cidr.noun() + " (kubernetes." + Character.toLowerCase(key.charAt(0))
                            + key.substring(1) + ", set with Set-HcsKubeClusterNetworkInfo -" + key + " before compute"
                            + " is configured), such as " + free.get().toCanonicalString() + ", which overlaps nothing declared"
                            + " for this device" + besides;
                }
            }
            return "";
        }
    }
}
