package dev.netlint.core.plan;

/**
 * Why a route is or is not in the VMs' routing table. {@link Forwarding#state} checks the reasons in
 * this order: incomplete, no compute port, not the compute port, DHCP, family, local next hop, unknown
 * subnet, off-link, not a host of the link, metric. The metric comes last because it is independent of
 * the rest: a route whose state is {@code NEXT_HOP_OFF_LINK} has an off-link next hop whatever its
 * metric.
 */
public enum RouteState {
    INSTALLED, INCOMPLETE, METRIC_INVALID, NOT_COMPUTE_PORT, NO_COMPUTE_PORT, PORT_DHCP, FAMILY_MISMATCH,
    NEXT_HOP_OFF_LINK, NEXT_HOP_NOT_HOST, NEXT_HOP_LOCAL, SUBNET_UNKNOWN
}
