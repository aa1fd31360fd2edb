package dev.netlint.core.report;

import static dev.netlint.core.testing.TestDevices.write;

import dev.netlint.core.result.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Devices shared by the reporter tests. */
final class ReportsFixture {

    /** A pool name with a quote, markup, an ampersand, a line break and an ANSI colour escape. */
    static final String HOSTILE_YAML = "\"evil\\\"<&>\\n\\e[31mred\"";
    static final String HOSTILE = "evil\"<&>\n\u001b[31mred";

    private ReportsFixture() {
    }

    /**
     * {@code clean/device.yaml} with no finding; {@code broken/device.yaml} with three pools: A counts, B
     * is suppressed by a comment, the hostile one counts.
     */
    static Path tree(Path root) {
        write(root, "clean/device.yaml", "device:\n  network:\n    vSwitches: []\n");
        write(root, "broken/device.yaml", """
                # a broken device
                device:
                  network:
                    vSwitches:
                      - name: vSwitch1
                        interfaceName: Port3
                        ipAddressPools:
                          - { name: A, ipAddressRange: 10.0.0.1-10.0.0.2 }
                          - { name: B, ipAddressRange: 10.0.0.3-10.0.0.4 }  # netlint-disable-line test-pool-names -- B is retired
                          - { name: %s, ipAddressRange: 10.0.0.5-10.0.0.6 }
                """.formatted(HOSTILE_YAML));
        return root;
    }

    static String render(Reporter reporter, Report report) {
        try {
            StringWriter out = new StringWriter();
            reporter.write(report, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
