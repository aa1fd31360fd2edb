package dev.netlint.core.internal.config;

import static dev.netlint.core.testing.TestDevices.pools;
import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

    @TempDir
    Path root;

    private DeviceFinder.PathDisplay paths() {
        return new DeviceFinder.PathDisplay(root.toAbsolutePath().normalize());
    }

    private Report check(ConfigResolver configs, List<DeviceInput> inputs) {
        return new Engine(TestDevices.RULES, paths()).check(inputs, configs::settings);
    }

    @Test
    void aConfigFileThatLinksOutOfTheRepositoryIsNotRead() throws Exception {
        Files.createDirectories(root.resolve("repo/.git"));
        write(root, "home/.aws/credentials", "aws_access_key_id: AKIASECRET\n");
        write(root, "repo/shared.yaml", "failOn: never\n");
        write(root, "repo/sites/a/device.yaml", pools("A"));
        write(root, "repo/sites/b/device.yaml", pools("B"));
        Files.createSymbolicLink(root.resolve("repo/sites/a/.netlint.yaml"), Path.of("../../shared.yaml"));
        Files.createSymbolicLink(root.resolve("repo/sites/b/.netlint.yaml"), root.resolve("home/.aws/credentials"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);

        assertThat(configs.configFor(root.resolve("repo/sites/a/device.yaml")).failOn()).as("a link inside is read")
                .isEqualTo(FailOn.NEVER);
        assertThatThrownBy(() -> configs.configFor(root.resolve("repo/sites/b/device.yaml")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problem()).isEqualTo("a symbolic link out of the repository; netlint does not read it");
                    assertThat(e.getMessage()).doesNotContain("AKIASECRET");
                });
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
        assertThat(configs.failOn(inputs.get(0))).isEqualTo(FailOn.NEVER);

        assertThat(configs.configFile(inputs.get(1))).contains(root.resolve(".netlint.yaml"));
        assertThat(configs.settings(inputs.get(1)).profile()).isEqualTo(Profile.ASE_PRO_2);
        assertThat(configs.failOn(inputs.get(1))).isEqualTo(FailOn.ERROR);

        Report report = check(configs, inputs);
        assertThat(report.devices().get(0).findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(report.devices().get(1).findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
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
        assertThat(configs.failOn(inputs.get(0))).as("fail-on info from the command line beats never")
                .isEqualTo(FailOn.INFO);
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

    // ---------------------------------------------------------------- how far discovery looks

    @Test
    void discoveryStopsAtTheRepositoryRoot() throws Exception {
        write(root, ".netlint.yaml", "failOn: never\nrules:\n  test-pool-names: off\n");
        Files.createDirectories(root.resolve("repo/.git"));
        write(root, "repo/sites/a/device.yaml", pools("A"));
        write(root, "worktree/.git", "gitdir: /elsewhere/.git/worktrees/w\n");
        write(root, "worktree/b/device.yaml", pools("B"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);

        List<DeviceInput> inputs = configs.find(paths(), List.of(root.resolve("repo"), root.resolve("worktree")));

        assertThat(inputs).extracting(configs::configFile).containsOnly(Optional.empty());
        assertThat(configs.failOn(inputs.get(0))).isEqualTo(FailOn.ERROR);
        Report report = check(configs, inputs);
        assertThat(report.summary().errors()).as("the parent folder's config switches nothing off").isEqualTo(2);
        assertThat(configs.describe(inputs, paths())).containsExactly("no configuration file");
    }

    @Test
    void aConfigAtTheRepositoryRootIsFoundAndRootTrueIsRead() throws Exception {
        Files.createDirectories(root.resolve("repo/.git"));
        write(root, "repo/.netlint.yaml", "root: true\nprofile: generic\n");
        write(root, "repo/sites/a/device.yaml", pools("A"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);

        List<DeviceInput> inputs = configs.find(paths(), List.of(root.resolve("repo/sites")));

        assertThat(configs.configFile(inputs.get(0))).contains(root.resolve("repo/.netlint.yaml"));
        assertThat(ConfigParser.parse(root.resolve("repo/.netlint.yaml"), TestDevices.RULES).root()).isTrue();
        assertThat(configs.describe(inputs, paths())).containsExactly("configuration: repo/.netlint.yaml");
    }

    @Test
    void eachConfigurationUsedIsNamedOnceWithItsDevices() throws Exception {
        write(root, "sites/lab/.netlint.yaml", "failOn: never\n");
        write(root, "sites/lab/a/device.yaml", pools("A"));
        write(root, "sites/lab/b/device.yaml", pools("B"));
        write(root, "sites/.netlint.yaml", "profile: generic\n");
        write(root, "sites/plant/device.yaml", pools("C"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);

        List<DeviceInput> inputs = configs.find(paths(), List.of(root.resolve("sites")));

        assertThat(configs.describe(inputs, paths())).containsExactly(
                "configuration: sites/.netlint.yaml (1 device)",
                "configuration: sites/lab/.netlint.yaml (2 devices)");
    }

    @Test
    void aPathGivenIsCheckedEvenWhenAnIgnoreGlobMatchesIt() throws Exception {
        write(root, ".netlint.yaml", "ignore: [\"archive/**\"]\n");
        write(root, "archive/old/device.yaml", pools("A"));
        write(root, "live/device.yaml", pools("B"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);

        assertThat(configs.find(paths(), List.of(root.resolve("archive/old")))).extracting(DeviceInput::display)
                .containsExactly("archive/old");
        assertThat(configs.find(paths(), List.of(root))).extracting(DeviceInput::display).containsExactly("live");
        assertThatThrownBy(() -> configs.find(paths(), List.of(root.resolve("archive"))))
                .as("archive itself is not matched, what it holds is")
                .isInstanceOfSatisfying(DeviceFinder.NotADevice.class, e -> assertThat(e.problem()).isEqualTo(
                        "no device file (*.json, *.yaml, *.yml, *.ps1) in this folder that an ignore glob of the"
                                + " configuration leaves in"));
    }

    // ---------------------------------------------------------------- parse-error levels

    @Test
    void parseErrorCannotBeSetBelowError() {
        write(root, ".netlint.yaml", "rules:\n  parse-error: off\n");
        write(root, "a/device.yaml", pools("A"));
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);

        assertThatThrownBy(() -> configs.find(paths(), List.of(root)))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).isEqualTo("rules.parse-error: parse-error cannot be set to off: a device"
                            + " file that cannot be read must fail the check, so parse-error is always an error");
                });
        assertThatThrownBy(() -> RuleLevel.forRule("parse-error", "warning"))
                .hasMessageStartingWith("parse-error cannot be set to warning");
        assertThat(RuleLevel.forRule("parse-error", "error")).isEqualTo(RuleLevel.ERROR);
        assertThat(RuleLevel.forRule("unknown-key", "off")).isEqualTo(RuleLevel.OFF);
    }

    // ---------------------------------------------------------------- the file-size limit

    @Test
    void theFileSizeLimitComesFromTheConfigUnlessOverridden() throws Exception {
        write(root, ".netlint.yaml", "maxFileSize: 1KiB\n");
        write(root, "a/device.yaml", pools("A") + "# " + "x".repeat(2000) + "\n");
        ConfigResolver configs = ConfigResolver.discovering(TestDevices.RULES, Overrides.NONE);
        List<DeviceInput> inputs = configs.find(paths(), List.of(root));

        assertThat(configs.settings(inputs.get(0)).limits().maxFileBytes()).isEqualTo(1024);
        assertThat(check(configs, inputs).devices().get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("parse-error");
            assertThat(f.message()).contains("size limit of 1024 bytes");
        });
        ConfigResolver larger = ConfigResolver.discovering(TestDevices.RULES,
                new Overrides(null, null, Map.of(), 1L << 20));
        assertThat(larger.settings(larger.find(paths(), List.of(root)).get(0)).limits().maxFileBytes())
                .isEqualTo(1L << 20);
    }
}
