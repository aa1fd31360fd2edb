package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.HOSTILE_YAML;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.overlap;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.netlint.core.testing.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our SARIF as Microsoft's SARIF Multitool judges it: schema and SARIF rules (errors), best-practice
 * rules (warnings), GitHub code-scanning rules, and the notes. The multitool comes from the npm
 * registry through {@code npx}. Without {@code npx} this test fails, so that CI cannot pass without
 * the validation; offline developers opt out with {@code -Dnetlint.sarif.multitool=skip}.
 */
class SarifMultitoolTest {

    static final String MULTITOOL = "@microsoft/sarif-multitool@5.7.0";
    static final String OPT_OUT = "netlint.sarif.multitool";
    /** Where npx is, when it is not on the PATH. */
    static final String NPX = "netlint.sarif.npx";

    /**
     * Notes we leave on purpose. SARIF2002: messages are composed text, not message-string templates.
     * SARIF2003: netlint does not read version control. SARIF2006: the multitool tries to fetch the
     * schema and help URIs, which this build does not reach. SARIF2009: rule ids are netlint's own
     * kebab-case ids ({@code pool-overlap}), not {@code TOOL1234}. SARIF2013: embedding device files (up to 64 MiB
     * each) would bloat the log; the results carry snippets instead.
     */
    static final Set<String> ACCEPTED_NOTES = Set.of("SARIF2002", "SARIF2003", "SARIF2006", "SARIF2009", "SARIF2013");

    /** Every rule kind the multitool has for a plain SARIF producer, at every level. */
    static final String POLICY = """
            <?xml version="1.0" encoding="utf-8"?>
            <Properties>
              <Properties Key="CoreSettings.Options">
                <Property Key="FailureLevels" Type="FailureLevelSet">
                  <Item>Error</Item>
                  <Item>Warning</Item>
                  <Item>Note</Item>
                </Property>
                <Property Key="RuleKinds" Type="RuleKindSet">
                  <Item>Sarif</Item>
                  <Item>Ghas</Item>
                </Property>
              </Properties>
            </Properties>
            """;

    static String npx;

    /** npx for the tests that run an npm tool; such a test is skipped with -Dnetlint.sarif.multitool=skip. */
    static String npxOrSkip() {
        if (npx == null) {
            findNpx();
        }
        return npx;
    }

    @BeforeAll
    static void findNpx() {
        if ("skip".equals(System.getProperty(OPT_OUT))) {
            System.err.println("SarifMultitoolTest: SARIF validation skipped (-D" + OPT_OUT + "=skip)");
            Assumptions.abort("SARIF validation skipped: -D" + OPT_OUT + "=skip");
        }
        String configured = System.getProperty(NPX, "");
        for (String candidate : configured.isBlank() ? List.of("npx", "npx.cmd") : List.of(configured)) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    npx = candidate;
                    return;
                }
            } catch (IOException e) {
                // try the next name
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("npx (Node.js) is needed to validate the SARIF output with " + MULTITOOL
                + "; install Node.js (or point -D" + NPX + "=PATH at npx), or run offline with -D" + OPT_OUT + "=skip");
    }

    @Test
    void severalBrokenDevicesMakeAValidLog() throws Exception {
        Path dir = tree("sarif-multitool");
        Path devices = dir.resolve("devices");
        write(devices, ".netlint.yaml", """
                suppressions:
                  - { rule: unknown-key, path: "typo/**", reason: "kept to test external suppressions" }
                """);
        write(devices, "clean/device.yaml", CLEAN);
        write(devices, "overlap/device.yaml", overlap().replace("name: KubernetesServiceIPs", "name: " + HOSTILE_YAML));
        write(devices, "syntax/device.yaml", "device:\n  network: [\n    {name: Port2\n");
        write(devices, "typo/device.yaml", CLEAN.replace("enabledForCompute", "enabledForCompue"));
        write(devices, "split/a.yaml", CLEAN);
        write(devices, "split/b.yaml", "device:\n  webProxy: { isEnabled: false }\n");
        write(devices, "json/device.json", "{\"device\": {\"network\": {}, \"network\": {}}}\n");
        write(devices, "suppressed/device.yaml", Devices.overlap("  # netlint-disable-line pool-overlap"));
        write(devices, "with space é/device.yaml", overlap());
        write(devices, "baselined/device.yaml", overlap());
        Path baseline = dir.resolve("baseline.json");
        assertThat(netlint("check", devices.resolve("baselined"), "--write-baseline", baseline).code()).isZero();

        Path sarif = dir.resolve("netlint.sarif");
        Devices.Run run = netlint("check", devices, "--baseline", baseline, "--format", "sarif", "--output", sarif);
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        String log = Files.readString(sarif);
        assertThat(log).contains("\"ruleId\": \"pool-overlap\"", "\"ruleId\": \"parse-error\"",
                "\"ruleId\": \"unknown-key\"", "\"ruleId\": \"conflicting-declaration\"", "\"ruleId\": \"duplicate-key\"",
                "\"ruleId\": \"invalid-suppression\"", "\"kind\": \"inSource\"", "\"kind\": \"external\"",
                "with%20space%20%C3%A9/device.yaml");

        assertValid(dir, sarif);
    }

    @Test
    void aCleanRunMakesAValidLog() throws Exception {
        Path dir = tree("sarif-multitool-clean");
        write(dir, "devices/clean/device.yaml", CLEAN);
        Path sarif = dir.resolve("netlint.sarif");
        assertThat(netlint("check", dir.resolve("devices"), "--format", "sarif", "--output", sarif).code()).isZero();
        assertThat(Files.readString(sarif)).contains("\"results\": []").contains("\"rules\": []");
        // The driver describes the rules that produced a result, none here; the multitool notes a run
        // without rule metadata, which is what a clean run is. Only that note is accepted, only here.
        assertValid(dir, sarif, "note SARIF2012 Note_ProvideMetadataForAllViolatedRules [runs[0].tool.driver]");
    }

    @Test
    void aDiffMakesAValidLog() throws Exception {
        Path dir = tree("sarif-multitool-diff");
        write(dir, "today/device.yaml", CLEAN);
        // the pod subnet of a running cluster moves, and the route to the cameras goes: two transition errors,
        // the second with its related location (the route) in a current file
        write(dir, "proposed/device.yaml", CLEAN.replace("  routes:\n    - { interfaceAlias: Port3, destinationPrefix:"
                + " 192.168.21.0/24, nextHop: 192.168.20.1, routeMetric: 100 }\n", "  routes: []\n")
                + "  podSubnet: 10.244.0.0/16\n");
        Path sarif = dir.resolve("diff.sarif");
        Devices.Run run = netlint("diff", dir.resolve("today"), dir.resolve("proposed"), "--format", "sarif");
        Files.writeString(sarif, run.out());
        assertThat(run.code()).as(run.err()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("\"ruleId\": \"cluster-subnet-changed\"", "\"ruleId\": \"required-network-lost\"",
                "\"relatedLocations\"", "today/device.yaml");
        assertValid(dir, sarif);
    }

    /** Runs the multitool on the log and fails on any error, any warning and any note not accepted. */
    private static void assertValid(Path dir, Path sarif, String... accepted) throws Exception {
        Path policy = dir.resolve("multitool-policy.xml");
        Files.writeString(policy, POLICY);
        Path verdict = dir.resolve("multitool-verdict.sarif");
        Files.deleteIfExists(verdict);
        Path console = dir.resolve("multitool-console.txt");
        Process process = new ProcessBuilder(npx, "--yes", MULTITOOL, "validate", sarif.toAbsolutePath().toString(),
                "--config", policy.toAbsolutePath().toString(), "--output", verdict.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the SARIF multitool did not finish within 10 minutes; see " + console);
        }
        assertThat(verdict).as("the multitool's own log (console output: %s)", Files.readString(console)).exists();
        String text = Files.readString(verdict, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Object> log = Json.parse(text);
        List<Map<String, Object>> runs = Devices.listOf(log.get("runs"));
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> run : runs) {
            List<Map<String, Object>> results = Devices.listOf(run.get("results"));
            for (Map<String, Object> result : results == null ? List.<Map<String, Object>>of() : results) {
                String level = result.get("level") == null ? "warning" : result.get("level").toString();
                String rule = String.valueOf(result.get("ruleId"));
                if (level.equals("note") && ACCEPTED_NOTES.contains(rule)) {
                    continue;
                }
                if (level.equals("none")) {
                    continue;
                }
                Map<String, Object> message = Devices.mapOf(result.get("message"));
                problems.add(level + " " + rule + " " + message.get("id") + " " + message.get("arguments"));
            }
            List<Map<String, Object>> invocations = Devices.listOf(run.get("invocations"));
            assertThat(invocations).allSatisfy(i -> assertThat(i.get("executionSuccessful")).isEqualTo(true));
        }
        problems.removeAll(List.of(accepted));
        assertThat(problems).as("SARIF multitool findings on %s", sarif)
                .withFailMessage(() -> "the SARIF multitool reports on " + sarif + ":\n"
                        + problems.stream().collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
