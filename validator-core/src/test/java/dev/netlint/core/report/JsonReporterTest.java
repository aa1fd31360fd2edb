package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.HOSTILE;
import static dev.netlint.core.report.ReportsFixture.render;
import static dev.netlint.core.testing.Json.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.result.Report;
import dev.netlint.core.testing.Json;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReporterTest {

    @TempDir
    Path root;

    @Test
    void suppressedFindingsAreListedMarkedAndCounted() {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        String text = render(new JsonReporter(), report);
        assertThat(text).doesNotContain("\u001b").contains("\\u001b");
        Map<String, Object> json = Json.parse(text);
        List<Map<String, Object>> findings = at(json, "devices", 0, "findings");
        assertThat(findings).extracting(f -> f.get("message"), f -> f.get("suppressed"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pool A", false),
                        org.assertj.core.groups.Tuple.tuple("pool B", true),
                        org.assertj.core.groups.Tuple.tuple("pool " + HOSTILE, false));
        assertThat(Json.<Map<String, Object>>at(findings.get(1), "suppression"))
                .containsEntry("kind", "inline").containsEntry("justification", "B is retired");
        assertThat(Json.<Map<String, Object>>at(json, "summary")).containsEntry("errors", 2).containsEntry("suppressed", 1)
                .containsEntry("devices", 2).containsEntry("files", 2);
    }
}
