package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Service;
import dev.netlint.core.plan.AddressKey;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two services ask for the same IP, as load-balancer or cluster IP. One hash map: linear in services. */
@Rule(id = "service-ip-conflict", severity = Severity.ERROR, category = Category.POOLS,
        summary = "Two services ask for the same IP")
public final class ServiceIpConflictRule implements Check {

    private record Claim(Service service, String role, Located<IPAddress> ip) {

        String describe() {
            return "the " + role + " of " + service.describe();
        }
    }

    @Override
    public void check(DeviceContext context, FindingSink out) {
        List<Claim> claims = new ArrayList<>();
        for (Service service : context.device().kubernetes().services()) {
            for (Located<IPAddress> ip : service.loadBalancerIps()) {
                claims.add(new Claim(service, "load-balancer IP", ip));
            }
            for (Located<IPAddress> ip : service.clusterIps()) {
                claims.add(new Claim(service, "cluster IP", ip));
            }
        }
        claims.sort(Comparator.comparing(c -> c.ip().location()));
        // keyed by value: IPAddress's own hash spreads poorly, and 100,000 addresses made tree bins
        Map<AddressKey, Claim> first = new HashMap<>();
        for (Claim claim : claims) {
            Claim earlier = first.putIfAbsent(AddressKey.of(claim.ip().value().withoutPrefixLength()), claim);
            if (earlier == null || earlier.service() == claim.service()) {
                continue;
            }
            out.report(claim.ip().location(), claim.service().describe() + " asks for "
                    + claim.ip().value().toCanonicalString() + " as its " + claim.role() + ", already "
                    + earlier.describe() + ": one address can reach only one service",
                    new Related(earlier.ip().location(), earlier.describe()));
        }
    }
}
