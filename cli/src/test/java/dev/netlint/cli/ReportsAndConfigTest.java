package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.HOSTILE;
import static dev.netlint.cli.Devices.HOSTILE_YAML;
import static dev.netlint.cli.Devices.SERVICE_POOL_LINE;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.overlap;
import static dev.netlint.cli.Devices.read;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static dev.netlint.core.testing.Json.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.cli.Devices.Run;
import dev.netlint.core.testing.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsAndConfigTest {

    // ---------------------------------------------------------------- helpers

    /** Every finding of a JSON report. */
    private static List<Map<String, Object>> findings(Map<String, Object> report) {
        List<Map<String, Object>> devices = at(report, "devices");
        return devices.stream().flatMap(d -> Devices.<Map<String, Object>>listOf(d.get("findings")).stream()).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> findings, String rule) {
        List<Map<String, Object>> matching = findings.stream().filter(f -> rule.equals(f.get("rule"))).toList();
        assertThat(matching).as("findings of %s", rule).hasSize(1);
        return matching.get(0);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Run jsonRun(Path dir, Object... more) {
        Object[] args = Stream.concat(Stream.of("check", dir, "--format", "json"), Stream.of(more)).toArray();
        return netlint(args);
    }

    // ---------------------------------------------------------------- formats, clean and broken

    @Test
    void textOnACleanDeviceIsTheSummaryAndExitsZero() {
        Path dir = tree("text-clean");
        write(dir, "device.yaml", CLEAN);
        Run run = netlint("check", dir);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
        assertThat(run.err()).isEqualTo("netlint: no configuration file\n");
    }

    @Test
    void textOnABrokenDeviceShowsTheLineTheCaretAndTheRelatedPool() {
        Path dir = tree("text-broken");
        write(dir, "device.yaml", overlap());
        Run run = netlint("check", dir);
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("""
                target/cli-tests/text-broken/device.yaml:17:59: error: KubernetesNodeIPs 192.168.20.20-192.168.20.22 \
                overlaps KubernetesServiceIPs 192.168.20.22-192.168.20.39 at 192.168.20.22 (1 address) [pool-overlap]
                              - { name: KubernetesServiceIPs, ipAddressRange: 192.168.20.22-192.168.20.39 }
                                                                              ^
                    target/cli-tests/text-broken/device.yaml:16:56: note: KubernetesNodeIPs
                    help: move KubernetesServiceIPs to 192.168.20.23-192.168.20.40, free in 192.168.20.0/24
                """).endsWith("1 device, 1 file: 1 error, 0 warnings, 0 infos\n");
        assertThat(run.out()).doesNotContain("\u001b");
    }

    @Test
    void jsonOnCleanAndBrokenDevices() {
        Path dir = tree("json");
        write(dir, "clean/device.yaml", CLEAN);
        write(dir, "broken/device.yaml", overlap());
        Run run = jsonRun(dir);
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        Map<String, Object> report = Json.parse(run.out());
        assertThat(Devices.<Map<String, Object>>listOf(report.get("devices"))).extracting(d -> d.get("path"))
                .containsExactly("target/cli-tests/json/broken", "target/cli-tests/json/clean");
        assertThat(Devices.<Object>listOf(at(report, "devices", 1, "findings"))).isEmpty();
        Map<String, Object> finding = only(findings(report), "pool-overlap");
        assertThat(finding).containsEntry("severity", "error").containsEntry("suppressed", false);
        assertThat(Devices.<String, Object>mapOf(finding.get("location")))
                .containsEntry("file", "target/cli-tests/json/broken/device.yaml")
                .containsEntry("line", SERVICE_POOL_LINE).containsEntry("column", 59)
                .containsEntry("pointer", "/device/network/vSwitches/0/ipAddressPools/1/ipAddressRange");
        assertThat(Devices.<String, Object>mapOf(report.get("summary"))).containsEntry("devices", 2)
                .containsEntry("errors", 1);
    }

    @Test
    void sarifOnCleanAndBrokenDevices() {
        Path dir = tree("sarif");
        write(dir, "clean/device.yaml", CLEAN);
        Path clean = dir.resolve("clean.sarif");
        assertThat(netlint("check", dir.resolve("clean"), "--format", "sarif", "--output", clean).code()).isZero();
        Map<String, Object> log = Json.parse(read(clean));
        assertThat(Devices.<Object>listOf(at(log, "runs", 0, "results"))).isEmpty();
        assertThat(Devices.<Map<String, Object>>listOf(at(log, "runs", 0, "tool", "driver", "rules")))
                .as("the rules that produced a result: none").isEmpty();

        write(dir, "broken/device.yaml", overlap());
        Path broken = dir.resolve("broken.sarif");
        assertThat(netlint("check", dir.resolve("broken"), "--format", "sarif", "--output", broken).code())
                .isEqualTo(Main.FINDINGS);
        assertThat(Devices.<Map<String, Object>>listOf(at(Json.parse(read(broken)), "runs", 0, "tool", "driver", "rules")))
                .extracting(r -> r.get("id")).containsExactly("pool-overlap");
        List<Map<String, Object>> results = at(Json.parse(read(broken)), "runs", 0, "results");
        Map<String, Object> result = results.stream().filter(r -> r.get("ruleId").equals("pool-overlap")).findFirst()
                .orElseThrow();
        assertThat(result).containsEntry("level", "error");
        assertThat(Devices.<String, Object>mapOf(at(result, "locations", 0, "physicalLocation", "artifactLocation")))
                .containsEntry("uri", "target/cli-tests/sarif/broken/device.yaml").containsEntry("uriBaseId", "SRCROOT");
        assertThat((Integer) at(result, "locations", 0, "physicalLocation", "region", "startLine"))
                .isEqualTo(SERVICE_POOL_LINE);
    }

    @Test
    void junitOnCleanAndBrokenDevices() throws Exception {
        Path dir = tree("junit");
        write(dir, "clean/device.yaml", CLEAN);
        write(dir, "broken/device.yaml", overlap());
        Path out = dir.resolve("reports/netlint.xml");
        assertThat(netlint("check", dir, "--format", "junit", "--output", out).code()).isEqualTo(Main.FINDINGS);
        Document doc = xml(read(out));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element broken = (Element) suites.item(0);
        Element clean = (Element) suites.item(1);
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        assertThat(clean.getAttribute("tests")).as("one passing case: all rules pass").isEqualTo("1");
        assertThat(broken.getAttribute("tests")).as("one case: the rule that fired").isEqualTo("1");
        assertThat(broken.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element failure = (Element) broken.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name"))
                .isEqualTo("pool-overlap at target/cli-tests/junit/broken/device.yaml:17:59");
        assertThat(failure.getTextContent()).startsWith("target/cli-tests/junit/broken/device.yaml:17:59: error: ");
        int tests = 0;
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            tests += Integer.parseInt(suite.getAttribute("tests"));
            failures += Integer.parseInt(suite.getAttribute("failures"));
            assertThat(suite.getElementsByTagName("testcase").getLength())
                    .isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
        }
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(Integer.toString(failures));
    }

    @Test
    void severalFormatsInOneRun() {
        Path dir = tree("several");
        write(dir, "device.yaml", overlap());
        Path json = dir.resolve("out/r.json");
        Path sarif = dir.resolve("out/r.sarif");
        Run run = netlint("check", dir, "--format", "json", "--output", json, "--format", "sarif", "--output", sarif,
                "--format", "text");
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).endsWith("1 device, 1 file: 1 error, 0 warnings, 0 infos\n");
        assertThat(findings(Json.parse(read(json)))).isNotEmpty();
        assertThat(read(sarif)).contains("\"ruleId\": \"pool-overlap\"");
    }

    // ---------------------------------------------------------------- escaping and atomic writes

    @Test
    void hostileUserTextIsEscapedInEveryFormat() throws Exception {
        Path dir = tree("hostile");
        write(dir, "device.yaml", overlap().replace("name: KubernetesServiceIPs", "name: " + HOSTILE_YAML));
        Path out = dir.resolve("out");
        Run run = netlint("check", dir, "--format", "json", "--output", out.resolve("r.json"),
                "--format", "sarif", "--output", out.resolve("r.sarif"),
                "--format", "junit", "--output", out.resolve("r.xml"), "--format", "text");
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        String expected = "overlaps " + HOSTILE + " 192.168.20.22-192.168.20.39";

        assertThat(run.out()).as("text: no raw control characters reach the terminal")
                .doesNotContain("\u001b").contains("Kubernetes\"<&>\\x0a\\x1b[31mIPs");
        assertThat((String) only(findings(Json.parse(read(out.resolve("r.json")))), "pool-overlap").get("message"))
                .contains(expected);
        List<Map<String, Object>> results = at(Json.parse(read(out.resolve("r.sarif"))), "runs", 0, "results");
        assertThat(results).anySatisfy(r -> assertThat((String) at(r, "message", "text")).contains(expected));
        Document doc = xml(read(out.resolve("r.xml")));
        NodeList failures = doc.getElementsByTagName("failure");
        List<String> messages = new java.util.ArrayList<>();
        for (int i = 0; i < failures.getLength(); i++) {
            messages.add(((Element) failures.item(i)).getAttribute("message"));
        }
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("overlaps Kubernetes\"<&>\n\\x1b[31mIPs"));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary files left behind")
                    .containsExactlyInAnyOrder("r.json", "r.sarif", "r.xml");
        }
    }

    @Test
    void reportsReplaceAnExistingFileWhole() {
        Path dir = tree("replace");
        write(dir, "device.yaml", CLEAN);
        Path out = write(dir, "out/report.json", "x".repeat(100_000));
        assertThat(netlint("check", dir.resolve("device.yaml"), "--format", "json", "--output", out).code()).isZero();
        assertThat(read(out)).startsWith("{").endsWith("}\n").doesNotContain("xxx");
    }

    // ---------------------------------------------------------------- configuration

    @Test
    void aBrokenConfigIsAUsageErrorWithFileAndLine() {
        Path dir = tree("broken-config");
        write(dir, "device.yaml", CLEAN);
        String[][] cases = {
                {"profile: ase-pro-gpu\nrules:\n  pool-overlaps: off\n", "3: unknown rule 'pool-overlaps'; did you mean 'pool-overlap'?"},
                {"failOn: error\nrules:\n  pool-overlap: loud\n", "3: rules.pool-overlap: unknown level 'loud'"},
                {"profile: ase-pro-3\n", "1: unknown profile 'ase-pro-3'"},
                {"rule:\n  pool-overlap: off\n", "1: unknown key 'rule'; did you mean 'rules'?"},
                {"rules: {pool-overlap: off\n", "2: not valid YAML"},
        };
        for (String[] c : cases) {
            write(dir, ".netlint.yaml", c[0]);
            Run run = netlint("check", dir);
            assertThat(run.code()).as(c[0]).isEqualTo(Main.USAGE);
            assertThat(run.err()).as(c[0]).startsWith("netlint: target/cli-tests/broken-config/.netlint.yaml:" + c[1]);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aMissingConfigOrBaselineIsAUsageError() {
        Path dir = tree("missing-config");
        write(dir, "device.yaml", CLEAN);
        Run run = netlint("check", dir, "--config", dir.resolve("nope.yaml"));
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("netlint: target/cli-tests/missing-config/nope.yaml: no such file\n");
        run = netlint("check", dir, "--baseline", dir.resolve("nope.json"));
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("nope.json: no such baseline file");
    }

    @Test
    void severityFromTheConfigFileAndTheCommandLine() {
        Path dir = tree("severity");
        write(dir, "device.yaml", overlap());
        write(dir, ".netlint.yaml", "rules:\n  pool-overlap: warning\n");

        Run fromFile = jsonRun(dir);
        assertThat(fromFile.code()).as("a warning does not reach fail-on error").isZero();
        assertThat(only(findings(Json.parse(fromFile.out())), "pool-overlap")).containsEntry("severity", "warning");

        Run fromCommandLine = jsonRun(dir, "--rule", "pool-overlap=error");
        assertThat(fromCommandLine.code()).isEqualTo(Main.FINDINGS);
        assertThat(only(findings(Json.parse(fromCommandLine.out())), "pool-overlap")).containsEntry("severity", "error");

        Run off = jsonRun(dir, "--rule", "pool-overlap=off");
        assertThat(findings(Json.parse(off.out()))).noneMatch(f -> f.get("rule").equals("pool-overlap"));

        write(dir, ".netlint.yaml", "failOn: warning\nrules:\n  pool-overlap: warning\n");
        assertThat(jsonRun(dir).code()).as("failOn from the file").isEqualTo(Main.FINDINGS);
        assertThat(jsonRun(dir, "--fail-on", "never").code()).as("--fail-on beats the file").isZero();
    }

    @Test
    void theConfigIsFoundByWalkingUpAndAnExplicitOneReplacesIt() {
        Path dir = tree("discovery");
        write(dir, ".netlint.yaml", "rules:\n  pool-overlap: info\n");
        write(dir, "sites/a/device.yaml", overlap());
        write(dir, "strict.yaml", "failOn: info\n");
        Run discovered = jsonRun(dir.resolve("sites/a"));
        assertThat(discovered.code()).isZero();
        assertThat(only(findings(Json.parse(discovered.out())), "pool-overlap")).containsEntry("severity", "info");
        Run explicit = jsonRun(dir.resolve("sites/a"), "--config", dir.resolve("strict.yaml"));
        assertThat(explicit.code()).isEqualTo(Main.FINDINGS);
        assertThat(only(findings(Json.parse(explicit.out())), "pool-overlap")).containsEntry("severity", "error");
    }

    @Test
    void ignoreGlobsOfTheConfig() {
        Path dir = tree("ignore");
        write(dir, ".netlint.yaml", "ignore: [\"archive/**\"]\n");
        write(dir, "archive/old/device.yaml", overlap());
        write(dir, "live/device.yaml", CLEAN);
        Run run = netlint("check", dir);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
    }

    // ---------------------------------------------------------------- suppressions

    @Test
    void configSuppressionsAreCountedAndDoNotFail() {
        Path dir = tree("config-suppression");
        write(dir, ".netlint.yaml", """
                suppressions:
                  - { rule: pool-overlap, path: "lab-*/**", reason: "lab shares the address on purpose" }
                """);
        write(dir, "lab-1/device.yaml", overlap());
        Run run = jsonRun(dir);
        assertThat(run.code()).isZero();
        Map<String, Object> finding = only(findings(Json.parse(run.out())), "pool-overlap");
        assertThat(finding).containsEntry("suppressed", true);
        assertThat(Devices.<String, Object>mapOf(finding.get("suppression"))).containsEntry("kind", "config")
                .containsEntry("justification", "lab shares the address on purpose");
        assertThat(Devices.<String, Object>mapOf(Json.parse(run.out()).get("summary"))).containsEntry("suppressed", 1)
                .containsEntry("errors", 0);
        assertThat(netlint("check", dir).out()).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos, 1 suppressed\n");
    }

    @Test
    void inlineSuppressionsAreCountedAndTheirReasonIsRequired() {
        Path dir = tree("inline-suppression");
        write(dir, "device.yaml", Devices.overlap("  # netlint-disable-line pool-overlap -- .22 is retired"));
        Run run = jsonRun(dir);
        assertThat(run.code()).isZero();
        assertThat(only(findings(Json.parse(run.out())), "pool-overlap")).containsEntry("suppressed", true);

        write(dir, "device.yaml", Devices.overlap("  # netlint-disable-line pool-overlap"));
        run = jsonRun(dir, "--fail-on", "warning");
        assertThat(run.code()).as("the missing reason is a warning").isEqualTo(Main.FINDINGS);
        List<Map<String, Object>> findings = findings(Json.parse(run.out()));
        assertThat(only(findings, "pool-overlap")).containsEntry("suppressed", true);
        assertThat(only(findings, "invalid-suppression")).containsEntry("severity", "warning")
                .containsEntry("suppressed", false);
    }

    // ---------------------------------------------------------------- baseline

    @Test
    void aBaselineSurvivesAnEditAboveTheFindingAndCatchesNewOnes() {
        Path dir = tree("baseline");
        write(dir, "site/device.yaml", overlap());
        Path baseline = dir.resolve(".netlint-baseline.json");

        Run written = netlint("check", dir, "--write-baseline", baseline);
        assertThat(written.code()).as("the recorded findings are accepted").isZero();
        assertThat(written.err()).isEqualTo("netlint: no configuration file\nnetlint: wrote 1 finding to the baseline "
                + "target/cli-tests/baseline/.netlint-baseline.json\n");
        assertThat(read(baseline)).contains("\"file\": \"site/device.yaml\"");

        write(dir, "site/device.yaml", "# site: plant 7\n# owner: network team\n" + overlap());
        Run edited = jsonRun(dir, "--baseline", baseline);
        assertThat(edited.code()).isZero();
        Map<String, Object> finding = only(findings(Json.parse(edited.out())), "pool-overlap");
        assertThat(finding).containsEntry("suppressed", true);
        assertThat(Devices.<String, Object>mapOf(finding.get("location"))).containsEntry("line", SERVICE_POOL_LINE + 2);
        assertThat(Devices.<String, Object>mapOf(finding.get("suppression"))).containsEntry("kind", "baseline");

        write(dir, "site/device.yaml", overlap().replace("192.168.20.20-192.168.20.22", "192.168.20.20-192.168.20.30"));
        write(dir, "other/device.yaml", overlap());
        Run grown = netlint("check", dir, "--baseline", baseline);
        assertThat(grown.code()).as("the new device's overlap is not in the baseline").isEqualTo(Main.FINDINGS);
        assertThat(grown.out()).contains("target/cli-tests/baseline/other/device.yaml:17:59: error:")
                .doesNotContain("baseline/site/device.yaml:17:59: error:")
                .endsWith("2 devices, 2 files: 1 error, 0 warnings, 0 infos, 1 suppressed\n");

        write(dir, "site/device.yaml", CLEAN);
        write(dir, "other/device.yaml", CLEAN);
        Run fixed = netlint("check", dir, "--baseline", baseline);
        assertThat(fixed.code()).isZero();
        assertThat(fixed.err()).contains("1 entry of the baseline target/cli-tests/baseline/.netlint-baseline.json"
                + " matches no finding any more");
    }

    @Test
    void refreshingABaselineKeepsWhatTheOldOneAccepted() {
        Path dir = tree("baseline-refresh");
        write(dir, "a/device.yaml", overlap());
        Path baseline = dir.resolve(".netlint-baseline.json");
        assertThat(netlint("check", dir, "--write-baseline", baseline).code()).isZero();
        write(dir, "b/device.yaml", overlap());
        Run refreshed = netlint("check", dir, "--baseline", baseline, "--write-baseline", baseline);
        assertThat(refreshed.code()).isZero();
        assertThat(refreshed.err()).contains("wrote 2 findings");
        assertThat(read(baseline)).contains("\"file\": \"a/device.yaml\"", "\"file\": \"b/device.yaml\"");
    }

    @Test
    void reportAndBaselineFilesInTheTreeAreNotReadAsDevices() {
        Path dir = tree("own-files");
        write(dir, "device.yaml", CLEAN);
        Path report = dir.resolve("netlint.json");
        Path baseline = dir.resolve("netlint-baseline.json");
        netlint("check", dir, "--format", "json", "--output", report, "--write-baseline", baseline);
        Run again = netlint("check", dir, "--format", "json", "--output", report, "--baseline", baseline);
        assertThat(again.code()).isZero();
        assertThat(read(report)).contains("\"files\": 1");
    }

    // ---------------------------------------------------------------- colour

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(Terminal.wantsColour(true, Map.of())).isTrue();
        assertThat(Terminal.wantsColour(false, Map.of())).isFalse();
        assertThat(Terminal.wantsColour(true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Terminal.wantsColour(true, Map.of("NO_COLOR", ""))).isFalse();
        assertThat(Terminal.wantsColour(true, Map.of("TERM", "dumb"))).isFalse();
    }
}
