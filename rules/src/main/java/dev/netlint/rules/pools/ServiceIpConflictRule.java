package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Service;
import dev.netlint.core.plan.AddressKey;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.AddressSharing;
import dev.netlint.rules.support.ClusterCidrs;
import dev.netlint.rules.support.ClusterCidrs.Cidr;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two services ask for the same IP, as load-balancer or cluster IP, and may not share it: a cluster IP
 * is never shared, and MetalLB shares a load-balancer IP only as {@link AddressSharing} says. A cluster
 * IP equal to the first address of the service subnet is the {@code default/kubernetes} service's. One
 * hash map: linear in services.
 */
@Rule(id = "service-ip-conflict", severity = Severity.ERROR, category = Category.POOLS,
        summary = "Two services ask for the same IP and may not share it, or a service asks for the kubernetes"
                + " service's cluster IP")
public final class ServiceIpConflictRule implements DeviceRule {

    private record Claim(Service service, String role, Located<IPAddress> ip) {

        boolean loadBalancer() {
            return role.equals("load-balancer IP");
        }

        String describe() {
            return "the " + role + " of " + service.describe();
        }
    }

    /** The claims on one address so far: the first of all, and MetalLB's view of its load-balancer users. */
    private static final class Taken {
        Claim first;
        Claim firstCluster;
        AddressSharing sharing;
        Claim firstLoadBalancer;
    }

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<Claim> claims = new ArrayList<>();
        for (Service service : context.device().kubernetes().services()) {
            for (Located<IPAddress> ip : service.requestedLoadBalancerIps()) {
                claims.add(new Claim(service, "load-balancer IP", ip));
            }
            for (Located<IPAddress> ip : service.clusterIps()) {
                claims.add(new Claim(service, "cluster IP", ip));
            }
        }
        claims.sort(Comparator.comparing(c -> c.ip().location()));
        Cidr serviceSubnet = ClusterCidrs.serviceSubnet(context);
        IPAddress apiServer = serviceSubnet == null ? null
                : serviceSubnet.block().getLower().withoutPrefixLength().increment(1);
        // keyed by value: IPAddress's own hash spreads poorly, and 100,000 addresses made tree bins
        Map<AddressKey, Taken> taken = new HashMap<>();
        for (Claim claim : claims) {
            IPAddress address = claim.ip().value().withoutPrefixLength();
            if (!claim.loadBalancer() && address.equals(apiServer) && !isApiServer(claim.service())) {
                reportApiServer(claim, serviceSubnet, out);
            }
            Taken on = taken.computeIfAbsent(AddressKey.of(address), k -> new Taken());
            if (on.first == null) {
                on.first = claim;
            }
            if (claim.loadBalancer()) {
                loadBalancer(on, claim, out);
            } else {
                if (on.first.service() != claim.service()) {
                    report(claim, on.first, "one address can reach only one service", out);
                }
                if (on.firstCluster == null) {
                    on.firstCluster = claim;
                }
            }
        }
    }

    private static void loadBalancer(Taken on, Claim claim, FindingSink out) {
        if (on.firstCluster != null && on.firstCluster.service() != claim.service()) {
            report(claim, on.firstCluster, "one address can reach only one service", out);
            return;
        }
        if (on.sharing == null) {
            on.sharing = new AddressSharing(claim.service());
            on.firstLoadBalancer = claim;
            return;
        }
        if (on.sharing.first() == claim.service()) {
            return;
        }
        AddressSharing.Verdict verdict = on.sharing.admit(claim.service());
        if (verdict.kind() != AddressSharing.Kind.CONFLICTS) {
            return;
        }
        if (verdict.port() != null) {
            out.report(claim.ip().location(), claim.service().describe() + " asks for "
                    + claim.ip().value().toCanonicalString() + " as its load-balancer IP, as "
                    + verdict.portOwner().describe() + " does: MetalLB refuses it, as " + verdict.reason(),
                    new Related(verdict.port().port().location(), "its " + verdict.port().describe() + " here"));
            return;
        }
        report(claim, on.firstLoadBalancer, "MetalLB shares an address only between services with the same"
                + " allow-shared-ip key and different ports, and " + verdict.reason(), out);
    }

    private static void report(Claim claim, Claim earlier, String why, FindingSink out) {
        out.report(claim.ip().location(), claim.service().describe() + " asks for "
                + claim.ip().value().toCanonicalString() + " as its " + claim.role() + ", already "
                + earlier.describe() + ": " + why, new Related(earlier.ip().location(), earlier.describe()));
    }

    /** The first address of the service subnet is the API server's: the {@code kubernetes} service holds it. */
    private static void reportApiServer(Claim claim, Cidr serviceSubnet, FindingSink out) {
        String message = claim.service().describe() + " asks for " + claim.ip().value().toCanonicalString()
                + " as its cluster IP, the first address of the " + serviceSubnet.describe() + ", which the API"
                + " server gives service kubernetes (namespace default): the API server refuses it as taken";
        if (serviceSubnet.isDefault()) {
            out.report(claim.ip().location(), message);
        } else {
            out.report(claim.ip().location(), message, new Related(serviceSubnet.written().location(),
                    serviceSubnet.describe()));
        }
    }

    /** Whether the service is {@code default/kubernetes} itself, as {@code kubectl get svc -A -o yaml} lists it. */
    private static boolean isApiServer(Service service) {
        return service.name() != null && service.name().value().equals("kubernetes")
                && (service.namespace() == null || service.namespace().value().equals("default"));
    }
}
