package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.render;
import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.result.Report;
import dev.netlint.core.testing.TestDevices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReporterTest {

    @TempDir
    Path root;

    /** A name with markup, both quotes, an ampersand and a right-to-left override. */
    private static final String HOSTILE = "<script>alert(1)</script>\"'&\u202Eevil";

    private static final String DEVICE = """
            device:
              network:
                interfaces:
                  - name: Port2
                    isDhcpEnabled: false
                    iPv4: { address: 10.57.48.10, subnetMask: 255.255.255.0, gateway: 10.57.48.1 }
                    dnsServerAddresses: [10.57.48.2]
                  - name: Port3
                    isDhcpEnabled: false
                    iPv4: { address: 192.168.20.10, subnetMask: 255.255.255.0, gateway: 192.168.20.1 }
                    dnsServerAddresses: [192.168.20.2]
                vSwitches:
                  - name: vSwitch1
                    interfaceName: Port3
                    enabledForCompute: true
                    ipAddressPools:
                      - { name: KubernetesNodeIPs, ipAddressRange: 192.168.20.20-192.168.20.22 }
                      - { name: KubernetesServiceIPs, ipAddressRange: 192.168.20.30-192.168.20.39 }
                      - { name: %s, ipAddressRange: 192.168.20.100-192.168.20.109 }
            kubernetes:
              routes:
                - { interfaceAlias: Port3, destinationPrefix: 10.10.0.0/16, nextHop: 192.168.20.1, routeMetric: 5 }
                - { interfaceAlias: Port3, destinationPrefix: 10.20.0.0/16, nextHop: 192.168.21.1, routeMetric: 5 }
              services:
                - { name: %s, type: LoadBalancer, loadBalancerIP: 192.168.20.31 }
                - { name: far, type: LoadBalancer, loadBalancerIP: 192.168.30.5 }
              requiredNetworks:
                - { name: %s, prefix: 10.10.0.0/16 }
                - { name: plcs, prefix: 10.20.0.0/16 }
                - { name: sensors, prefix: 192.168.20.0/25 }
                - { name: v6, prefix: 2001:db8::/48 }
            """;

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u202E", "\\u202E") + "\"";
    }

    private Report check(boolean keep) throws IOException {
        String name = yamlString(HOSTILE);
        write(root, "site/device.yaml", DEVICE.formatted(name, name, name));
        DeviceFinder.PathDisplay paths = new DeviceFinder.PathDisplay(root.toAbsolutePath().normalize());
        List<DeviceInput> inputs = new DeviceFinder(paths, p -> false).find(List.of(root));
        Engine engine = new Engine(TestDevices.RULES, paths);
        return (keep ? engine.keepingModels() : engine).check(inputs, input -> DeviceSettings.DEFAULT);
    }

    @Test
    void theSubnetIsDrawnToScaleWithItsPoolsAndAddresses() throws IOException {
        String html = render(new HtmlReporter(), check(true));
        String svg = between(html, "<svg class=\"subnet-bar\"", "</svg>");
        // 192.168.20.0/24 over 920 pixels from x=20: address n starts at 20 + 920 * n / 256
        assertThat(svg).containsPattern("class=\"el node-pool flagged\"><title>node pool: KubernetesNodeIPs 192.168.20.20-"
                + "192.168.20.22 \\(3 addresses\\)</title>\\n<rect class=\"pool-shape\" x=\"91.9\" y=\"\\d+\" width=\"10.8\"");
        assertThat(svg).containsPattern("class=\"el service-pool flagged\"><title>[^<]*</title>\\n<rect class=\"pool-shape\""
                + " x=\"127.8\" y=\"\\d+\" width=\"35.9\"");
        assertThat(svg).contains("<title>interface: address of Port3 192.168.20.10</title>")
                .contains("<title>gateway: gateway of Port3 192.168.20.1</title>")
                .contains("<title>DNS server: DNS 192.168.20.2</title>")
                .contains("<title>next hop: next hop 192.168.20.1 (route 10.10.0.0/16 via 192.168.20.1 on Port3)</title>");
        assertThat(html).contains("<li id=\"d1-e", "load balancer far 192.168.30.5")
                .contains("next hop 192.168.21.1 (route 10.20.0.0/16 via 192.168.21.1 on Port3)")
                .contains("Cluster subnets: ")
                .contains("pods 172.27.0.0/16 (the default)");
    }

    @Test
    void eachRequiredNetworkSaysHowItIsReached() throws IOException {
        String html = render(new HtmlReporter(), check(true));
        assertThat(row(html, "10.10.0.0/16")).contains("<strong>routed</strong>: route 10.10.0.0/16 via 192.168.20.1"
                + " on Port3 (metric 5)");
        // the route to 10.20.0.0/16 has an off-link next hop: it is not installed, and the network goes out by NAT
        assertThat(row(html, "10.20.0.0/16")).contains("<strong>NAT</strong>: NAT out of Port2 via gateway 10.57.48.1");
        assertThat(row(html, "192.168.20.0/25")).contains("<strong>connected</strong>: it lies in the compute port");
        assertThat(row(html, "2001:db8::/48")).contains("<strong>unreachable</strong>: unreachable: no port has an IPv6"
                + " default gateway");
    }

    @Test
    void hostileNamesAreShownNotObeyed() throws IOException {
        String html = render(new HtmlReporter(HOSTILE), check(true));
        assertThat(html).doesNotContain("<script").doesNotContain("\u202E").doesNotContain("alert(1)</");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;\\u202eevil");
        // in attributes too: the aria-label of a bar and the title of the page carry names
        Matcher attributes = Pattern.compile("=\"([^\"]*)\"").matcher(html);
        while (attributes.find()) {
            if (attributes.group(1).startsWith("default-src 'none'")) {
                continue; // the content security policy quotes its keywords
            }
            assertThat(attributes.group(1)).doesNotContain("<", ">", "'");
        }
    }

    @Test
    void findingsAreListedWithTheirPlaceAndMarkTheirElement() throws IOException {
        // test-pool-names reports every pool of a vSwitch: each of them is marked with its finding's number
        String html = render(new HtmlReporter(), check(true));
        assertThat(html).contains("<li id=\"d1-f1\" class=\"error\"><p><span class=\"severity\">error</span> "
                + "<code>site/device.yaml:17:56</code> pool KubernetesNodeIPs");
        assertThat(html).containsPattern("class=\"el node-pool flagged\"><title>[^<]*</title>\\n<rect");
        assertThat(html).containsPattern("<text class=\"label\" [^>]*>KubernetesNodeIPs [^<]*"
                + " <tspan class=\"finding-mark\">\\[1\\]</tspan>");
        assertThat(html).contains("<p class=\"marks\">marked in the picture: <a href=\"#d1-e1\">KubernetesNodeIPs");
        assertThat(html).contains("<pre class=\"source\">");
    }

    @Test
    void withoutTheModelsThePageListsTheFindingsOnly() throws IOException {
        String html = render(new HtmlReporter(), check(false));
        assertThat(html).contains("No picture").doesNotContain("<svg class=\"subnet-bar\"").contains("<li id=\"d1-f1\"");
    }

    @Test
    void thePageFetchesNothing() throws IOException {
        String html = render(new HtmlReporter(), check(true));
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                .doesNotContain("http://", "https://", "<link", "<img", "@import", "src=", "<script");
    }

    private static String row(String html, String prefix) {
        int at = html.indexOf("<code>" + prefix + "</code></td><td>");
        assertThat(at).as(prefix).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }
}
