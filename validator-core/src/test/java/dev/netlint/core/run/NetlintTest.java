package dev.netlint.core.run;

import static dev.netlint.core.testing.TestDevices.pools;
import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.testing.TestDevices;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point: settings parsed and refused in the front end's words, devices found, reports written, notes. */
class NetlintTest {

    @TempDir
    Path root;

    private CheckRequest.Builder request() {
        return CheckRequest.builder().workingDirectory(root).vocabulary(TestWords.WORDS)
                .standardOutput(new StringWriter(), false);
    }

    private Outcome run(UnaryOperator<CheckRequest.Builder> settings) throws CheckException {
        return Netlint.run(settings.apply(request()).build(), TestDevices.RULES);
    }

    private String refusal(UnaryOperator<CheckRequest.Builder> settings) {
        write(root, "a/device.yaml", pools("A"));
        try {
            run(b -> settings.apply(b.paths(List.of(root.resolve("a")))));
        } catch (CheckException e) {
            return e.getMessage();
        }
        throw new AssertionError("the request was not refused");
    }

    @Test
    void settingsAreRefusedInTheFrontEndsWords() {
        assertThat(refusal(b -> b.failOn("sometimes")))
                .isEqualTo("fail_on: 'sometimes' is not a fail-on level (error, warning, info, never)");
        assertThat(refusal(b -> b.profile("ase-pro-99")))
                .isEqualTo("profile: 'ase-pro-99' is not a profile (ase-pro-gpu, ase-pro-2, generic); did you mean 'ase-pro-2'?");
        assertThat(refusal(b -> b.ruleLevels(Map.of("test-pool-name", "off"))))
                .isEqualTo("unknown rule 'test-pool-name' in rules; did you mean 'test-pool-names'?");
        assertThat(refusal(b -> b.ruleLevels(Map.of("zzzzzzzz", "off"))))
                .isEqualTo("unknown rule 'zzzzzzzz' in rules; the list says which");
        assertThat(refusal(b -> b.ruleLevels(Map.of("test-pool-names", "loud"))))
                .isEqualTo("rules.test-pool-names: unknown level 'loud' (off, info, warning, error)");
        assertThat(refusal(b -> b.ruleLevels(Map.of("parse-error", "off"))))
                .startsWith("rules.parse-error: parse-error cannot be set to off");
        assertThat(refusal(b -> b.maxFileSize("lots"))).startsWith("max_file_size: 'lots' is not a size");
        assertThat(refusal(b -> b.reports(List.of("xml"), List.of())))
                .isEqualTo("unknown format 'xml' in formats (" + dev.netlint.core.report.Reporters.names() + ")");
        assertThat(refusal(b -> b.maxAllowedViolations(-1)))
                .isEqualTo("max_allowed_violations: -1 is not a number of findings (0 or more)");
        assertThat(refusal(b -> b.reports(List.of("json", "text"), List.of())))
                .startsWith("only one report can go to standard output; give an outputs for each other formats");
    }

    @Test
    void withoutAPlaceToListThemTheRulesAreNamed() throws CheckException {
        write(root, "a/device.yaml", pools("A"));
        assertThatThrownBy(() -> Netlint.run(request().vocabulary(TestWords.NO_LIST).paths(List.of(root))
                .ruleLevels(Map.of("zzzzzzzz", "off")).build(), TestDevices.RULES))
                .hasMessageStartingWith("unknown rule 'zzzzzzzz' in rules; the rules are conflicting-declaration, ")
                .hasMessageContaining("test-pool-names");
    }

    @Test
    void formatNamesAreReadInAnyCase() throws Exception {
        write(root, "a/device.yaml", pools("A"));
        StringWriter out = new StringWriter();
        Outcome outcome = Netlint.run(request().paths(List.of(root)).reports(List.of("JSON"), List.of())
                .standardOutput(out, false).build(), TestDevices.RULES);
        assertThat(out.toString()).startsWith("{\n  \"tool\"");
        assertThat(outcome.fails()).isTrue();
    }

    @Test
    void aDefaultSourceDirectoryThatIsMissingIsAWarningAndAnEmptyOneANote() throws Exception {
        write(root, "network/edge-1/device.yaml", pools("A"));
        write(root, "network/archive/edge-0/device.yaml", pools("B"));
        Files.createDirectories(root.resolve("empty"));
        List<Note> heard = new ArrayList<>();

        Outcome outcome = run(b -> b.defaultSourceDirectories(List.of(root.resolve("network"), root.resolve("missing"),
                        root.resolve("empty"))).excludes(List.of("archive/**"))
                .reportsIn(root.resolve("target/netlint"), List.of("json", "JUnit", "json", "sarif"))
                .listener(heard::add));

        assertThat(outcome.report().devices()).extracting(DeviceResult::path).containsExactly("network/edge-1");
        assertThat(outcome.notes(Note.Stage.SETUP)).extracting(Note::level, Note::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "no source directory missing, skipped"),
                org.assertj.core.groups.Tuple.tuple(Severity.INFO,
                        "empty: no device file (*.json, *.yaml, *.yml, *.ps1) in this folder, skipped"),
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "no configuration file"));
        assertThat(outcome.notes(Note.Stage.RESULT)).extracting(Note::text).containsExactly(
                "netlint.json, TEST-netlint.xml, netlint.sarif written to target/netlint");
        assertThat(heard).as("the listener hears every note as it arises").isEqualTo(outcome.notes());
        assertThat(root.resolve("target/netlint/TEST-netlint.xml")).exists();
    }

    @Test
    void aSourceDirectoryNamedByTheUserThatIsMissingStopsTheCheck() throws Exception {
        write(root, "network/edge-1/device.yaml", pools("A"));

        assertThatThrownBy(() -> run(b -> b.sourceDirectories(List.of(root.resolve("network"),
                root.resolve("netwrok"))).reportsIn(root.resolve("target/netlint"), List.of("json"))))
                .isInstanceOf(CheckException.class)
                .hasMessage("source_directories netwrok: no such folder; it is named explicitly, so a misspelt name"
                        + " would pass without checking anything");
        assertThat(root.resolve("target/netlint")).doesNotExist();
    }

    @Test
    void theReportFolderIsCheckedLikeAnyOtherExceptForNetlintsOwnReports() throws Exception {
        write(root, "network/edge-1/device.yaml", pools("A"));
        write(root, "network/netlint.json", "{\"tool\": {\"name\": \"netlint\"}, \"devices\": []}\n");

        Outcome outcome = run(b -> b.sourceDirectories(List.of(root.resolve("network")))
                .reportsIn(root.resolve("network"), List.of("json")));

        assertThat(outcome.report().devices()).extracting(DeviceResult::path).containsExactly("network/edge-1");
        assertThat(outcome.fails()).isTrue();

        write(root, "network/edge-1/netlint.json", "{\"kubernetes\": {}}\n");
        assertThatThrownBy(() -> run(b -> b.sourceDirectories(List.of(root.resolve("network")))
                .reportsIn(root.resolve("network/edge-1"), List.of("json"))))
                .hasMessageEndingWith("netlint.json: is a device file this run checks; a report must not replace it");
        assertThatThrownBy(() -> run(b -> b.sourceDirectories(List.of(root.resolve("network")))
                .excludes(List.of("**/netlint.json")).reportsIn(root.resolve("network/edge-1"), List.of("json"))))
                .as("a device file left out of the check is still a device file")
                .hasMessageEndingWith("netlint.json: is a device file, not a report or baseline netlint wrote; a report"
                        + " must not replace it");
        assertThat(root.resolve("network/edge-1/netlint.json")).hasContent("{\"kubernetes\": {}}");
    }

    @Test
    void aReportFolderReplacesAnEmptyGitlabReportButNoOtherFileNamedLikeADevice() throws Exception {
        write(root, "a/device.yaml", pools());
        Path earlier = write(root, "out/netlint.gitlab.json", "[]\n");

        run(b -> b.paths(List.of(root.resolve("a"))).reportsIn(root.resolve("out"), List.of("gitlab")));
        assertThat(earlier).hasContent("[]");

        Path other = write(root, "out/netlint.json", "{\"kubernetes\": {}}\n");
        assertThatThrownBy(() -> run(b -> b.paths(List.of(root.resolve("a"))).reportsIn(root.resolve("out"),
                List.of("json")))).isInstanceOf(CheckException.class)
                .hasMessage(other + ": is a device file, not a report or baseline netlint wrote; a report must not"
                        + " replace it");
        assertThat(other).hasContent("{\"kubernetes\": {}}");
    }

    @Test
    void aFileThatIsNoDeviceFileIsSaidSo() throws Exception {
        write(root, "pom.xml", "<project/>\n");
        write(root, "a/device.yaml", pools("A"));
        assertThatThrownBy(() -> run(b -> b.paths(List.of(root.resolve("pom.xml")))))
                .isInstanceOf(CheckException.class)
                .hasMessage(root.resolve("pom.xml") + ": not a device file: netlint reads *.json, *.yaml and *.yml"
                        + " device files and *.ps1 runbooks");

        Path report = root.resolve("reports/netlint.json");
        run(b -> b.paths(List.of(root.resolve("a"))).reports(List.of("json"), List.of(report.toString())));
        assertThatThrownBy(() -> run(b -> b.paths(List.of(report))))
                .hasMessage(report + ": a report, baseline or schema that netlint wrote, not a device file");
    }

    @Test
    void reportsNetlintWroteInATreeAreNotDevices() throws Exception {
        write(root, "a/device.yaml", pools("A"));
        Path elsewhere = root.resolve("elsewhere.json");
        run(b -> b.paths(List.of(root.resolve("a"))).reports(List.of("json"), List.of(elsewhere.toString())));
        Files.move(elsewhere, root.resolve("a/old-report.json"));
        run(b -> b.paths(List.of(root.resolve("a"))).writeBaseline(root.resolve("b/.netlint-baseline.json")));
        Files.move(root.resolve("b/.netlint-baseline.json"), root.resolve("b/baseline.json"));

        Outcome outcome = run(b -> b.paths(List.of(root)).failOn("never"));

        assertThat(outcome.report().devices()).extracting(DeviceResult::path).containsExactly("a");
        assertThat(outcome.report().devices().get(0).files()).containsExactly("a/device.yaml");
    }

    private static String withModel(String model) {
        return pools("A").replace("device:\n", "device:\n  deviceInfo: { model: " + model + " }\n");
    }

    @Test
    void theDeviceFilesModelPicksTheProfileWhenNothingElseNamesOne() throws Exception {
        write(root, "pro-2/device.yaml", withModel("Azure Stack Edge Pro 2"));
        write(root, "gpu/device.yaml", withModel("Azure Stack Edge Pro - 1 GPU"));
        write(root, "odd/device.yaml", withModel("PowerEdge R640"));
        write(root, "silent/device.yaml", pools("A"));

        Outcome outcome = run(b -> b.paths(List.of(root)).failOn("never"));

        assertThat(outcome.report().devices()).extracting(DeviceResult::path, DeviceResult::profile).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gpu", "ase-pro-gpu"),
                org.assertj.core.groups.Tuple.tuple("odd", "ase-pro-gpu"),
                org.assertj.core.groups.Tuple.tuple("pro-2", "ase-pro-2"),
                org.assertj.core.groups.Tuple.tuple("silent", "ase-pro-gpu"));
        assertThat(outcome.notes(Note.Stage.SETUP)).extracting(Note::text).containsExactly(
                "no configuration file",
                "deviceInfo.model 'PowerEdge R640' is no model netlint knows: profile ase-pro-gpu (1 device)",
                "profile ase-pro-2, from deviceInfo.model 'Azure Stack Edge Pro 2' (1 device)",
                "profile ase-pro-gpu, from deviceInfo.model 'Azure Stack Edge Pro - 1 GPU' (1 device)");
    }

    @Test
    void aProfileNamedByTheRequestOrTheConfigurationWins() throws Exception {
        write(root, "a/device.yaml", withModel("Azure Stack Edge Pro 2"));
        Outcome named = run(b -> b.paths(List.of(root)).profile("generic").failOn("never"));
        assertThat(named.report().devices().get(0).profile()).isEqualTo("generic");
        assertThat(named.notes()).extracting(Note::text).containsExactly("no configuration file");

        write(root, ".netlint.yaml", "profile: ase-pro-gpu\n");
        Outcome configured = run(b -> b.paths(List.of(root)).failOn("never"));
        assertThat(configured.report().devices().get(0).profile()).isEqualTo("ase-pro-gpu");
        assertThat(configured.notes()).extracting(Note::text).containsExactly("configuration: .netlint.yaml");

        Files.delete(root.resolve(".netlint.yaml"));
        Outcome single = run(b -> b.paths(List.of(root.resolve("a"))).failOn("never"));
        assertThat(single.report().devices().get(0).profile()).isEqualTo("ase-pro-2");
        assertThat(single.notes()).extracting(Note::text).as("one device: no count").containsExactly(
                "no configuration file", "profile ase-pro-2, from deviceInfo.model 'Azure Stack Edge Pro 2'");
    }
}
