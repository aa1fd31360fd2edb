package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.result.Report;
import dev.netlint.core.testing.Json;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No report of any format quotes a file outside the tree (a symbolic link to it is not read), the
 * content of a file that is not a device file, or more than the line of the error of a file that does
 * not parse.
 */
class NothingFromOutsideTest {

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "junit", "html",
            "checkstyle", "gitlab");

    @TempDir
    Path root;

    private Report checkTree(String token) throws Exception {
        Path secret = TestDevices.write(root, "home/.git-credentials", "https://ci:" + token + "-outside@example.com\n");
        TestDevices.write(root, "tree/a/device.yaml", TestDevices.pools("A"));
        Files.createSymbolicLink(root.resolve("tree/a/gc.yaml"), secret);
        Files.createSymbolicLink(root.resolve("tree/a/linked"), root.resolve("home"));
        TestDevices.write(root, "tree/a/notes.yaml", "https://ci:" + token + "-unknown@example.com\n");
        TestDevices.write(root, "tree/b/device.yaml", "before: " + token + "-above\n\tdevice: {}\nafter: "
                + token + "-below\n");
        return TestDevices.check(root.resolve("tree"));
    }

    @Test
    void noFormatShowsALinkedSecretOrTheContentOfAFileThatIsNoDeviceFile() throws Exception {
        String token = "TOKEN" + System.nanoTime();
        Report report = checkTree(token);

        assertThat(report.devices()).flatMap(d -> d.findings()).extracting(f -> f.rule())
                .contains("link-outside-tree", "parse-error");
        for (String format : FORMATS) {
            String out = ReportsFixture.render(Reporters.named(format).orElseThrow(), report);
            assertThat(out).as(format).doesNotContain(token + "-outside").doesNotContain(token + "-unknown")
                    .contains("gc.yaml").contains("linked");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void ofAFileThatDoesNotParseOnlyTheLineOfTheErrorIsQuoted() throws Exception {
        String token = "TOKEN" + System.nanoTime();
        Report report = checkTree(token);

        String sarif = ReportsFixture.render(Reporters.named("sarif").orElseThrow(), report);
        List<Map<String, Object>> results = Json.at(Json.parse(sarif), "runs", 0, "results");
        List<Map<String, Object>> broken = results.stream().filter(r -> "parse-error".equals(r.get("ruleId"))).toList();
        assertThat(broken).isNotEmpty().allSatisfy(r -> {
            Map<String, Object> physical = Json.at(r, "locations", 0, "physicalLocation");
            Object line = Json.at(physical, "region", "startLine");
            if (physical.containsKey("contextRegion")) {
                assertThat((Map<String, Object>) physical.get("contextRegion")).as("the line of the error only")
                        .containsEntry("startLine", line).containsEntry("endLine", line);
            }
        });
        assertThat(sarif).doesNotContain(token + "-above").doesNotContain(token + "-below");
        assertThat(ReportsFixture.render(Reporters.named("text").orElseThrow(), report)).doesNotContain(token + "-above");
    }
}
