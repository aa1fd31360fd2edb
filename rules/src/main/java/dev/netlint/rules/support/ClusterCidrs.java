package dev.netlint.rules.support;

import dev.netlint.core.model.Key;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.plan.PlanKind;
import dev.netlint.core.rule.DeviceContext;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster's pod and service subnets as the rules judge them: the written value, else the device's
 * default. A value that was written but did not parse is unknown, not the default: rules skip it.
 */
public final class ClusterCidrs {

    /**
     * One cluster CIDR.
     *
     * @param noun {@code pod subnet} or {@code service subnet}
     * @param block the prefix block in force (host bits cleared)
     * @param written the value as written, {@code null} for the default
     */
    public record Cidr(PlanKind kind, String noun, IPAddress block, Located<IPAddress> written) {

        public boolean isDefault() {
            return written == null;
        }

        /** {@code default pod subnet 172.27.0.0/16}, {@code service subnet 10.96.0.0/16}. */
        public String describe() {
            return (isDefault() ? "default " : "") + noun + " " + block.toCanonicalString();
        }
    }

    private ClusterCidrs() {
    }

    /** The pod subnet then the service subnet, leaving out one written with a value that did not parse. */
    public static List<Cidr> of(DeviceContext context) {
        Kubernetes kubernetes = context.device().kubernetes();
        List<Cidr> cidrs = new ArrayList<>();
        if (known(context, Kubernetes.POD_SUBNET)) {
            cidrs.add(new Cidr(PlanKind.POD_SUBNET, "pod subnet", kubernetes.effectivePodSubnet(),
                    kubernetes.podSubnet()));
        }
        if (known(context, Kubernetes.SERVICE_SUBNET)) {
            cidrs.add(new Cidr(PlanKind.SERVICE_SUBNET, "service subnet", kubernetes.effectiveServiceSubnet(),
                    kubernetes.serviceSubnet()));
        }
        return cidrs;
    }

    /** The service subnet in force, or {@code null} when the written one did not parse. */
    public static Cidr serviceSubnet(DeviceContext context) {
        return of(context).stream().filter(c -> c.kind() == PlanKind.SERVICE_SUBNET).findFirst().orElse(null);
    }

    /** False when the loader could not read the value of {@code key}, or the whole block. */
    private static boolean known(DeviceContext context, Key<Kubernetes> key) {
        return !context.device().kubernetes().unknown(key);
    }
}
