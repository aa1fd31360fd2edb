package dev.netlint.rules.pools;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Service;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A service asks for an IPv6 address family on a device whose Kubernetes network is IPv4 only: an
 * {@code IPv6} entry in {@code spec.ipFamilies}, {@code ipFamilyPolicy: RequireDualStack}, or an IPv6
 * cluster IP (as {@code PreferDualStack} writes a second one). {@code PreferDualStack} alone is fine:
 * the API server falls back to the one family the cluster has. A headless service without a selector and
 * an ExternalName service get no address, and the API server takes any families for them. One finding per
 * service, at the first of the policy, the family, the address.
 */
@Rule(id = "service-ip-family-unsupported", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A service asks for IPv6 (ipFamilies, RequireDualStack, an IPv6 cluster IP) on the IPv4-only"
                + " Kubernetes network")
public final class ServiceIpFamilyUnsupportedRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (Service service : context.device().kubernetes().services()) {
            if (service.details().headlessWithoutSelector() || service.type() != null
                    && service.type().value().equals("ExternalName")) {
                // the API server allocates such a service no address, and takes any families for it
                continue;
            }
            List<String> asks = new ArrayList<>();
            Location at = null;
            Located<String> policy = service.details().ipFamilyPolicy();
            if (policy != null && policy.value().equals("RequireDualStack")) {
                asks.add("ipFamilyPolicy RequireDualStack");
                at = policy.location();
            }
            for (Located<String> family : service.details().ipFamilies()) {
                if (family.value().equals("IPv6")) {
                    asks.add("ipFamilies " + String.join(", ", service.details().ipFamilies().stream()
                            .map(Located::value).toList()));
                    at = at == null ? family.location() : at;
                    break;
                }
            }
            for (Located<IPAddress> ip : service.clusterIps()) {
                if (ip.value().isIPv6()) {
                    asks.add("the IPv6 cluster IP " + ip.value().toCanonicalString()
                            + (policy != null && policy.value().equals("PreferDualStack")
                            ? " (ipFamilyPolicy PreferDualStack)" : ""));
                    at = at == null ? ip.location() : at;
                    break;
                }
            }
            if (at == null) {
                continue;
            }
            out.report(at, service.describe() + " asks for IPv6 by " + String.join(" and ", asks) + ", but the"
                    + " device's Kubernetes network is IPv4 only (\"Only static IPv4 configuration is supported\"):"
                    + " the API server refuses the service, as the cluster has no IPv6 service range",
                    "leave ipFamilies and ipFamilyPolicy out (SingleStack IPv4), or write PreferDualStack without"
                            + " an IPv6 cluster IP");
        }
    }
}
