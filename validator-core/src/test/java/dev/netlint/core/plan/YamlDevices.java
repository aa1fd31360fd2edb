package dev.netlint.core.plan;

import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.LoadedDevice;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.Device;
import dev.netlint.core.testing.CleanDevice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads a device from YAML text through the real loader, for readable unit tests. */
final class YamlDevices {

    private YamlDevices() {
    }

    /** The base device of the forwarding tests: Port2 to the Internet, compute on the given NIC, then routes. */
    static String device(String computeNic, String routes) {
        return CleanDevice.replaceOnce(CleanDevice.DEVICE, CLEAN_PORT3, computeNic) + "kubernetes:\n  routes:\n" + routes;
    }

    /** Port3 of the clean base device, IPv4 only; each test puts the compute NIC it is about in its place. */
    static final String CLEAN_PORT3 = """
                  - name: Port3
                    isDhcpEnabled: false
                    iPv4: { address: 192.168.20.10, subnetMask: 255.255.255.0 }
            """;

    /** Port3, static, with IPv4 and IPv6: the compute NIC of most forwarding tests. */
    static final String STATIC_PORT3 = """
                  - name: Port3
                    isDhcpEnabled: false
                    iPv4: { address: 192.168.20.10, subnetMask: 255.255.255.0 }
                    iPv6: { address: "2001:db8:20::10", prefixLength: 64 }
            """;

    static Device load(Path dir, String yaml) {
        return load(dir, yaml, false);
    }

    /** Loads a device the loader has problems with (a missing value), for rules that must cope with it. */
    static Device loadDespiteProblems(Path dir, String yaml) {
        return load(dir, yaml, true);
    }

    private static Device load(Path dir, String yaml, boolean problemsExpected) {
        try {
            Path file = Files.writeString(dir.resolve("device-" + System.nanoTime() + ".yaml"), yaml);
            LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, Path::toString)
                    .load(new DeviceInput(file, file.toString(), List.of(file)));
            if (loaded.problems().isEmpty() == problemsExpected) {
                throw new AssertionError(problemsExpected ? "test device loads cleanly, but a problem was expected"
                        : "test device does not load cleanly: " + loaded.problems());
            }
            return loaded.device();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Forwarding forwarding(Path dir, String yaml) {
        Device device = load(dir, yaml);
        return Forwarding.of(device, AddressPlan.of(device));
    }
}
