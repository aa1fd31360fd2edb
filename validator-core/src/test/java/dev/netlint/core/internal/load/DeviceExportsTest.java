package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which folders are whole-device exports, one device per file, and what telling them apart costs: the
 * files parsed to read their nodes, counted. A device file beside its {@code kubernetes} file is one
 * device, found without parsing either (each is parsed once, when the device is loaded).
 */
class DeviceExportsTest {

    private static final String EXPORT = """
            device:
              deviceInfo:
                nodes:
                  - { id: %s, name: %s }
              network:
                interfaces:
                  - { name: Port2, nodeName: %s }
            """;

    @TempDir
    Path root;

    private final List<Path> parsed = new ArrayList<>();

    private Path file(String name, String text) throws IOException {
        return Files.writeString(root.resolve(name), text);
    }

    private Optional<List<DeviceInput>> split(Path... files) {
        DeviceInput folder = new DeviceInput(root, "site", List.of(files));
        return DeviceExports.split(folder, Path::toString, file -> {
            parsed.add(file);
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                return Set.of();
            }
            return Set.of(text.contains("NODE-A") ? "node-a" : "node-b");
        });
    }

    @Test
    void aDeviceFileBesideItsKubernetesFileIsOneDeviceAndNeitherIsParsed() throws IOException {
        Path device = file("device.yaml", EXPORT.formatted("a1", "NODE-A", "NODE-A"));
        Path kubernetes = file("kubernetes.yaml", "kubernetes:\n  routes: []\n");

        assertThat(split(device, kubernetes)).isEmpty();
        assertThat(parsed).as("the kubernetes file is no export: the device file is not parsed to find out").isEmpty();
    }

    @Test
    void exportsWhoseNodesDifferAreADeviceEachAndEachIsParsedOnce() throws IOException {
        Path first = file("site1.yaml", EXPORT.formatted("a1", "NODE-A", "NODE-A"));
        Path second = file("site2.yaml", EXPORT.formatted("b1", "NODE-B", "NODE-B"));

        Optional<List<DeviceInput>> split = split(first, second);

        assertThat(split).hasValueSatisfying(devices -> assertThat(devices).extracting(DeviceInput::path)
                .containsExactly(first, second));
        assertThat(parsed).containsExactly(first, second);
    }

    @Test
    void exportsOfTheSameNodesStayOneDevice() throws IOException {
        Path first = file("site1.yaml", EXPORT.formatted("a1", "NODE-A", "NODE-A"));
        Path second = file("site1-again.yaml", EXPORT.formatted("a1", "NODE-A", "NODE-A"));

        assertThat(split(first, second)).isEmpty();
    }
}
