package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.SourceText;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.Summary;
import dev.netlint.core.result.Timings;
import dev.netlint.core.testing.Json;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region, snippet and context of a SARIF location, read from the file's text, and the fingerprints. */
class SarifRegionTest {

    @TempDir
    Path root;

    private static final Map<String, SourceText> SOURCES = Map.of(
            "a.yaml", new SourceFile("a.yaml", "l1\nline2\nl3\n"),
            "one.yaml", new SourceFile("one.yaml", "only"),
            "cr.yaml", new SourceFile("cr.yaml", "x\ry\r"),
            "empty.yaml", new SourceFile("empty.yaml", ""));

    private List<Map<String, Object>> results(Finding... findings) {
        DeviceResult device = new DeviceResult("d", List.of("a.yaml", "one.yaml", "cr.yaml", "empty.yaml"),
                List.of(findings), SOURCES);
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings(), root);
        return Json.at(Json.parse(ReportsFixture.render(new SarifReporter(), report)), "runs", 0, "results");
    }

    private static Finding finding(String file, int line, int column) {
        return new Finding("test-pool-names", Severity.ERROR, "m", new Location(file, line, column, ""), List.of(),
                null);
    }

    private static Map<String, Object> physical(Map<String, Object> result) {
        return Json.at(result, "locations", 0, "physicalLocation");
    }

    @Test
    void theRegionShowsTheLineFromTheColumnAndTheLinesAroundIt() {
        Map<String, Object> middle = physical(results(finding("a.yaml", 2, 3)).get(0));

        assertThat(Json.<Map<String, Object>>at(middle, "region")).containsEntry("startLine", 2)
                .containsEntry("startColumn", 3);
        assertThat((String) Json.at(middle, "region", "snippet", "text")).isEqualTo("ne2");
        assertThat(Json.<Map<String, Object>>at(middle, "contextRegion")).containsEntry("startLine", 1)
                .containsEntry("endLine", 3);
        assertThat((String) Json.at(middle, "contextRegion", "snippet", "text")).isEqualTo("l1\nline2\nl3");
        assertThat((Integer) Json.at(middle, "artifactLocation", "index")).isZero();
    }

    @Test
    void theContextStopsAtTheFirstLineAndAtTheLineAfterTheLastLineBreak() {
        List<Map<String, Object>> results = results(finding("a.yaml", 1, 1), finding("a.yaml", 4, 1), finding("a.yaml", 5, 1),
                finding("a.yaml", 2, 5), finding("a.yaml", 2, 6));

        assertThat((String) Json.at(physical(results.get(0)), "region", "snippet", "text")).isEqualTo("l1");
        assertThat((Integer) Json.at(physical(results.get(0)), "contextRegion", "startLine")).isEqualTo(1);
        assertThat((Integer) Json.at(physical(results.get(0)), "contextRegion", "endLine")).isEqualTo(2);
        assertThat((String) Json.at(physical(results.get(1)), "region", "snippet", "text")).isEmpty();
        assertThat((Integer) Json.at(physical(results.get(1)), "contextRegion", "startLine")).isEqualTo(3);
        assertThat((Integer) Json.at(physical(results.get(1)), "contextRegion", "endLine")).isEqualTo(4);
        assertThat((String) Json.at(physical(results.get(1)), "contextRegion", "snippet", "text")).isEqualTo("l3\n");
        assertThat(Json.<Map<String, Object>>at(physical(results.get(2)), "region")).doesNotContainKey("snippet");
        assertThat(physical(results.get(2))).doesNotContainKey("contextRegion");
        assertThat((String) Json.at(physical(results.get(3)), "region", "snippet", "text")).isEqualTo("2");
        assertThat((String) Json.at(physical(results.get(4)), "region", "snippet", "text")).isEmpty();
    }

    @Test
    void aOneLineFileHasAContextOnlyWhenTheColumnIsPastTheStart() {
        List<Map<String, Object>> results = results(finding("one.yaml", 1, 1), finding("one.yaml", 1, 2), finding("one.yaml", 2, 1));

        assertThat((String) Json.at(physical(results.get(0)), "region", "snippet", "text")).isEqualTo("only");
        assertThat(physical(results.get(0))).doesNotContainKey("contextRegion");
        assertThat((String) Json.at(physical(results.get(1)), "contextRegion", "snippet", "text")).isEqualTo("only");
        assertThat((Integer) Json.at(physical(results.get(1)), "contextRegion", "endLine")).isEqualTo(1);
        assertThat(Json.<Map<String, Object>>at(physical(results.get(2)), "region")).doesNotContainKey("snippet");
        assertThat((Integer) Json.at(physical(results.get(1)), "artifactLocation", "index")).isEqualTo(1);
    }

    @Test
    void aCarriageReturnEndsTheLastLineTooAndAnEmptyFileHasOnlyItsFirstLine() {
        List<Map<String, Object>> results = results(finding("cr.yaml", 3, 1), finding("empty.yaml", 1, 1),
                finding("empty.yaml", 2, 1), finding("elsewhere.yaml", 1, 1));

        assertThat((String) Json.at(physical(results.get(0)), "region", "snippet", "text")).isEmpty();
        assertThat((String) Json.at(physical(results.get(0)), "contextRegion", "snippet", "text")).isEqualTo("y\n");
        assertThat((String) Json.at(physical(results.get(1)), "region", "snippet", "text")).isEmpty();
        assertThat(Json.<Map<String, Object>>at(physical(results.get(2)), "region")).doesNotContainKey("snippet");
        assertThat(Json.<Map<String, Object>>at(physical(results.get(3)), "region")).doesNotContainKey("snippet");
        assertThat(Json.<Map<String, Object>>at(physical(results.get(3)), "artifactLocation"))
                .doesNotContainKey("index").containsEntry("uri", "elsewhere.yaml");
    }

    @Test
    void aPositionBeforeTheFileStartIsShownAtItsFirstLineAndColumn() {
        Map<String, Object> region = Json.at(physical(results(finding("a.yaml", 0, 0)).get(0)), "region");

        assertThat(region).containsEntry("startLine", 1).containsEntry("startColumn", 1);
        assertThat((String) Json.at(region, "snippet", "text")).isEqualTo("l1");
    }

    @Test
    void relatedLocationsAreNumberedFromOne() {
        Finding finding = new Finding("test-pool-names", Severity.ERROR, "m", new Location("a.yaml", 2, 1, "/x"),
                List.of(new Related(new Location("a.yaml", 1, 1, "/a"), "first"),
                        new Related(new Location("a.yaml", 3, 1, ""), "second")), null);

        List<Map<String, Object>> related = Json.at(results(finding).get(0), "relatedLocations");

        assertThat(related).extracting(r -> r.get("id")).containsExactly(1, 2);
        assertThat((String) Json.at(related.get(0), "properties", "pointer")).isEqualTo("/a");
        assertThat(related.get(1)).doesNotContainKey("properties");
    }

    private static String print(Map<String, Object> result) {
        return (String) Json.at(result, "partialFingerprints", SarifReporter.FINGERPRINT);
    }

    @Test
    void theFingerprintHashesRuleFileAndPointerNotLinesNorMessage() {
        Finding a = new Finding("test-pool-names", Severity.ERROR, "one", new Location("a.yaml", 2, 1, "/x"),
                List.of(), null);
        Finding moved = new Finding("test-pool-names", Severity.WARNING, "two", new Location("a.yaml", 3, 4, "/x"),
                List.of(), null);
        Finding other = new Finding("test-pool-names", Severity.ERROR, "one", new Location("a.yaml", 2, 1, "/y"),
                List.of(), null);

        assertThat(print(results(a).get(0))).as("the same finding in a later run, moved down a line")
                .matches("[0-9a-f]{32}").isEqualTo(print(results(moved).get(0)));
        assertThat(print(results(other).get(0))).isNotEqualTo(print(results(a).get(0)));
    }

    @Test
    void everyResultOfARunHasItsOwnFingerprint() {
        Location pool = new Location("a.yaml", 2, 1, "/device/pools/0");
        Finding overlapsB = new Finding("test-pool-names", Severity.ERROR, "overlaps B", pool,
                List.of(new Related(new Location("a.yaml", 3, 1, "/device/pools/1"), "B")), null);
        Finding overlapsC = new Finding("test-pool-names", Severity.ERROR, "overlaps C", pool,
                List.of(new Related(new Location("a.yaml", 4, 1, "/device/pools/2"), "C")), null);
        Finding twice = new Finding("test-pool-names", Severity.ERROR, "again", pool, List.of(), null);
        Finding thrice = new Finding("test-pool-names", Severity.ERROR, "and again", pool, List.of(), null);

        List<String> prints = results(overlapsB, overlapsC, twice, thrice).stream().map(SarifRegionTest::print).toList();

        assertThat(prints).hasSize(4).doesNotHaveDuplicates();
        assertThat(print(results(overlapsC).get(0))).as("the related location, not the rank, tells B from C")
                .isEqualTo(prints.get(1));
    }

    @Test
    void aSuppressionWithoutJustificationHasNone() {
        Finding finding = new Finding("test-pool-names", Severity.ERROR, "m", new Location("a.yaml", 1, 1, ""),
                List.of(), new Suppression("inline", ""));

        Map<String, Object> suppression = Json.at(results(finding).get(0), "suppressions", 0);

        assertThat(suppression).containsEntry("kind", "inSource").containsEntry("status", "accepted")
                .doesNotContainKey("justification");
        assertThat((String) Json.at(suppression, "properties", "source")).isEqualTo("inline");
    }

    @Test
    void everyRuleCarriesItsProblemSeverityAndTheLogEndsWithALineBreak() {
        Location at = new Location("a.yaml", 1, 1, "");
        DeviceResult device = new DeviceResult("d", List.of("a.yaml"), List.of(
                new Finding("parse-error", Severity.ERROR, "broken", at, List.of(), null),
                new Finding("unknown-key", Severity.WARNING, "odd key", at, List.of(), null)), Map.of());
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings(), root);
        String text = ReportsFixture.render(new SarifReporter(), report);

        List<Map<String, Object>> rules = Json.at(Json.parse(text), "runs", 0, "tool", "driver", "rules");
        assertThat(text).endsWith("}\n");
        assertThat(rules).extracting(r -> Json.at(r, "properties", "problem.severity"))
                .contains("error", "warning").doesNotContain("");
        assertThat(rules).filteredOn(r -> r.get("id").equals("unknown-key"))
                .extracting(r -> Json.at(r, "properties", "problem.severity"), r -> Json.at(r, "defaultConfiguration", "level"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("warning", "warning"));
    }
}
