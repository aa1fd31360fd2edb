package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samples/exported-two-node}: an export as {@code Get-DeviceConfiguration | ConvertTo-Json}
 * prints it, with every key of the vendor's export (docs/file-format.md), loads without a single load problem, as UTF-8 and as the
 * UTF-16 with CRLF that Windows PowerShell's {@code Out-File} writes.
 */
class ExportedSampleTest {

    private static final Path SAMPLE = Path.of("../samples/exported-two-node");

    private static LoadedDevice load(List<Path> files) {
        return new DeviceLoader(LoadLimits.DEFAULT, p -> p.getFileName().toString())
                .load(new DeviceInput(SAMPLE, "exported-two-node", files));
    }

    @Test
    void theExportedDeviceLoadsWithoutAnyProblem() {
        LoadedDevice loaded = load(List.of(SAMPLE.resolve("device.json")));

        assertThat(loaded.problems()).isEmpty();
        Device device = loaded.device();
        assertThat(device.nodes()).extracting(n -> n.name().value()).containsExactly("NODE-A", "NODE-B");
        assertThat(device.nodeCount()).isEqualTo(2);
        assertThat(device.interfaces()).hasSize(12);
        assertThat(device.interfaces()).extracting(NetInterface::describe).contains("Port1 of NODE-A", "Port6 of NODE-B");
        assertThat(device.computePort()).contains("Port3");
        assertThat(device.ports("Port3")).allSatisfy(p -> assertThat(p.isStatic()).isTrue());
        assertThat(device.ports("Port6")).allSatisfy(p -> {
            assertThat(p.isDhcp()).isTrue();
            assertThat(p.ipv4()).isNull();
        });
        assertThat(device.ports("Port4")).allSatisfy(p -> assertThat(p.ipv6Subnet().toCanonicalString())
                .isEqualTo("2001:db8:52::/64"));
        assertThat(device.interfaces()).allSatisfy(p -> assertThat(p.routes()).isNull());
        assertThat(device.vSwitches()).hasSize(2);
        assertThat(device.computeVSwitches()).singleElement().satisfies(v -> assertThat(v.pools())
                .extracting(pool -> pool.describe()).containsExactly(
                        "KubernetesNodeIPs 192.168.20.20-192.168.20.22", "KubernetesServiceIPs 192.168.20.30-192.168.20.39"));
        assertThat(device.virtualNetworks()).singleElement().satisfies(v -> assertThat(v.subnet().toCanonicalString())
                .isEqualTo("10.120.0.0/24"));
        assertThat(device.webProxy().enabled()).isTrue();
        assertThat(device.dnsDomain().value()).isEqualTo("plant.example.com");
        assertThat(device.teamDeclarations()).isEmpty();
        assertThat(device.kubernetes().location()).isNull();
    }

    @Test
    void theDeviceFolderWithItsKubernetesBlockLoadsWithoutAnyProblem() {
        LoadedDevice loaded = load(List.of(SAMPLE.resolve("device.json"), SAMPLE.resolve("kubernetes.yaml")));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.device().files()).containsExactly("device.json", "kubernetes.yaml");
        assertThat(loaded.device().kubernetes().routes()).hasSize(3);
        assertThat(loaded.device().kubernetes().services()).hasSize(3);
        assertThat(loaded.device().kubernetes().requiredNetworks()).hasSize(3);
        assertThat(loaded.device().deviceLocation()).isEqualTo(new Location("device.json", 2, 3, "/device"));
    }

    @Test
    void theSameExportSavedByWindowsPowerShellLoadsTheSame(@TempDir Path dir) throws IOException {
        String json = Files.readString(SAMPLE.resolve("device.json"), StandardCharsets.UTF_8);
        Path utf16 = dir.resolve("device.json");
        Files.write(utf16, LoaderTexts.utf16leWithBom(LoaderTexts.crlf(json)));

        LoadedDevice original = load(List.of(SAMPLE.resolve("device.json")));
        LoadedDevice saved = new DeviceLoader(LoadLimits.DEFAULT, p -> p.getFileName().toString())
                .load(new DeviceInput(dir, "saved", List.of(utf16)));

        assertThat(saved.problems()).isEmpty();
        assertThat(saved.device().interfaces()).isEqualTo(original.device().interfaces());
        assertThat(saved.device().vSwitches()).isEqualTo(original.device().vSwitches());
    }
}
