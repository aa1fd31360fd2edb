package dev.netlint.core.config;

import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.Summary;
import dev.netlint.core.engine.Timings;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.model.Location;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a baseline matches findings (the same message first, then any of the same place), and its file. */
class BaselineMatchingTest {

    @TempDir
    Path root;

    private static Finding finding(String rule, String pointer, String message) {
        return new Finding(rule, Severity.ERROR, message, new Location("site/d.yaml", 3, 1, pointer), List.of(), null);
    }

    private Report report(Finding... findings) {
        DeviceResult device = new DeviceResult("site", List.of("site/d.yaml"), List.of(findings), Map.of());
        return new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings(), root);
    }

    private static List<Finding> findings(Report report) {
        return report.devices().get(0).findings();
    }

    @Test
    void anEntryWithTheSameMessageIsMatchedBeforeOneOfTheSamePlaceOnly() {
        Baseline baseline = Baseline.of(report(finding("r", "/p", "a")), root.resolve("b.json"));

        Baseline.Applied applied = baseline.apply(report(finding("r", "/p", "b"), finding("r", "/p", "a")));

        assertThat(findings(applied.report())).extracting(Finding::message, Finding::suppressed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", false),
                        org.assertj.core.groups.Tuple.tuple("a", true));
        assertThat(applied.matched()).isOne();
        assertThat(applied.stale()).isZero();
        assertThat(applied.report().summary()).isEqualTo(new Summary(1, 1, 1, 0, 0, 1));
    }

    @Test
    void aChangedMessageAtTheSamePlaceIsStillMatched() {
        Baseline baseline = Baseline.of(report(finding("r", "/p", "old"), finding("r", "/q", "x")),
                root.resolve("b.json"));

        Baseline.Applied applied = baseline.apply(report(finding("r", "/p", "new"), finding("s", "/q", "x")));

        assertThat(findings(applied.report())).extracting(Finding::suppressed).containsExactly(true, false);
        assertThat(findings(applied.report()).get(0).suppression())
                .isEqualTo(new Suppression("baseline", "accepted in the baseline " + root.resolve("b.json")));
        assertThat(applied.matched()).isOne();
        assertThat(applied.stale()).isOne();
    }

    @Test
    void findingsSuppressedOtherwiseNeitherEnterNorUseTheBaseline() {
        Finding inline = finding("r", "/p", "a").suppressedBy(new Suppression("inline", "why"));
        Baseline baseline = Baseline.of(report(inline, finding("r", "/q", "b")), root.resolve("b.json"));

        assertThat(baseline.entries()).extracting(Baseline.Entry::pointer).containsExactly("/q");
        Baseline other = Baseline.of(report(finding("r", "/p", "a")), root.resolve("b.json"));
        Baseline.Applied applied = other.apply(report(inline));
        assertThat(findings(applied.report()).get(0).suppression().kind()).isEqualTo("inline");
        assertThat(applied.matched()).isZero();
        assertThat(applied.stale()).isOne();
    }

    @Test
    void entriesAreSortedByFilePointerRuleAndMessage() {
        Baseline baseline = Baseline.of(report(finding("r", "/b", "m"), finding("s", "/a", "m"),
                finding("r", "/a", "z"), finding("r", "/a", "m")), root.resolve("ci/b.json"));

        assertThat(baseline.entries()).containsExactly(
                new Baseline.Entry("r", "../site/d.yaml", "/a", "m"),
                new Baseline.Entry("r", "../site/d.yaml", "/a", "z"),
                new Baseline.Entry("s", "../site/d.yaml", "/a", "m"),
                new Baseline.Entry("r", "../site/d.yaml", "/b", "m"));
        assertThat(baseline.file()).isEqualTo(root.resolve("ci/b.json"));
    }

    @Test
    void aWrittenBaselineEndsWithALineBreakAndReadsBack() throws Exception {
        Path file = root.resolve("b.json");
        Baseline written = Baseline.of(report(finding("r", "/p", "a")), file);
        written.write();

        assertThat(Files.readString(file)).startsWith("{\n  \"netlintBaseline\": 1,").endsWith("]\n}\n");
        assertThat(Baseline.read(file).entries()).isEqualTo(written.entries());
        assertThat(Baseline.read(file).file()).isEqualTo(file);
    }

    @Test
    void aBaselineOfTheWrongShapeSaysWhatIsWrongAndWhere() {
        assertProblem("[]\n", 1, "not a netlint baseline: expected {\"netlintBaseline\": 1, \"findings\": [...]}");
        assertProblem("{\n  \"findings\": []\n}\n", 1, "not a netlint baseline of format 1 (\"netlintBaseline\": 1)");
        assertProblem("{\n  \"netlintBaseline\": 2,\n  \"findings\": []\n}\n", 2,
                "not a netlint baseline of format 1 (\"netlintBaseline\": 1)");
        assertProblem("{\n  \"netlintBaseline\": [1],\n  \"findings\": []\n}\n", 2,
                "not a netlint baseline of format 1 (\"netlintBaseline\": 1)");
        assertProblem("{\n  \"netlintBaseline\": 1\n}\n", 1, "\"findings\" must be a list");
        assertProblem("{\n  \"netlintBaseline\": 1,\n  \"findings\": {}\n}\n", 3, "\"findings\" must be a list");
        assertProblem("{\n  \"netlintBaseline\": 1,\n  \"findings\": [\n    1\n  ]\n}\n", 4,
                "each finding must be an object");
        assertProblem("{\n  \"netlintBaseline\": 1,\n  \"findings\": [\n    {\"rule\": \"r\", \"file\": \"f\","
                + " \"pointer\": \"\", \"message\": [\"m\"]}\n  ]\n}\n", 4, "each finding needs a \"message\" string");
        assertProblem("{\n  \"netlintBaseline\": 1,\n  ? [k]\n  : v\n}\n", 3, "keys must be strings");
        assertProblem("{\n  \"netlintBaseline\": 1,\n  \"findings\": [}\n", 3, "not a valid baseline: ");
    }

    private void assertProblem(String text, int line, String problem) {
        Path file = write(root, "baseline.json", text);
        assertThatThrownBy(() -> Baseline.read(file)).as(text).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problem()).startsWith(problem);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.file()).isEqualTo(file);
        });
    }
}
