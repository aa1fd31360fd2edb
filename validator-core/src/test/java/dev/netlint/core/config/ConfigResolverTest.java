package dev.netlint.core.config;

import static dev.netlint.core.testing.TestDevices.pools;
import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Finding;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.RuleLevel;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Severity;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

    @TempDir
    Path root;

    private DeviceFinder.Paths paths() {
        return new DeviceFinder.Paths(root.toAbsolutePath().normalize());
    }

    private Report check(ConfigResolver configs, List<DeviceInput> inputs) {
        return new Engine(TestDevices.RULES, paths()).check(inputs, configs::settings);
    }

    @Test
    void theNearestConfigWinsWhole() throws Exception {
        write(root, ".netlint.yaml", "profile: ase-pro-2\nrules:\n  test-pool-names: warning\n");
        write(root, "sites/lab/.netlint.yaml", "failOn: never\n");
        write(root, "sites/lab/device.yaml", pools("A"));
        write(root, "sites/plant/device.yaml", pools("B"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);
        List<DeviceInput> inputs = configs.find(paths(), List.of(root.resolve("sites")));
        assertThat(inputs).extracting(DeviceInput::display).containsExactly("sites/lab", "sites/plant");

        assertThat(configs.configFile(inputs.get(0))).contains(root.resolve("sites/lab/.netlint.yaml"));
        assertThat(configs.settings(inputs.get(0)).profile()).as("not merged with the root config")
                .isEqualTo(Profile.DEFAULT);
        assertThat(configs.settings(inputs.get(0)).levels()).isEmpty();
        assertThat(configs.failOn("sites/lab")).isEqualTo(FailOn.NEVER);

        assertThat(configs.configFile(inputs.get(1))).contains(root.resolve(".netlint.yaml"));
        assertThat(configs.settings(inputs.get(1)).profile()).isEqualTo(Profile.ASE_PRO_2);
        assertThat(configs.failOn("sites/plant")).isEqualTo(FailOn.ERROR);

        Report report = check(configs, inputs);
        assertThat(report.devices().get(0).findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(report.devices().get(1).findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(configs.fails(report)).as("lab never fails, plant has only a warning").isFalse();
    }

    @Test
    void ignoreGlobsLeaveDevicesOut() throws Exception {
        write(root, ".netlint.yaml", "ignore: [\"archive/**\", \"**/*.draft.yaml\"]\n");
        write(root, "archive/old/device.yaml", pools("A"));
        write(root, "live/device.yaml", pools("B"));
        write(root, "live/next.draft.yaml", "not: [valid");
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);
        List<DeviceInput> inputs = configs.find(paths(), List.of(root));
        assertThat(inputs).extracting(DeviceInput::display).containsExactly("live");
        assertThat(inputs.get(0).files()).extracting(p -> p.getFileName().toString()).containsExactly("device.yaml");
    }

    @Test
    void theCommandLineOverridesTheConfigFile() throws Exception {
        write(root, ".netlint.yaml", """
                profile: ase-pro-2
                failOn: never
                rules:
                  test-pool-names: info
                  unknown-key: error
                """);
        write(root, "device.yaml", pools("A"));
        Overrides overrides = new Overrides(Profile.GENERIC, FailOn.INFO, Map.of("test-pool-names", RuleLevel.WARNING));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, overrides);
        List<DeviceInput> inputs = configs.find(paths(), List.of(root));
        assertThat(configs.settings(inputs.get(0)).profile()).isEqualTo(Profile.GENERIC);
        assertThat(configs.settings(inputs.get(0)).levels())
                .containsEntry("test-pool-names", RuleLevel.WARNING)
                .containsEntry("unknown-key", RuleLevel.ERROR);
        Report report = check(configs, inputs);
        assertThat(report.devices().get(0).findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(configs.fails(report)).as("fail-on info from the command line beats never").isTrue();
    }

    @Test
    void configSuppressionsMatchPathsRelativeToTheConfigFolder() throws Exception {
        write(root, "sites/.netlint.yaml", """
                suppressions:
                  - { rule: test-pool-names, path: "lab-*/**", reason: "lab pools are scratch" }
                """);
        write(root, "sites/lab-1/device.yaml", pools("A"));
        write(root, "sites/plant/device.yaml", pools("B"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);
        Report report = check(configs, configs.find(paths(), List.of(root)));
        Finding lab = report.devices().get(0).findings().get(0);
        assertThat(lab.suppressed()).isTrue();
        assertThat(lab.suppression().kind()).isEqualTo("config");
        assertThat(lab.suppression().justification()).isEqualTo("lab pools are scratch");
        assertThat(report.devices().get(1).findings().get(0).suppressed()).isFalse();
        assertThat(report.summary().suppressed()).isEqualTo(1);
        assertThat(report.summary().errors()).isEqualTo(1);
    }

    @Test
    void anExplicitConfigAppliesToEveryDevice() throws Exception {
        write(root, "elsewhere/strict.yaml", "rules:\n  test-pool-names: off\n");
        write(root, "sites/.netlint.yaml", "rules:\n  test-pool-names: info\n");
        write(root, "sites/a/device.yaml", pools("A"));
        ConfigResolver configs = ConfigResolver.explicit(root.resolve("elsewhere/strict.yaml"), TestDevices.RULES,
                Overrides.NONE);
        Report report = check(configs, configs.find(paths(), List.of(root.resolve("sites"))));
        assertThat(report.devices().get(0).findings()).isEmpty();
        assertThat(report.devices().get(0).rulesOff()).contains("test-pool-names");
    }

    @Test
    void aBrokenDiscoveredConfigStopsTheCheck() {
        write(root, "sites/.netlint.yaml", "rules:\n  test-pool-name: off\n");
        write(root, "sites/a/device.yaml", pools("A"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);
        assertThatThrownBy(() -> configs.find(paths(), List.of(root)))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(root.toAbsolutePath().normalize().resolve("sites/.netlint.yaml"));
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("did you mean 'test-pool-names'?");
                });
    }

    @Test
    void aMissingExplicitConfigIsAConfigError() {
        assertThatThrownBy(() -> ConfigResolver.explicit(root.resolve("nope.yaml"), TestDevices.RULES, Overrides.NONE))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem()).isEqualTo("no such file"));
    }
}
