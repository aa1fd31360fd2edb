package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.HOSTILE;
import static dev.netlint.core.report.ReportsFixture.render;
import static dev.netlint.core.testing.Json.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.model.Location;
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

class SarifReporterTest {

    @TempDir
    Path root;

    private Map<String, Object> sarif(Report report) {
        return Json.parse(render(new SarifReporter(), report));
    }

    @Test
    void aCleanRunHasAnEmptyResultsArrayAndDescribesNoRule() {
        ReportsFixture.tree(root);
        Report report = TestDevices.check(root.resolve("clean"), i -> dev.netlint.core.internal.engine.DeviceSettings.DEFAULT);
        Map<String, Object> log = sarif(report);
        assertThat((String) at(log, "version")).isEqualTo("2.1.0");
        assertThat((String) at(log, "$schema")).isEqualTo(SarifReporter.SCHEMA);
        assertThat((List<?>) at(log, "runs")).hasSize(1);
        assertThat((List<?>) at(log, "runs", 0, "results")).isEmpty();
        Map<String, Object> driver = at(log, "runs", 0, "tool", "driver");
        assertThat(driver).containsEntry("name", "netlint").containsEntry("version", Version.VERSION)
                .containsEntry("informationUri", Version.INFORMATION_URI);
        assertThat((List<?>) at(driver, "rules")).isEmpty();
    }

    @Test
    void theDriverDescribesTheRulesThatProducedAResultEachPageOnce() {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        List<Map<String, Object>> rules = at(sarif(report), "runs", 0, "tool", "driver", "rules");
        assertThat(rules).extracting(r -> r.get("id")).containsExactly("test-pool-names");
        Map<String, Object> poolNames = rules.get(0);
        assertThat(poolNames).containsKeys("name", "shortDescription", "fullDescription", "defaultConfiguration",
                "help", "helpUri", "properties");
        assertThat(poolNames).containsEntry("name", "TestPoolNames");
        assertThat((String) at(poolNames, "shortDescription", "text")).isEqualTo("Reports every vSwitch pool by name.");
        assertThat((String) at(poolNames, "fullDescription", "text")).startsWith("It puts user text (the pool name)");
        assertThat((String) at(poolNames, "defaultConfiguration", "level")).isEqualTo("error");
        assertThat((String) at(poolNames, "help", "markdown")).startsWith("# test-pool-names");
        assertThat((String) at(poolNames, "help", "text")).as("the page once: text is the summary and its link")
                .isEqualTo("Reports every vSwitch pool by name. The rule's page: " + poolNames.get("helpUri"));
    }

    @Test
    void anInternalErrorIsDescribedWhenOneWasReported() {
        Location at = new Location("a.yaml", 1, 1, "");
        Finding crash = new Finding(Engine.INTERNAL_ERROR, Severity.ERROR, "rule x failed", at, List.of(), null);
        DeviceResult device = new DeviceResult("d", List.of("a.yaml"), List.of(crash), Map.of());
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings(), root);
        List<Map<String, Object>> rules = at(sarif(report), "runs", 0, "tool", "driver", "rules");
        assertThat(rules).singleElement().satisfies(internal -> {
            assertThat(internal).containsEntry("id", Engine.INTERNAL_ERROR);
            assertThat((String) at(internal, "help", "markdown")).startsWith("# internal-error");
            assertThat((String) at(internal, "helpUri"))
                    .endsWith("validator-core/src/main/resources/dev/netlint/rules/docs/internal-error.md");
        });
    }

    @Test
    void resultsCarryRuleLevelLocationsAndSuppressions() {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        Map<String, Object> log = sarif(report);
        Map<String, Object> run = at(log, "runs", 0);
        assertThat((String) at(run, "originalUriBaseIds", "SRCROOT", "uri"))
                .isEqualTo(root.toAbsolutePath().normalize().toUri().toString())
                .endsWith("/");
        List<Map<String, Object>> results = at(run, "results");
        assertThat(results).extracting(r -> at(r, "message", "text"))
                .containsExactly("pool A.", "pool B.", "pool " + HOSTILE + ".");

        Map<String, Object> first = results.get(0);
        assertThat(first).containsEntry("ruleId", "test-pool-names").containsEntry("level", "error");
        List<Map<String, Object>> rules = at(run, "tool", "driver", "rules");
        assertThat(rules.get((Integer) first.get("ruleIndex"))).containsEntry("id", "test-pool-names");
        Map<String, Object> physical = at(first, "locations", 0, "physicalLocation");
        assertThat(Json.<Map<String, Object>>at(physical, "artifactLocation"))
                .containsEntry("uri", "broken/device.yaml").containsEntry("uriBaseId", "SRCROOT");
        assertThat(Json.<Map<String, Object>>at(physical, "region")).containsEntry("startLine", 8)
                .containsEntry("startColumn", 40);
        assertThat((String) at(physical, "region", "snippet", "text")).isEqualTo("10.0.0.1-10.0.0.2 }");
        assertThat((String) at(first, "locations", 0, "logicalLocations", 0, "fullyQualifiedName"))
                .isEqualTo("/device/network/vSwitches/0/ipAddressPools/0/ipAddressRange");
        assertThat((String) at(first, "properties", "pointer"))
                .isEqualTo("/device/network/vSwitches/0/ipAddressPools/0/ipAddressRange");
        Map<String, Object> related = at(first, "relatedLocations", 0);
        assertThat(related).containsEntry("id", 1);
        assertThat((String) at(related, "message", "text")).isEqualTo("switch vSwitch1");
        assertThat((Integer) at(related, "physicalLocation", "region", "startLine")).isEqualTo(5);
        assertThat(first).doesNotContainKey("suppressions");

        List<Map<String, Object>> suppressions = at(results.get(1), "suppressions");
        assertThat(suppressions).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("kind", "inSource").containsEntry("justification", "B is retired"));
        assertThat(results.get(2)).doesNotContainKey("suppressions");
        assertThat((String) at(run, "artifacts", 0, "location", "uri")).isEqualTo("broken/device.yaml");
        assertThat((Integer) at(physical, "artifactLocation", "index")).isZero();
    }

    @Test
    void configAndBaselineSuppressionsAreExternal() {
        Location at = new Location("a.yaml", 1, 1, "");
        List<Finding> findings = List.of(
                new Finding("test-pool-names", Severity.WARNING, "by config", at, List.of(), new Suppression("config", "lab")),
                new Finding("test-pool-names", Severity.INFO, "by baseline", at, List.<Related>of(),
                        new Suppression("baseline", "accepted in the baseline b.json")),
                new Finding(Engine.INTERNAL_ERROR, Severity.ERROR, "rule x failed", at, List.of(), null));
        DeviceResult device = new DeviceResult("d", List.of("a.yaml"), findings, Map.of());
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings(), root);
        List<Map<String, Object>> results = at(sarif(report), "runs", 0, "results");
        assertThat(results).extracting(r -> at(r, "suppressions", 0, "kind")).containsExactly("external", "external", null);
        assertThat(results).extracting(r -> r.get("level")).containsExactly("warning", "note", "error");
        assertThat((String) at(results.get(1), "suppressions", 0, "justification")).contains("baseline");
        List<Map<String, Object>> rules = at(sarif(report), "runs", 0, "tool", "driver", "rules");
        assertThat(rules.get((Integer) results.get(2).get("ruleIndex"))).containsEntry("id", Engine.INTERNAL_ERROR);
        assertThat(results.get(2)).doesNotContainKey("logicalLocations");
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SarifReporter.relativeUri("my site/dev#1 é.yaml")).isEqualTo("my%20site/dev%231%20%C3%A9.yaml");
        assertThat(SarifReporter.relativeUri("c:odd/x.yaml")).isEqualTo("./c:odd/x.yaml");
        assertThat(SarifReporter.directoryUri(Path.of("/work/a b"))).isEqualTo("file:///work/a%20b/");
    }

    @Test
    void messagesBecomeSentences() {
        assertThat(SarifReporter.sentence("pool A")).isEqualTo("pool A.");
        assertThat(SarifReporter.sentence("done.")).isEqualTo("done.");
        assertThat(SarifReporter.pascalCase("route-next-hop-not-on-link")).isEqualTo("RouteNextHopNotOnLink");
    }
}
