package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixtures written in the shapes of the vendor's zero-touch provisioning packages (the
 * {@code ZTP/TestConfig.json} versions and the two-node sample of the Azure-Samples
 * azure-stack-edge-deploy-vms repository): Windows PowerShell's {@code ConvertTo-Json} layout, UTF-16 LE
 * with a byte-order mark, CRLF. The vendor's own packages must pass the gate: no error in any of them.
 */
class VendorShapesTest {

    private static List<Fixtures.Case> vendorShapes() {
        return Fixtures.all().stream().filter(c -> c.path().getFileName().toString().contains("-ztp-")).toList();
    }

    @Test
    void everyVersionOfTheVendorPackageHasAFixture() {
        assertThat(vendorShapes()).extracting(Fixtures.Case::name).contains(
                "compute-port-dhcp/fires-ztp-first-package",
                "pool-contains-reserved-ip/quiet-ztp-package-device-made-networks",
                "vswitch-port-conflict/quiet-ztp-package-ports-one-to-four",
                "nic-teaming-unsupported/quiet-ztp-two-node-sample",
                "compute-port-dhcp/fires-ztp-two-node-compute-and-management");
    }

    @TestFactory
    Stream<DynamicTest> eachVendorShapeIsWrittenAsPowerShellWritesIt() {
        return vendorShapes().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            for (Path file : c.files()) {
                if (!file.getFileName().toString().endsWith(".json")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                assertThat(bytes[0]).as("UTF-16 LE byte-order mark").isEqualTo((byte) 0xFF);
                assertThat(bytes[1]).isEqualTo((byte) 0xFE);
                String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
                assertThat(text).contains("\r\n").doesNotContainPattern("[^\r]\n").contains("\"device\":  {");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> noVendorShapeHasAnError() throws IOException {
        return vendorShapes().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<Finding> errors = c.run().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as("errors on %s", c.name()).isEmpty();
        }));
    }
}
