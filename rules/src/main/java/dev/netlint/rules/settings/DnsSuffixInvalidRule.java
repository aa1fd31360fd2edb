package dev.netlint.rules.settings;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * An interface's {@code dnsSuffix} or the device's {@code deviceEndpoint.dnsDomain} that is not a domain
 * name. Syntax only: an unregistered top-level domain ({@code .local}, {@code .internal}, {@code .lan})
 * is what internal DNS zones use, and is accepted (see {@link DomainNames}). An empty value is no
 * suffix, as the vendor's export writes it.
 */
@Rule(id = "dns-suffix-invalid", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "A DNS suffix or the device's DNS domain is not a domain name")
public final class DnsSuffixInvalidRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (NetInterface port : context.device().interfaces()) {
            check(port.dnsSuffix(), "dnsSuffix", " of " + port.describe(), out);
        }
        check(context.device().dnsDomain(), "deviceEndpoint.dnsDomain", "", out);
    }

    private static void check(Located<String> name, String key, String owner, FindingSink out) {
        if (name == null || name.value().isBlank()) {
            return; // an export writes "" for a port without a suffix
        }
        String problem = DomainNames.problem(name.value());
        if (problem != null) {
            out.report(name.location(), key + " '" + name.value() + "'" + owner + " is not a domain name: " + problem);
        }
    }
}
