package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file never hides the findings of the other files or devices. The engine checks a tree
 * with a broken device, a device with one broken file of two, and an unreadable folder, next to good
 * devices, and every finding of the good parts is still there.
 */
class FaultIsolationTest {

    @TempDir
    Path root;

    private void file(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void brokenFilesAndFoldersHideNothingElse() throws IOException {
        file("a-good/device.yaml", "device:\n  network:\n    interfaces:\n      - { name: Port2, isDhcpEnabled: yes }\n");
        file("b-broken/device.yaml", "device:\n  network: { interfaces: [ { name: Port2 }\n");
        file("c-half/device.json", "{\"device\": {\"network\": {\"interfaces\": [{\"name\": \"Port2\", \"nodeName\": \"A\","
                + " \"nodeName\": \"B\"}]}}}\n");
        file("c-half/kubernetes.yaml", "kubernetes:\n  routes:\n    - { interfaceAlias: Port2 \n");
        file("d-binary/device.yaml", "");
        Files.write(root.resolve("d-binary/device.yaml"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0});
        file("e-locked/x/device.yaml", "device: {}\n");
        file("f-good/kubernetes.yaml", "kubernetes:\n  services:\n    - { type: LoadBalancer }\n");
        Path locked = root.resolve("e-locked");
        DeviceFinder.PathDisplay paths = new DeviceFinder.PathDisplay(root);
        List<DeviceInput> inputs = new DeviceFinder(paths, p -> false, dir -> {
            if (dir.equals(locked)) {
                throw new AccessDeniedException(dir.toString());
            }
            return Files.list(dir);
        }).find(List.of(root));

        Report report = new Engine(RuleRegistry.load(), paths).check(inputs, input -> DeviceSettings.DEFAULT);

        assertThat(report.devices()).extracting(DeviceResult::path)
                .containsExactly("a-good", "b-broken", "c-half", "d-binary", "e-locked", "f-good");
        assertThat(findings(report, 0)).containsExactly(tuple("invalid-value", "a-good/device.yaml", 4));
        assertThat(findings(report, 1)).containsExactly(tuple("parse-error", "b-broken/device.yaml", 2));
        assertThat(findings(report, 2)).containsExactly(tuple("duplicate-key", "c-half/device.json", 1),
                tuple("parse-error", "c-half/kubernetes.yaml", 3));
        assertThat(findings(report, 3)).containsExactly(tuple("parse-error", "d-binary/device.yaml", 1));
        assertThat(findings(report, 4)).containsExactly(tuple("parse-error", "e-locked", 1));
        assertThat(findings(report, 5)).containsExactly(tuple("missing-value", "f-good/kubernetes.yaml", 3));
        assertThat(report.summary().errors()).isEqualTo(7);
    }

    private static List<org.assertj.core.groups.Tuple> findings(Report report, int device) {
        return report.devices().get(device).findings().stream()
                .map((Finding f) -> tuple(f.rule(), f.location().file(), f.location().line()))
                .toList();
    }
}
