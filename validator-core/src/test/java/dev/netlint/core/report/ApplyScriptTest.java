package dev.netlint.core.report;

import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.result.Report;
import dev.netlint.core.testing.TestDevices;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyScriptTest {

    @TempDir
    Path root;

    private static final String PORTS = """
            device:
              network:
                interfaces:
                  - name: Port3
                    isDhcpEnabled: false
                    iPv4: { address: 192.168.20.10, subnetMask: 255.255.255.0 }
                vSwitches:
                  - { name: vSwitch1, interfaceName: Port3, enabledForCompute: true }
            """;

    private static Report check(Path dir, boolean keep) throws IOException {
        DeviceFinder.PathDisplay paths = new DeviceFinder.PathDisplay(dir.toAbsolutePath().normalize());
        List<DeviceInput> inputs = new DeviceFinder(paths, p -> false).find(List.of(dir));
        Engine engine = new Engine(TestDevices.RULES, paths);
        return (keep ? engine.keepingModels() : engine).check(inputs, input -> DeviceSettings.DEFAULT);
    }

    private static String script(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ApplyScript.writePowerShell(report, out);
        return out.toString();
    }

    @Test
    void subnetsWhenTheyDifferFromTheDefaultsThenRoutesByDestinationMetricAndNextHop() throws IOException {
        write(root, "d/device.yaml", PORTS + """
                kubernetes:
                  serviceSubnet: 10.97.0.0/16
                  routes:
                    - { interfaceAlias: Port3, destinationPrefix: 2001:db8:1::/48, nextHop: fe80::1 }
                    - { interfaceAlias: Port3, destinationPrefix: 192.168.22.0/24, nextHop: 192.168.20.2, routeMetric: 200 }
                    - { interfaceAlias: Port3, destinationPrefix: 192.168.22.0/24, nextHop: 192.168.20.3, routeMetric: 100 }
                    - { interfaceAlias: Port3, destinationPrefix: 10.0.0.0/8, nextHop: 192.168.20.1, routeMetric: 100 }
                    - { interfaceAlias: Port3, destinationPrefix: 192.168.22.0/24, nextHop: 192.168.20.1, routeMetric: 100 }
                    - { interfaceAlias: Port3, destinationPrefix: 192.168.22.128/25, nextHop: 192.168.20.1, routeMetric: 1 }
                    - { interfaceAlias: Port3, destinationPrefix: 192.168.0.0/16, nextHop: 192.168.20.1, routeMetric: 1 }
                """);
        String text = script(check(root, true));
        assertThat(text).isEqualTo("""
                # netlint 0.1.0 plan: the Kubernetes networking of 1 device checked with no error.
                # Run in the device's PowerShell interface, the commands in the order written.
                # Removals come first, in the order they take effect; routes are sorted by destination (IPv4 first, lowest address, wider prefix first), then metric, next hop and interface.

                # device d
                # d/device.yaml:10; run before compute is configured: the Kubernetes cluster is created with these subnets when compute is configured
                Set-HcsKubeClusterNetworkInfo -PodSubnet "172.27.0.0/16" -ServiceSubnet "10.97.0.0/16"
                # d/device.yaml:15
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "10.0.0.0/8" -NextHop "192.168.20.1" -RouteMetric 100
                # d/device.yaml:18
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.0.0/16" -NextHop "192.168.20.1" -RouteMetric 1
                # d/device.yaml:16
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.22.0/24" -NextHop "192.168.20.1" -RouteMetric 100
                # d/device.yaml:14
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.22.0/24" -NextHop "192.168.20.3" -RouteMetric 100
                # d/device.yaml:13
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.22.0/24" -NextHop "192.168.20.2" -RouteMetric 200
                # d/device.yaml:17
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.22.128/25" -NextHop "192.168.20.1" -RouteMetric 1
                # d/device.yaml:12
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "2001:db8:1::/48" -NextHop "fe80::1"
                """);
    }

    @Test
    void planPrintsTheScriptOrTheFindingsOrTheData() throws IOException {
        write(root, "clean/device.yaml", PORTS);
        write(root, "a/device.yaml", TestDevices.pools("A"));
        write(root, "b/device.yaml", TestDevices.pools("B"));

        StringWriter script = new StringWriter();
        ApplyScript.Printed clean = ApplyScript.print(check(root.resolve("clean"), true), "text", false, script);
        assertThat(clean.applicable()).isTrue();
        assertThat(clean.refusal()).isNull();
        assertThat(script.toString()).startsWith("# netlint ").contains("# device .\n");

        Report blocked = check(root, true);
        StringWriter findings = new StringWriter();
        ApplyScript.Printed refused = ApplyScript.print(blocked, "text", false, findings);
        assertThat(refused.applicable()).isFalse();
        assertThat(refused.refusal())
                .isEqualTo("no command printed: 2 devices have an error; a plan is written only for devices without one");
        assertThat(findings.toString()).isEqualTo(ReportsFixture.render(new TextReporter(false), blocked));

        StringWriter data = new StringWriter();
        assertThat(ApplyScript.print(blocked, "json", false, data).blockedDevices()).isEqualTo(2);
        assertThat(data.toString()).contains("\"applicable\": false");
    }

    @Test
    void theDefaultSubnetsAndNoRouteLeaveNothingToApply() throws IOException {
        write(root, "d/device.yaml", PORTS + "kubernetes:\n  podSubnet: 172.27.0.0/16\n");
        assertThat(script(check(root, true))).endsWith("# device d\n"
                + "# nothing to apply: the default pod and service subnets, and no route\n");
    }

    @Test
    void anyValueComesBackFromTheRunbookReaderAsWritten() throws IOException {
        List<String> aliases = List.of("Port3", "Port 3", "it's", "a\"quote", "\u201Ccurly\u201D \u201Elow",
                "$env:USERNAME", "$(Remove-Item C:\\ -Recurse)", "back`tick", "tab\there", "line\nbreak\r\nCRLF",
                "nul\0byte", "\u202Eright-to-left", "\"; Remove-Item C:\\ -Recurse; \"");
        for (int i = 0; i < aliases.size(); i++) {
            ApplyScript.Step step = new ApplyScript.Step(ApplyScript.ADD_ROUTE, List.of(
                    new ApplyScript.Parameter("InterfaceAlias", aliases.get(i), false),
                    new ApplyScript.Parameter("DestinationPrefix", "10.0.0.0/8", false),
                    new ApplyScript.Parameter("NextHop", "192.168.20.1", false),
                    new ApplyScript.Parameter("RouteMetric", "5", true)), List.of());
            write(root, String.format("r%02d/runbook.ps1", i), "# a comment\n" + step.command() + "\n");
        }
        Report report = check(root, true);
        for (int i = 0; i < aliases.size(); i++) {
            List<KubeRoute> routes = report.devices().get(i).context().device().kubernetes().routes();
            // a runbook alone: only the note that the device's ports and vSwitches are not declared
            assertThat(report.devices().get(i).findings()).as(aliases.get(i)).extracting(f -> f.rule())
                    .containsExactly("missing-value");
            assertThat(routes).as(aliases.get(i)).hasSize(1);
            assertThat(routes.get(0).alias()).isEqualTo(aliases.get(i));
            assertThat(routes.get(0).metric()).isEqualTo(5L);
        }
    }

    @Test
    void aCommentNeverEndsItsLine() {
        assertThat(ApplyScript.comment("site\nAdd-HcsNetRoute -InterfaceAlias Port1\r\u2028x"))
                .isEqualTo("site\\x0aAdd-HcsNetRoute -InterfaceAlias Port1\\x0d\\u2028x");
    }

    @Test
    void aDeviceCheckedWithoutItsModelHasNoPlan() throws IOException {
        write(root, "d/device.yaml", PORTS);
        Report report = check(root, false);
        assertThatThrownBy(() -> ApplyScript.of(report.devices().get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without keeping its model");
    }
}
