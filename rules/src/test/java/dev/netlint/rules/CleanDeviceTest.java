package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.testing.CleanDevice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean base device that the tests of every module start from ({@link CleanDevice}) gives no finding
 * of any rule of the catalogue: what a test finds in it is the doing of the change the test makes.
 */
class CleanDeviceTest {

    @TempDir
    Path dir;

    @Test
    void theCleanBaseDeviceGivesNoFindingOfAnyRule() throws IOException {
        Files.writeString(dir.resolve("device.yaml"), CleanDevice.YAML);
        RuleRegistry rules = RuleRegistry.load();
        DeviceFinder.PathDisplay paths = new DeviceFinder.PathDisplay(dir.toAbsolutePath().normalize());
        List<DeviceInput> inputs = new DeviceFinder(paths, p -> false).find(List.of(dir));

        Report report = new Engine(rules, paths).check(inputs, input -> DeviceSettings.DEFAULT);

        assertThat(rules.all()).as("the catalogue's rules are registered").hasSizeGreaterThan(50);
        assertThat(report.devices()).hasSize(1);
        assertThat(report.devices().get(0).findings()).isEmpty();
    }

    @Test
    void itsDevicePartEndsWhereItsKubernetesPartBegins() {
        assertThat(CleanDevice.DEVICE).startsWith("device:\n").endsWith("ipAddressRange: 192.168.20.30-192.168.20.39 }\n");
        assertThat(CleanDevice.YAML).isEqualTo(CleanDevice.DEVICE + CleanDevice.YAML.substring(CleanDevice.DEVICE.length()))
                .contains("\nkubernetes:\n");
        assertThat(CleanDevice.YAML.split("\n")[CleanDevice.SERVICE_POOL_LINE - 1]).contains("KubernetesServiceIPs");
    }
}
