package dev.netlint.core.testing;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Device files written into a temporary folder and checked with the core rules plus {@link PoolNamesRule}. */
public final class TestDevices {

    /** The registered core rules and {@code test-pool-names}. */
    public static final RuleRegistry RULES = registry();

    private TestDevices() {
    }

    private static RuleRegistry registry() {
        List<DeviceRule> checks = new ArrayList<>();
        for (RegisteredRule rule : RuleRegistry.load().all()) {
            checks.add(rule.logic());
        }
        checks.add(new PoolNamesRule());
        return RuleRegistry.of(checks);
    }

    /** A device file holding one vSwitch with pools of these names (ranges 10.0.0.1-2, 10.0.0.3-4, ...). */
    public static String pools(String... names) {
        StringBuilder yaml = new StringBuilder("""
                device:
                  network:
                    vSwitches:
                      - name: vSwitch1
                        interfaceName: Port3
                        ipAddressPools:
                """);
        int host = 1;
        for (String name : names) {
            yaml.append("          - { name: ").append(name).append(", ipAddressRange: 10.0.0.").append(host)
                    .append("-10.0.0.").append(host + 1).append(" }\n");
            host += 2;
        }
        return yaml.toString();
    }

    /** Writes {@code text} to {@code root/relative}, creating folders. */
    public static Path write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks every device below {@code root}, with paths shown relative to {@code root}. */
    public static Report check(Path root, Function<DeviceInput, DeviceSettings> settings) {
        try {
            DeviceFinder.PathDisplay paths = new DeviceFinder.PathDisplay(root.toAbsolutePath().normalize());
            List<DeviceInput> inputs = new DeviceFinder(paths, p -> false).find(List.of(root));
            return new Engine(RULES, paths).check(inputs, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report check(Path root) {
        return check(root, input -> DeviceSettings.DEFAULT);
    }
}
