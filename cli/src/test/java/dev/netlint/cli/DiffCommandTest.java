package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.testing.CleanDevice;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code netlint diff CURRENT PROPOSED}: the changes listed, the transition rules' findings, the exit code. */
class DiffCommandTest {

    @TempDir
    Path temp;

    private Path write(String name, String port3, String services, String kubernetes) throws IOException {
        String device = CleanDevice.replaceOnce(CleanDevice.DEVICE, "address: 192.168.20.10,", "address: " + port3 + ",");
        device = CleanDevice.replaceOnce(device, "192.168.20.30-192.168.20.39", services);
        return Files.writeString(temp.resolve(name), device + "kubernetes:\n" + kubernetes);
    }

    @Test
    void listsEveryAreaThatChangesAndNothingElse() throws IOException {
        Path current = write("current.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39", """
                  routes:
                    - { interfaceAlias: Port3, destinationPrefix: 10.80.0.0/16, nextHop: 192.168.20.1, routeMetric: 100 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.81.0.0/16, nextHop: 192.168.20.1, routeMetric: 100 }
                  services:
                    - { name: web, type: LoadBalancer, loadBalancerIP: 192.168.20.31 }
                """);
        Path proposed = write("proposed.yaml", "192.168.20.11", "192.168.20.30-192.168.20.49", """
                  routes:
                    - { interfaceAlias: Port3, destinationPrefix: 10.80.0.0/16, nextHop: 192.168.20.2, routeMetric: 100 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.82.0.0/16, nextHop: 192.168.20.1, routeMetric: 100 }
                  services:
                    - { name: web, type: LoadBalancer, loadBalancerIP: 192.168.20.32 }
                """);
        CliRun run = CliRun.of("diff", current.toString(), proposed.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(": 6 changes\n")
                .contains("  ~ port Port3 changed: static 192.168.20.10/24 -> static 192.168.20.11/24\n")
                .contains("  ~ pool KubernetesServiceIPs of vSwitch1 changed: 192.168.20.30-192.168.20.39"
                        + " -> 192.168.20.30-192.168.20.49\n")
                .contains("  ~ route Port3 10.80.0.0/16 changed: via 192.168.20.1 metric 100 -> via 192.168.20.2 metric 100\n")
                .contains("  - route Port3 10.81.0.0/16 removed: was via 192.168.20.1 metric 100\n")
                .contains("  + route Port3 10.82.0.0/16 added: via 192.168.20.1 metric 100\n")
                .contains("  ~ service default/web changed: LoadBalancer 192.168.20.31 -> LoadBalancer 192.168.20.32\n")
                .contains("0 findings on the transition")
                .doesNotContain("Port2").doesNotContain("cluster");

        CliRun json = CliRun.of("diff", "--format", "json", current.toString(), proposed.toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"area\": \"route\"", "\"subject\": \"Port3 10.81.0.0/16\"",
                "\"kind\": \"removed\"", "\"before\": \"via 192.168.20.1 metric 100\"", "\"findings\": [");
    }

    @Test
    void aForbiddenTransitionIsAnErrorWithItsRuleAndExitsOne() throws IOException {
        Path current = write("current.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39", """
                  routes:
                    - { interfaceAlias: Port3, destinationPrefix: 192.168.21.0/24, nextHop: 192.168.20.1, routeMetric: 100 }
                  requiredNetworks:
                    - { name: cameras, prefix: 192.168.21.0/24 }
                """);
        Path proposed = write("proposed.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39", """
                  podSubnet: 10.244.0.0/16
                  routes: []
                  requiredNetworks:
                    - { name: cameras, prefix: 192.168.21.0/24 }
                """);
        CliRun run = CliRun.of("diff", current.toString(), proposed.toString());
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("  ~ cluster pod subnet changed: 172.27.0.0/16 -> 10.244.0.0/16\n")
                .contains("error: the pod subnet changes from 172.27.0.0/16 to 10.244.0.0/16 while compute is already"
                        + " configured on vSwitch1")
                .contains("[cluster-subnet-changed]")
                .contains("error: required network cameras 192.168.21.0/24 is reached by the current device but not"
                        + " by the proposed one")
                .contains("[required-network-lost]")
                .contains("2 findings on the transition");
    }

    @Test
    void aTransitionRuleTurnedOffSaysNothing() throws IOException {
        Path current = write("current.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39", "  routes: []\n");
        Path proposed = write("proposed.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39",
                "  podSubnet: 10.244.0.0/16\n  routes: []\n");
        Path config = Files.writeString(temp.resolve("netlint.yaml"), "rules: { cluster-subnet-changed: off }\n");
        CliRun on = CliRun.of("diff", current.toString(), proposed.toString());
        assertThat(on.out()).contains("[cluster-subnet-changed]");
        CliRun off = CliRun.of("diff", "--config", config.toString(), current.toString(), proposed.toString());
        assertThat(off.code()).as(off.err()).isZero();
        assertThat(off.out()).contains("~ cluster pod subnet changed").doesNotContain("[cluster-subnet-changed]");
    }

    /**
     * A partial package (as the vendor's zero-touch packages declare Port1 to Port4 only) says nothing of
     * the ports it leaves out: they are unknown there, not removed, and no transition rule judges them.
     */
    @Test
    void aPortThePartialProposedPackageDoesNotDeclareIsNotRemoved() throws IOException {
        StringBuilder ports = new StringBuilder();
        for (int n = 1; n <= 6; n++) {
            ports.append("      - name: Port").append(n).append("\n        isDhcpEnabled: false\n")
                    .append("        iPv4: { address: 10.").append(n).append(".0.10, subnetMask: 255.255.255.0")
                    .append(n == 2 ? ", gateway: 10.2.0.1 }\n        dnsServerAddresses: [10.2.0.2]\n" : " }\n");
        }
        String export = "device:\n  network:\n    interfaces:\n" + ports;
        Path current = Files.writeString(temp.resolve("current.yaml"), export);
        String partial = export.substring(0, export.indexOf("      - name: Port5"));
        Path proposed = Files.writeString(temp.resolve("proposed.yaml"), partial.replace("10.1.0.10", "10.1.0.11"));
        CliRun run = CliRun.of("diff", current.toString(), proposed.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(": 1 change\n")
                .contains("  ~ port Port1 changed: static 10.1.0.10/24 -> static 10.1.0.11/24\n")
                .doesNotContain("Port5").doesNotContain("Port6").doesNotContain("removed");
        assertThat(run.out()).contains("[management-address-changed]").contains("1 finding on the transition");

        CliRun json = CliRun.of("diff", "--format", "json", current.toString(), proposed.toString());
        assertThat(json.out()).doesNotContain("\"kind\": \"removed\"").doesNotContain("Port6");
    }

    @Test
    void transitionRulesTakeTheLevelsCheckSetsFromTheOptionAndTheConfiguration() throws IOException {
        Path current = write("current.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39", "  routes: []\n");
        Path proposed = write("proposed.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39",
                "  podSubnet: 10.244.0.0/16\n  routes: []\n");
        CliRun warning = CliRun.of("diff", "--rule", "cluster-subnet-changed=warning", current.toString(),
                proposed.toString());
        assertThat(warning.code()).as(warning.err()).isZero();
        assertThat(warning.out()).contains(": warning: the pod subnet changes from 172.27.0.0/16 to 10.244.0.0/16")
                .doesNotContain(": error: ");

        Path config = Files.writeString(temp.resolve("netlint.yaml"), "rules: { cluster-subnet-changed: info }\n");
        CliRun info = CliRun.of("diff", "--format", "json", "--config", config.toString(), current.toString(),
                proposed.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("\"rule\": \"cluster-subnet-changed\"", "\"severity\": \"info\"");

        // a warning rule raised to error fails the diff
        Path renumbered = Path.of("../rules/src/test/resources/fixtures/management-address-changed/fires-port1-renumbered");
        String[] sides = {renumbered.resolve("current.yaml").toString(), renumbered.resolve("proposed.yaml").toString()};
        CliRun asWarning = CliRun.of("diff", sides[0], sides[1]);
        assertThat(asWarning.code()).as(asWarning.out()).isEqualTo(Main.OK);
        assertThat(asWarning.out()).contains(": warning: the management port Port1 changes");
        CliRun asError = CliRun.of("diff", "--rule", "management-address-changed=error", sides[0], sides[1]);
        assertThat(asError.code()).as(asError.out()).isEqualTo(Main.FINDINGS);
        assertThat(asError.out()).contains(": error: the management port Port1 changes");
    }

    /** A pod subnet moved on a running cluster, and a route removed: one change in two areas, one error. */
    private Path[] forbidden() throws IOException {
        Path current = write("current.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39", """
                  routes:
                    - { interfaceAlias: Port3, destinationPrefix: 10.80.0.0/16, nextHop: 192.168.20.1, routeMetric: 100 }
                """);
        Path proposed = write("proposed.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39",
                "  podSubnet: 10.244.0.0/16\n  routes: []\n");
        return new Path[] {current, proposed};
    }

    private static Object parseJson(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private static Document parseXml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    @Test
    void everyFormatOfCheckCarriesTheTransitionFindings() throws Exception {
        Path[] sides = forbidden();
        String current = sides[0].toString();
        String proposed = sides[1].toString();
        Map<String, CliRun> runs = new LinkedHashMap<>();
        for (String format : List.of("sarif", "junit", "checkstyle", "gitlab", "github", "markdown", "html")) {
            CliRun run = CliRun.of("diff", "--format", format.toUpperCase(Locale.ROOT), current, proposed);
            assertThat(run.code()).as("%s: %s", format, run.err()).isEqualTo(Main.FINDINGS);
            runs.put(format, run);
        }

        Map<String, Object> sarif = Devices.mapOf(parseJson(runs.get("sarif").out()));
        assertThat(sarif).containsEntry("version", "2.1.0");
        Map<String, Object> run = Devices.mapOf(Devices.listOf(sarif.get("runs")).get(0));
        List<Map<String, Object>> results = Devices.listOf(run.get("results"));
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result).containsEntry("ruleId", "cluster-subnet-changed").containsEntry("level", "error");
            assertThat(Devices.<String, Object>mapOf(result.get("message")).get("text").toString())
                    .startsWith("the pod subnet changes from 172.27.0.0/16 to 10.244.0.0/16");
        });
        Map<String, Object> driver = Devices.mapOf(Devices.<String, Object>mapOf(run.get("tool")).get("driver"));
        assertThat(Devices.<Map<String, Object>>listOf(driver.get("rules"))).extracting(r -> r.get("id"))
                .containsExactly("cluster-subnet-changed");

        Document junit = parseXml(runs.get("junit").out());
        NodeList failures = junit.getElementsByTagName("failure");
        assertThat(failures.getLength()).isOne();
        assertThat(((Element) failures.item(0).getParentNode()).getAttribute("name")).startsWith("cluster-subnet-changed");
        assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo("1");

        Document checkstyle = parseXml(runs.get("checkstyle").out());
        NodeList errors = checkstyle.getElementsByTagName("error");
        assertThat(errors.getLength()).isOne();
        Element error = (Element) errors.item(0);
        assertThat(error.getAttribute("source")).endsWith("cluster-subnet-changed");
        assertThat(error.getAttribute("severity")).isEqualTo("error");
        assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo(proposed);

        List<Map<String, Object>> gitlab = Devices.listOf(parseJson(runs.get("gitlab").out()));
        assertThat(gitlab).singleElement().satisfies(issue -> assertThat(issue)
                .containsEntry("check_name", "cluster-subnet-changed").containsEntry("severity", "major"));

        assertThat(runs.get("github").out().lines().toList()).singleElement().asString()
                .startsWith("::error file=" + proposed + ",line=").contains("title=netlint cluster-subnet-changed::");

        assertThat(runs.get("markdown").out()).contains("## netlint: 1 error, 0 warnings, 0 infos")
                .contains("| [`cluster-subnet-changed`](")
                .contains("\n### Changes\n")
                .contains("- route Port3 10.80.0.0/16 removed: was via 192.168.20.1 metric 100\n")
                .contains("- cluster pod subnet changed: 172.27.0.0/16 -\\> 10.244.0.0/16\n");

        assertThat(runs.get("html").out()).startsWith("<!DOCTYPE html>").contains("<ul class=\"changes\">")
                .contains("<li>cluster pod subnet changed: 172.27.0.0/16 -&gt; 10.244.0.0/16</li>")
                .contains("cluster-subnet-changed").endsWith("</html>\n");
    }

    @Test
    void aFormatCheckDoesNotWriteIsAUsageError() throws IOException {
        Path[] sides = forbidden();
        CliRun run = CliRun.of("diff", "--format", "pdf", sides[0].toString(), sides[1].toString());
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("unknown format 'pdf'").contains("sarif").doesNotContain("Exception");
    }

    @Test
    void aPathWithoutOneDeviceIsAUsageError() throws IOException {
        Path current = write("current.yaml", "192.168.20.10", "192.168.20.30-192.168.20.39", "  routes: []\n");
        Path empty = Files.createDirectory(temp.resolve("empty"));
        CliRun run = CliRun.of("diff", current.toString(), empty.toString());
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("netlint: ").doesNotContain("Exception");
    }
}
