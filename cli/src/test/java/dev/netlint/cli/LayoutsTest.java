package dev.netlint.cli;

import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How teams lay out their device files, and what netlint makes of each: a folder of whole-device
 * exports (one device each), files passed one by one (their folder's device), and the files beside
 * devices that are not device files (netlint's own schema, a repository's package.json).
 */
class LayoutsTest {

    /** A whole-device export of one node, as Get-DeviceConfiguration prints it, clean for every rule. */
    static String export(String nodeId, String nodeName, String octet) {
        return """
                {
                    "device":  {
                                   "deviceInfo":  {
                                                      "model":  "Azure Stack Edge Pro - 1 GPU",
                                                      "nodes":  [ { "id":  "%1$s", "name":  "%2$s" } ]
                                                  },
                                   "network":  {
                                                   "interfaces":  [
                                                       { "name":  "Port2", "nodeId":  "%1$s", "isDhcpEnabled":  false,
                                                         "iPv4":  { "address":  "10.57.%3$s.10", "subnetMask":  "255.255.255.0", "gateway":  "10.57.%3$s.1" },
                                                         "dnsServerAddresses":  [ "10.57.%3$s.2" ] }
                                                   ],
                                                   "vSwitches":  [
                                                       { "name":  "vSwitch1", "interfaceName":  "Port2", "enabledForCompute":  true,
                                                         "ipAddressPools":  [
                                                             { "name":  "KubernetesNodeIPs", "ipAddressRange":  "10.57.%3$s.20-10.57.%3$s.22" },
                                                             { "name":  "KubernetesServiceIPs", "ipAddressRange":  "10.57.%3$s.30-10.57.%3$s.39" }
                                                         ] }
                                                   ]
                                               }
                               }
                }
                """.formatted(nodeId, nodeName, octet);
    }

    @Test
    void aFolderOfExportsWithDistinctNodesIsOneDeviceEach() {
        Path dir = tree("layout-exports");
        write(dir, "exports/site1.json", export("6a1f0c2e-0001", "SITE1", "48"));
        write(dir, "exports/site2.json", export("6a1f0c2e-0002", "SITE2", "49"));
        Devices.Run run = netlint("check", dir.resolve("exports"));
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.err()).contains("netlint: " + dir.resolve("exports").toString().replace('\\', '/')
                + ": 2 whole-device exports whose nodes differ (site1.json, site2.json), each checked as a device"
                + " of its own");
        assertThat(run.out()).doesNotContain("conflicting-declaration")
                .isEqualTo("2 devices, 2 files: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void exportsOfTheSameNodesStayOneDevice() {
        Path dir = tree("layout-same-node");
        write(dir, "exports/before.json", export("6a1f0c2e-0003", "SITE3", "48"));
        write(dir, "exports/after.json", export("6a1f0c2e-0003", "SITE3", "48"));
        Devices.Run run = netlint("check", dir.resolve("exports"));
        assertThat(run.err()).doesNotContain("whole-device exports");
        assertThat(run.out()).contains("[conflicting-declaration]").contains("1 device, 2 files");
    }

    @Test
    void filesGivenOneByOneAreTheirFoldersDevice() {
        Path dir = tree("layout-one-by-one");
        String clean = Devices.CLEAN;
        int split = clean.indexOf("kubernetes:");
        write(dir, "dev/device.yaml", clean.substring(0, split));
        write(dir, "dev/kubernetes.yaml", clean.substring(split));
        Devices.Run both = netlint("check", dir.resolve("dev/device.yaml"), dir.resolve("dev/kubernetes.yaml"));
        assertThat(both.code()).as(both.out()).isZero();
        assertThat(both.out()).isEqualTo("1 device, 2 files: 0 errors, 0 warnings, 0 infos\n");
        // One changed file, as a pre-commit hook passes it: the device is still whole.
        Devices.Run one = netlint("check", dir.resolve("dev/kubernetes.yaml"));
        assertThat(one.code()).as(one.out()).isZero();
        assertThat(one.out()).isEqualTo("1 device, 2 files: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void oneExportGivenOfAFolderOfExportsIsThatExportAlone() {
        Path dir = tree("layout-one-export");
        write(dir, "exports/site1.json", export("6a1f0c2e-0004", "SITE4", "48"));
        Path site2 = write(dir, "exports/site2.json", export("6a1f0c2e-0005", "SITE5", "49"));
        Devices.Run run = netlint("check", site2);
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void netlintsOwnSchemaBesideADeviceIsSkipped() {
        Path dir = tree("layout-schema");
        write(dir, "dev/config.yaml", Devices.CLEAN);
        write(dir, "dev/device-file.schema.json", netlint("schema").out());
        Devices.Run run = netlint("check", dir.resolve("dev"));
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void aRepositorysOwnFilesAtItsRootAreNoDevice() {
        Path dir = tree("layout-repo-root");
        write(dir, "package.json", "{\"name\": \"plant-network\", \"version\": \"1.0.0\"}\n");
        write(dir, "renovate.json", "{\"extends\": [\"config:recommended\"]}\n");
        write(dir, "docker-compose.yml", "services:\n  docs:\n    image: nginx\n");
        write(dir, "sites/plant-a/config.yaml", Devices.CLEAN);
        Devices.Run run = netlint("check", dir);
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("package.json:1:1: info: not a device file: its root mapping has neither a"
                + " 'device' nor a 'kubernetes' key").contains("renovate.json:1:1: info: not a device file")
                .contains("docker-compose.yml:1:1: info: not a device file")
                .endsWith("1 device, 4 files: 0 errors, 0 warnings, 3 infos\n");
    }

    @Test
    void aMisspeltRootKeyStillMakesADevice() {
        Path dir = tree("layout-misspelt-root");
        write(dir, "config.yaml", Devices.CLEAN.replace("device:", "Device:"));
        Devices.Run run = netlint("check", dir);
        assertThat(run.out()).contains("[unknown-key]").contains("\n1 device, 1 file: ");
    }
}
