package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.overlap;
import static dev.netlint.cli.Devices.read;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.testing.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formats CI tools read, from the command line with every rule: their size and their shape. */
class CiFormatsTest {

    @Test
    void sarifDescribesTheRulesThatFiredAndStaysSmall() {
        Path dir = tree("sarif-slim");
        write(dir, "site/device.yaml", overlap());

        Devices.Run run = netlint("check", dir.resolve("site"), "--format", "Sarif");

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out().getBytes(StandardCharsets.UTF_8).length).as("one finding: under 60 KB")
                .isLessThan(60 * 1024);
        Map<String, Object> log = Devices.mapOf(Json.value(run.out()));
        Map<String, Object> runs = Devices.mapOf(Devices.listOf(log.get("runs")).get(0));
        Map<String, Object> driver = Devices.mapOf(Devices.mapOf(runs.get("tool")).get("driver"));
        List<Map<String, Object>> rules = Devices.listOf(driver.get("rules"));
        assertThat(rules).extracting(rule -> rule.get("id")).containsExactly("pool-overlap");
        Map<String, Object> help = Devices.mapOf(rules.get(0).get("help"));
        assertThat((String) help.get("markdown")).startsWith("# pool-overlap");
        assertThat(run.out().split("## Why it matters", -1)).as("the page once").hasSize(2);
    }

    @Test
    void aPoolOverlappingTwoOthersIsTwoResultsWithTheirOwnFingerprintsAndTestCases() {
        Path dir = tree("one-pool-two-overlaps");
        write(dir, "site/device.yaml", CLEAN.replace("192.168.20.30-192.168.20.39 }", "192.168.20.30-192.168.20.39 }\n"
                + "          - { name: KubernetesExtraIPs, ipAddressRange: 192.168.20.21-192.168.20.31 }"));

        Devices.Run sarif = netlint("check", dir, "--format", "sarif");
        List<Map<String, Object>> results = Devices.listOf(Devices.mapOf(Devices.listOf(Devices.mapOf(
                Json.value(sarif.out())).get("runs")).get(0)).get("results"));
        List<Map<String, Object>> overlaps = results.stream().filter(r -> "pool-overlap".equals(r.get("ruleId"))).toList();
        assertThat(overlaps).as("the extra pool overlaps the node and the service pool").hasSizeGreaterThanOrEqualTo(2);
        assertThat(results).extracting(r -> Devices.mapOf(r.get("partialFingerprints")).get("netlintPointer/v2"))
                .doesNotContainNull().doesNotHaveDuplicates();

        Devices.Run junit = netlint("check", dir, "--format", "junit");
        List<String> names = java.util.regex.Pattern.compile("<testcase classname=\"[^\"]*\" name=\"([^\"]*)\"")
                .matcher(junit.out()).results().map(m -> m.group(1)).toList();
        assertThat(names).hasSize(results.size()).doesNotHaveDuplicates();
        assertThat(junit.out().split("<failure ", -1)).hasSize(results.size() + 1);
    }

    @Test
    void junitHasOnePassingCasePerCleanDevice() {
        Path dir = tree("junit-fleet");
        for (int i = 0; i < 50; i++) {
            write(dir, "site-" + i + "/device.yaml", CLEAN);
        }
        write(dir, "broken/device.yaml", overlap());

        Devices.Run run = netlint("check", dir, "--format", "JUNIT");

        assertThat(run.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"netlint\" tests=\"51\" failures=\"1\" errors=\"0\" skipped=\"0\">");
        assertThat(run.out().split("<testcase ", -1)).hasSize(52);
        assertThat(run.out()).contains("name=\"all rules pass\"").contains("<testcase classname=\""
                + dir.resolve("broken") + "\" name=\"pool-overlap at " + dir.resolve("broken/device.yaml") + ":17:59\">");
        assertThat(run.out().length()).as("about 300 bytes a clean device").isLessThan(51 * 400);
    }

    @Test
    void checkstyleGitlabAndGithubFromTheCommandLine() {
        Path dir = tree("ci-formats");
        write(dir, "site/device.yaml", overlap());
        String file = dir.resolve("site/device.yaml").toString();

        Devices.Run checkstyle = netlint("check", dir, "--format", "checkstyle");
        assertThat(checkstyle.code()).isEqualTo(Main.FINDINGS);
        assertThat(checkstyle.out()).contains("<file name=\"" + file + "\">\n    <error line=\"17\" column=\"59\""
                + " severity=\"error\" message=\"KubernetesNodeIPs 192.168.20.20-192.168.20.22 overlaps")
                .contains("source=\"netlint.pools.pool-overlap\"/>");

        Devices.Run gitlab = netlint("check", dir, "--format", "GitLab");
        List<Map<String, Object>> issues = Devices.listOf(Json.value(gitlab.out()));
        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue).containsEntry("check_name", "pool-overlap").containsEntry("severity", "major");
            assertThat(Devices.<String, Object>mapOf(issue.get("location"))).containsEntry("path", file);
        });

        Devices.Run github = netlint("check", dir, "--format", "github");
        assertThat(github.out()).startsWith("::error file=" + file + ",line=17,col=59,title=netlint pool-overlap::"
                + "KubernetesNodeIPs 192.168.20.20-192.168.20.22 overlaps");
        assertThat(github.out().lines()).hasSize(1);
    }

    @Test
    void theReportsOfAFolderGoWhereTheirReadersLook() {
        Path dir = tree("ci-formats-written");
        write(dir, "site/device.yaml", overlap());
        Path out = dir.resolve("reports");
        Devices.Run run = netlint("check", dir.resolve("site"), "--format", "checkstyle", "--output",
                out.resolve("netlint.checkstyle.xml"), "--format", "gitlab", "--output", out.resolve("gl-code-quality.json"),
                "--format", "text");
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(read(out.resolve("netlint.checkstyle.xml"))).startsWith("<?xml");
        assertThat(read(out.resolve("gl-code-quality.json"))).contains("\"engine_name\": \"netlint\"");
        Devices.Run again = netlint("check", dir, "--format", "json");
        assertThat(again.out()).as("the GitLab report in the tree is not read as a device")
                .doesNotContain("gl-code-quality.json");
    }
}
