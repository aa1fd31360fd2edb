package dev.netlint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's contract: the huge device is clean for every registered rule, the tree's devices
 * are clean unless broken on purpose and then fire the rule they name, and a seed gives the same bytes.
 */
class GenerateTest {

    private static final RuleRegistry RULES = RuleRegistry.load();

    @TempDir
    Path dir;

    @Test
    void hugeDeviceHoldsTheAskedSizesAndIsCleanForEveryRule() throws IOException {
        Path huge = dir.resolve("huge");
        Generate.run("huge", huge.toString(), "--routes", "3000");

        List<DeviceInput> inputs = find(huge);
        Kubernetes kubernetes = new DeviceLoader(DeviceSettings.DEFAULT.limits(), DeviceFinder.PathDisplay.current()::display)
                .load(inputs.get(0)).device().kubernetes();
        assertThat(kubernetes.routes()).hasSize(3000);
        assertThat(kubernetes.requiredNetworks()).hasSize(600);
        assertThat(kubernetes.services()).hasSize(300).allMatch(s -> s.isLoadBalancer());

        Report report = new Engine(RULES).check(inputs, input -> DeviceSettings.DEFAULT);
        assertThat(describe(report.devices().get(0).findings())).isEmpty();
    }

    @Test
    void treeDevicesAreCleanUnlessBrokenOnPurposeAndThenFireTheirRule() throws IOException {
        int devices = 4 * DeviceTree.Breakage.values().length;
        DeviceTree.Summary summary = DeviceTree.write(dir, devices, Generate.DEFAULT_SEED, 4);
        assertThat(summary.broken()).hasSize(DeviceTree.Breakage.values().length);
        assertThat(summary.layouts()).hasSize(DeviceTree.Layout.values().length);
        assertThat(summary.twoNode()).isBetween(devices / 5, devices / 2);
        assertThat(summary.brokenCount()).isEqualTo(devices / 4);

        Report report = new Engine(RULES).check(find(dir), input -> DeviceSettings.DEFAULT);
        assertThat(report.devices()).hasSize(devices);
        List<String> wrong = new ArrayList<>();
        int checkedBreakages = 0;
        for (DeviceResult device : report.devices()) {
            Path expected = Path.of(device.path()).resolve(DeviceTree.EXPECTED_FILE);
            if (!Files.exists(expected)) {
                if (!device.findings().isEmpty()) {
                    wrong.add(device.path() + " should be clean: " + describe(device.findings()));
                }
                continue;
            }
            String rule = Files.readString(expected).trim();
            if (RULES.contains(rule)) {
                checkedBreakages++;
                if (device.findings().stream().noneMatch(f -> f.rule().equals(rule))) {
                    wrong.add(device.path() + " should fire " + rule + ": " + describe(device.findings()));
                }
            }
        }
        assertThat(wrong).isEmpty();
        // parse-error, unknown-key and duplicate-key are the loader's and always registered.
        assertThat(checkedBreakages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void hugeDeviceAsJsonIsTheSameDevice() throws IOException {
        Generate.run("huge", dir.resolve("yaml").toString(), "--routes", "500");
        Generate.run("huge", dir.resolve("json").toString(), "--routes", "500", "--format", "json");
        assertThat(dir.resolve("json/config.yaml")).doesNotExist();
        Report yaml = new Engine(RULES).check(find(dir.resolve("yaml")), input -> DeviceSettings.DEFAULT);
        Report json = new Engine(RULES).check(find(dir.resolve("json")), input -> DeviceSettings.DEFAULT);
        assertThat(describe(json.devices().get(0).findings())).isEmpty();
        Kubernetes fromYaml = load(dir.resolve("yaml")).kubernetes();
        Kubernetes fromJson = load(dir.resolve("json")).kubernetes();
        assertThat(fromJson.routes()).hasSameSizeAs(fromYaml.routes()).hasSize(500);
        assertThat(fromJson.requiredNetworks()).hasSize(100);
        assertThat(fromJson.services()).hasSize(50);
        assertThat(describe(yaml.devices().get(0).findings())).isEmpty();
    }

    @Test
    void scalingDevicesInTheWidePlanAreCleanForEveryRule() throws IOException {
        // 8,200 extra pools are more than the usual plan holds: the wide plan; more required networks than routes
        Generate.run("huge", dir.toString(), "--routes", "300", "--required-networks", "900", "--services", "40",
                "--pools", "8200", "--virtual-networks", "300");
        List<DeviceInput> inputs = find(dir);
        var device = load(dir);
        assertThat(device.kubernetes().requiredNetworks()).hasSize(900);
        assertThat(device.virtualNetworks()).hasSize(300);
        assertThat(device.vSwitches().get(0).pools()).hasSize(8202);
        assertThat(Files.readString(dir.resolve("config.yaml"))).contains("address: 100.64.0.10, subnetMask: 255.192.0.0");
        Report report = new Engine(RULES).check(inputs, input -> DeviceSettings.DEFAULT);
        assertThat(describe(report.devices().get(0).findings())).isEmpty();
    }

    @Test
    void virtualNetworksPast4094SpreadOverVSwitchesWithTheirOwnVlans() throws IOException {
        Generate.run("huge", dir.toString(), "--routes", "300", "--virtual-networks", "9000");
        var device = load(dir);
        assertThat(device.virtualNetworks()).hasSize(9000);
        assertThat(device.vSwitches()).extracting(v -> v.name().value())
                .containsExactly("vSwitch1", "vSwitch-vnets-1", "vSwitch-vnets-2");
        Report report = new Engine(RULES).check(find(dir), input -> DeviceSettings.DEFAULT);
        assertThat(report.devices().get(0).findings()).extracting(f -> f.rule()).doesNotContain("vlan-id-duplicate");
    }

    @Test
    void yamlTreeHoldsTheSameDevicesWithEveryFileYaml() throws IOException {
        int devices = 2 * DeviceTree.Breakage.values().length;
        DeviceTree.write(dir.resolve("mixed"), devices, Generate.DEFAULT_SEED, 2, false);
        DeviceTree.write(dir.resolve("yaml"), devices, Generate.DEFAULT_SEED, 2, true);
        try (var files = Files.walk(dir.resolve("yaml"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".json"))).isEmpty();
        }
        Report mixed = new Engine(RULES).check(find(dir.resolve("mixed")), input -> DeviceSettings.DEFAULT);
        Report yaml = new Engine(RULES).check(find(dir.resolve("yaml")), input -> DeviceSettings.DEFAULT);
        assertThat(yaml.devices()).hasSize(devices);
        assertThat(yaml.devices().stream().map(d -> rules(d.findings())).toList())
                .isEqualTo(mixed.devices().stream().map(d -> rules(d.findings())).toList());
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).distinct().sorted().toList();
    }

    private static dev.netlint.core.model.Device load(Path device) throws IOException {
        return new DeviceLoader(DeviceSettings.DEFAULT.limits(), DeviceFinder.PathDisplay.current()::display)
                .load(find(device).get(0)).device();
    }

    @Test
    void aSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        Generate.run("huge", dir.resolve("a").toString(), "--routes", "200", "--seed", "7");
        Generate.run("huge", dir.resolve("b").toString(), "--routes", "200", "--seed", "7");
        Generate.run("huge", dir.resolve("c").toString(), "--routes", "200", "--seed", "8");
        byte[] a = Files.readAllBytes(dir.resolve("a/config.yaml"));
        assertThat(Files.readAllBytes(dir.resolve("b/config.yaml"))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("c/config.yaml"))).isNotEqualTo(a);
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Generate.run("tree", dir.toString(), "--devices", "2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not written by this generator");
        assertThat(dir.resolve("notes.txt")).exists();
    }

    private static List<DeviceInput> find(Path root) throws IOException {
        return new DeviceFinder(DeviceFinder.PathDisplay.current(), p -> false).find(List.of(root));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.location() + " " + f.rule() + ": " + f.message())
                .collect(Collectors.joining("; "));
    }
}
