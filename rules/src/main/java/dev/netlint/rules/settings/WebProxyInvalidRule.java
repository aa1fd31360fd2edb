package dev.netlint.rules.settings;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.WebProxy;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.apache.commons.validator.routines.UrlValidator;

/**
 * An enabled web proxy whose {@code connectionURI} is not {@code http://host:port}: the device supports
 * neither HTTPS to the proxy nor a PAC file, and needs the port. {@link UrlValidator} has the last word
 * on the URL's syntax; the checks before it say what is wrong in the terms of the device (it would only
 * answer "invalid"), and the host may be an internal name ({@code proxy.plant.internal}), judged like a
 * DNS suffix. A disabled proxy is not judged: the device ignores its URI.
 */
@Rule(id = "web-proxy-invalid", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "An enabled web proxy whose URI is not http://host:port")
public final class WebProxyInvalidRule implements DeviceRule {

    private static final String[] SCHEMES = {"http"};
    private static final int MAX_PORT = 65535;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        WebProxy proxy = context.device().webProxy();
        if (proxy == null || !proxy.enabled()) {
            return;
        }
        Located<String> uri = proxy.connectionUri();
        if (uri == null || uri.value().isBlank()) {
            out.report(proxy.location(), "webProxy is enabled but has no connectionURI: write http://host:port,"
                    + " for example http://10.57.48.82:8080");
            return;
        }
        List<String> problems = problems(uri.value());
        if (!problems.isEmpty()) {
            out.report(uri.location(), "web proxy " + withoutCredentials(uri.value()) + " is not http://host:port: "
                    + String.join("; ", problems));
        }
    }

    /** What is wrong with the URI, in the device's terms; empty when it is {@code http://host:port}. */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        int separator = text.indexOf("://");
        if (separator < 0) {
            String fixed = "http://" + text.trim();
            problems.add("it has no scheme" + (problems(fixed).isEmpty() ? " (write " + fixed + ")" : ""));
            return problems;
        }
        String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            problems.add("HTTPS is not supported (the device talks to its proxy over plain http://)");
        } else if (!scheme.equals("http")) {
            problems.add("scheme " + text.substring(0, separator) + " is not supported, only http://");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            problems.add("it is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
            return problems;
        }
        String host = host(uri);
        if (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            problems.add("it carries credentials (give them in webProxy.username and webProxy.password)");
        }
        if (host.isEmpty()) {
            problems.add("it has no host");
        } else if (!host.startsWith("[") && !InetAddressValidator.getInstance().isValidInet4Address(host)) {
            String problem = DomainNames.problem(host);
            if (problem != null) {
                problems.add("host " + host + " is neither an IPv4 address nor a host name: " + problem);
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String rest = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        if (path.toLowerCase(Locale.ROOT).endsWith(".pac")) {
            problems.add("it names a PAC file, " + path + ", which the device cannot use (give the proxy itself)");
        } else if (!rest.isEmpty() && !rest.equals("/")) {
            problems.add("it has more than a host and a port (" + rest + ")");
        }
        String port = port(uri);
        if (port.isEmpty()) {
            problems.add("it has no port (the device needs one, such as :8080 or :3128)");
        } else if (!port.chars().allMatch(Character::isDigit) || port.length() > 5
                || Integer.parseInt(port) == 0 || Integer.parseInt(port) > MAX_PORT) {
            problems.add("port " + port + " is not a port number (1-" + MAX_PORT + ")");
        }
        if (problems.isEmpty() && !new UrlValidator(SCHEMES, null, UrlValidator.ALLOW_LOCAL_URLS,
                DomainNames.validatorFor(host)).isValid(text)) {
            problems.add("it is not a valid http URL");
        }
        return problems;
    }

    /** The URI with any {@code user:password@} masked: a finding must not spread a password into CI logs. */
    static String withoutCredentials(String text) {
        int start = text.indexOf("://");
        int at = text.indexOf('@', Math.max(start, 0));
        int end = text.indexOf('/', start < 0 ? 0 : start + 3);
        if (start < 0 || at < 0 || (end >= 0 && at > end)) {
            return text;
        }
        return text.substring(0, start + 3) + "***" + text.substring(at);
    }

    /** The host part, also when {@link URI} finds no server-based authority (a host with an underscore). */
    private static String host(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String hostAndPort = hostAndPort(uri);
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 || hostAndPort.endsWith("]") ? hostAndPort : hostAndPort.substring(0, colon);
    }

    /** The port as written, empty when there is none. */
    private static String port(URI uri) {
        if (uri.getPort() >= 0) {
            return Integer.toString(uri.getPort());
        }
        String hostAndPort = hostAndPort(uri);
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 || hostAndPort.endsWith("]") ? "" : hostAndPort.substring(colon + 1);
    }

    private static String hostAndPort(URI uri) {
        String authority = uri.getRawAuthority();
        return authority == null ? "" : authority.substring(authority.lastIndexOf('@') + 1);
    }
}
