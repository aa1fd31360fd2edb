package dev.netlint.rules.pools;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.ClusterCidrs;
import dev.netlint.rules.support.ClusterCidrs.Cidr;
import inet.ipaddr.IPAddress;

/** The pod or service subnet is written with host bits set, such as {@code 10.96.0.1/16}. */
@Rule(id = "cluster-cidr-not-canonical", severity = Severity.WARNING,
        category = Category.POOLS,
        summary = "The pod or service subnet has host bits set")
public final class ClusterCidrNotCanonicalRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (Cidr cidr : ClusterCidrs.of(context)) {
            if (cidr.isDefault()) {
                continue;
            }
            IPAddress written = cidr.written().value();
            if (written.isPrefixed() && !written.isPrefixBlock()) {
                out.report(cidr.written().location(), cidr.noun() + " " + written.toCanonicalString()
                        + " has host bits set: the prefix it stands for is " + cidr.block().toCanonicalString(),
                        "write " + cidr.block().toCanonicalString() + " so that nobody reads "
                        + written.withoutPrefixLength().toCanonicalString() + " as the start of the range");
            }
        }
    }
}
