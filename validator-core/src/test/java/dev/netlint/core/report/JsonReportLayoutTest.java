package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.Summary;
import dev.netlint.core.result.Timings;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON report of a small run, character for character. */
class JsonReportLayoutTest {

    @Test
    void theReportListsDevicesFilesFindingsRelatedLocationsAndTheSummary() {
        Finding counted = new Finding("test-pool-names", Severity.ERROR, "pool A", new Location("d/a.yaml", 8, 40,
                "/device/p"), List.of(new Related(new Location("d/a.yaml", 5, 17, ""), "switch vSwitch1")), null);
        Finding suppressed = new Finding("test-pool-names", Severity.WARNING, "pool B", new Location("d/a.yaml", 9, 40,
                ""), List.of(), new Suppression("inline", "B is retired"));
        DeviceResult device = new DeviceResult("d", List.of("d/a.yaml", "d/b.yaml"), List.of(counted, suppressed),
                Map.of());
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings(),
                Path.of(""));

        String text = ReportsFixture.render(new JsonReporter(), report);

        assertThat(text).isEqualTo("""
                {
                  "tool": {
                    "name": "%s",
                    "version": "%s"
                  },
                  "devices": [
                    {
                      "path": "d",
                      "files": [
                        "d/a.yaml",
                        "d/b.yaml"
                      ],
                      "findings": [
                        {
                          "rule": "test-pool-names",
                          "severity": "error",
                          "message": "pool A",
                          "location": {
                            "file": "d/a.yaml",
                            "line": 8,
                            "column": 40,
                            "pointer": "/device/p"
                          },
                          "related": [
                            {
                              "file": "d/a.yaml",
                              "line": 5,
                              "column": 17,
                              "pointer": "",
                              "message": "switch vSwitch1"
                            }
                          ],
                          "suppressed": false
                        },
                        {
                          "rule": "test-pool-names",
                          "severity": "warning",
                          "message": "pool B",
                          "location": {
                            "file": "d/a.yaml",
                            "line": 9,
                            "column": 40,
                            "pointer": ""
                          },
                          "related": [],
                          "suppressed": true,
                          "suppression": {
                            "kind": "inline",
                            "justification": "B is retired"
                          }
                        }
                      ]
                    }
                  ],
                  "summary": {
                    "devices": 1,
                    "files": 2,
                    "errors": 1,
                    "warnings": 0,
                    "infos": 0,
                    "suppressed": 1
                  }
                }
                """.formatted(Version.NAME, Version.VERSION));
    }
}
