package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String TREES = "src/test/resources/trees";

    @Test
    void cleanDeviceExitsZeroWithSummary() {
        CliRun run = CliRun.of("check", TREES + "/fleet/site-a");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void brokenDeviceExitsOneAndPointsAtTheValue() {
        CliRun run = CliRun.of("check", TREES + "/fleet/site-b");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith(TREES + "/fleet/site-b/device.yaml:22:59: error: KubernetesNodeIPs "
                + "192.168.20.20-192.168.20.22 overlaps KubernetesServiceIPs 192.168.20.22-192.168.20.30 at "
                + "192.168.20.22 (1 address) [pool-overlap]\n");
        assertThat(run.out()).contains("    " + TREES + "/fleet/site-b/device.yaml:21:56: note: KubernetesNodeIPs\n"
                + "    help: move KubernetesServiceIPs to ");
    }

    @Test
    void missingPathIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("check", "no/such/folder");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("netlint: no/such/folder: no such file or folder\n");
    }

    @Test
    void failOnNeverPassesWithFindings() {
        assertThat(CliRun.of("check", "--fail-on", "never", TREES + "/fleet/site-b").code()).isZero();
    }

    @Test
    void ruleOffSilencesIt() {
        CliRun run = CliRun.of("check", "--rule", "pool-overlap=off", TREES + "/fleet/site-b");
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("pool-overlap");
    }

    @Test
    void ruleDowngradedToWarningDoesNotFailOnError() {
        CliRun run = CliRun.of("check", "--rule", "pool-overlap=warning", TREES + "/fleet/site-b");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("warning: KubernetesNodeIPs").contains("1 warning");
        assertThat(CliRun.of("check", "--rule", "pool-overlap=warning", "--fail-on", "warning",
                TREES + "/fleet/site-b").code()).isEqualTo(1);
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(CliRun.of("check", "--fail-on", "sometimes", TREES).code()).isEqualTo(2);
        assertThat(CliRun.of("check", "--rule", "no-such-rule=off", TREES).code()).isEqualTo(2);
        assertThat(CliRun.of("check", "--rule", "pool-overlap=loud", TREES).code()).isEqualTo(2);
        assertThat(CliRun.of("check", "--profile", "ase-pro-99", TREES).code()).isEqualTo(2);
        assertThat(CliRun.of("check", "--format", "xml", TREES).code()).isEqualTo(2);
        assertThat(CliRun.of("check", "--format", "json", "--format", "text", TREES).code()).isEqualTo(2);
    }

    @Test
    void malformedFileIsAParseErrorAndOtherDevicesAreStillChecked() {
        CliRun run = CliRun.of("check", TREES + "/fleet");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains(TREES + "/fleet/site-b/device.yaml:22:59: error: KubernetesNodeIPs")
                .containsPattern(TREES.replace("/", "\\/") + "/fleet/site-c/device.yaml:10:\\d+: error: .*\\[parse-error\\]")
                .contains("3 devices, 3 files: 2 errors");
    }

    @Test
    void devicesOfATreeComeInPathOrder() {
        String out = CliRun.of("check", "--format", "json", TREES + "/fleet").out();
        assertThat(out.indexOf("fleet/site-a\"")).isLessThan(out.indexOf("fleet/site-b\""));
        assertThat(out.indexOf("fleet/site-b\"")).isLessThan(out.indexOf("fleet/site-c\""));
    }

    @Test
    void splitDeviceIsOneDeviceAndAFindingNamesBothFiles() {
        CliRun run = CliRun.of("check", "--format", "json", TREES + "/split");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains("\"path\": \"" + TREES + "/split\"")
                .contains("\"files\": [\n        \"" + TREES + "/split/device.json\",\n        \"" + TREES
                        + "/split/kubernetes.yaml\"\n      ]")
                .contains("\"rule\": \"conflicting-declaration\"")
                .contains("\"file\": \"" + TREES + "/split/kubernetes.yaml\",\n            \"line\": 5")
                .contains("\"file\": \"" + TREES + "/split/device.json\",\n              \"line\": 2");
    }

    @Test
    void severalFormatsGoToTheirFiles(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out/report.json");
        Path text = dir.resolve("report.txt");
        CliRun run = CliRun.of("check", "--format", "json", "--output", json.toString(), "--format", "text",
                "--output", text.toString(), TREES + "/fleet/site-b");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(json)).startsWith("{\n  \"tool\": {\n    \"name\": \"netlint\"");
        assertThat(Files.readString(text)).contains("[pool-overlap]");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", "report.txt");
        }
    }

    @Test
    void timingsGoToStandardError() {
        CliRun run = CliRun.of("check", "--timings", TREES + "/fleet/site-a");
        assertThat(run.err()).containsPattern("timings: load=\\d+ms rules=\\d+ms report=\\d+ms total=\\d+ms")
                .contains("slowest rules:");
    }
}
