package dev.netlint.rules.pools;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Service;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * A service name that is not an RFC 1035 label: CoreDNS publishes every service as
 * {@code NAME.NAMESPACE.svc.cluster.local}, and Kubernetes refuses other names.
 */
@Rule(id = "service-name-invalid", severity = Severity.ERROR, category = Category.POOLS,
        summary = "A service name is not an RFC 1035 label")
public final class ServiceNameInvalidRule implements DeviceRule {

    static final int MAX_LENGTH = 63;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (Service service : context.device().kubernetes().services()) {
            Located<String> name = service.name();
            if (name == null || name.value().isEmpty()) {
                continue; // an empty name is no name: missing-value reports it
            }
            String why = whyNotLabel(name.value());
            if (why != null) {
                out.report(name.location(), "service name \"" + name.value() + "\" is not an RFC 1035 label: " + why
                        + " (lowercase letters, digits and '-', starting with a letter, ending with a letter or"
                        + " digit, at most 63 characters)");
            }
        }
    }

    /** Why {@code name} is not an RFC 1035 label, or {@code null} when it is one. */
    static String whyNotLabel(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "it has " + name.length() + " characters";
        }
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (c >= 'A' && c <= 'Z') {
                return "it contains the uppercase letter '" + (char) c + "'";
            }
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                return "it contains " + describe(c);
            }
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z')) {
            return "it starts with '" + first + "', not a letter";
        }
        char last = name.charAt(name.length() - 1);
        if (last == '-') {
            return "it ends with '-'";
        }
        return null;
    }

    private static String describe(int c) {
        if (c == ' ') {
            return "a space";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return String.format("the character U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }
}
