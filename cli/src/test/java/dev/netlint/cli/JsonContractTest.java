package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JSON output is a contract (docs/reports-and-configuration.md): field names, order and nesting. */
class JsonContractTest {

    @Test
    void jsonReportHasTheContractShape() {
        CliRun run = CliRun.of("check", "--format", "json", "src/test/resources/trees/fleet/site-b");
        String dev = "src/test/resources/trees/fleet/site-b";
        assertThat(run.out()).isEqualTo("""
                {
                  "tool": {
                    "name": "netlint",
                    "version": "0.1.0"
                  },
                  "devices": [
                    {
                      "path": "DEV",
                      "files": [
                        "DEV/device.yaml"
                      ],
                      "findings": [
                        {
                          "rule": "pool-overlap",
                          "severity": "error",
                          "message": "KubernetesNodeIPs 192.168.20.20-192.168.20.22 overlaps KubernetesServiceIPs \
                192.168.20.22-192.168.20.30 at 192.168.20.22 (1 address); move KubernetesServiceIPs to \
                192.168.20.1-192.168.20.9, free in 192.168.20.0/24",
                          "location": {
                            "file": "DEV/device.yaml",
                            "line": 22,
                            "column": 59,
                            "pointer": "/device/network/vSwitches/0/ipAddressPools/1/ipAddressRange"
                          },
                          "related": [
                            {
                              "file": "DEV/device.yaml",
                              "line": 21,
                              "column": 56,
                              "pointer": "/device/network/vSwitches/0/ipAddressPools/0/ipAddressRange",
                              "message": "KubernetesNodeIPs"
                            }
                          ],
                          "suppressed": false
                        }
                      ]
                    }
                  ],
                  "summary": {
                    "devices": 1,
                    "files": 1,
                    "errors": 1,
                    "warnings": 0,
                    "infos": 0,
                    "suppressed": 0
                  }
                }
                """.replace("DEV", dev));
    }

    @Test
    void rulesAreListedAsJson() {
        CliRun run = CliRun.of("rules", "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\n  \"rules\": [")
                .contains("{\n      \"id\": \"pool-overlap\",\n      \"severity\": \"error\",");
    }

    @Test
    void explainPrintsTheDocPage() {
        CliRun run = CliRun.of("explain", "pool-overlap");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# pool-overlap\n").contains("## How to fix");
        assertThat(CliRun.of("explain", "no-such-rule").code()).isEqualTo(2);
    }
}
