package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the built jar on {@code samples/} as a user would, from the repository root. */
class SamplesIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/netlint.jar");

    record Result(int code, String out, String err) {
    }

    static Result netlint(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void brokenSamplesFailWithTheirHeadlineFindings() throws Exception {
        Result result = netlint("check", "samples");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("""
                netlint: no configuration file
                netlint: profile ase-pro-gpu, from deviceInfo.model 'Azure Stack Edge Pro - 1 GPU' (1 device)
                netlint: profile ase-pro-gpu, from deviceInfo.model 'Azure Stack Edge Pro GPU' (3 devices)
                """);
        assertThat(result.out())
                .containsPattern("samples/broken-overlap/config.yaml:\\d+:\\d+: error: .*\\[pool-overlap\\]")
                .containsPattern("samples/broken-route-off-link/device.yaml:\\d+:\\d+: error: .*"
                        + "\\[route-next-hop-not-on-link\\]")
                .containsPattern("samples/broken-route-off-link/device.yaml:\\d+:\\d+: error: .*"
                        + "\\[network-unreachable\\]")
                .containsPattern("samples/broken-dhcp-compute/device.yaml:\\d+:\\d+: warning: .*\\[compute-port-dhcp\\]")
                .containsPattern("samples/broken-dhcp-compute/device.yaml:\\d+:\\d+: error: .*"
                        + "\\[route-interface-dhcp\\]")
                .containsPattern("samples/broken-teaming/device.yaml:\\d+:\\d+: error: .*\\[nic-teaming-unsupported\\]")
                .containsPattern("samples/broken-pod-cidr/device.yaml:\\d+:\\d+: error: .*\\[cluster-cidr-overlap\\]")
                .contains("samples/broken-manifest-lb-ip/shop.yaml:21:42: error: load-balancer IP 192.168.20.140 of service"
                        + " api (namespace shop) is outside KubernetesServiceIPs 192.168.20.30-192.168.20.39")
                .contains("samples/broken-runbook-off-link/routes.ps1:6:26: error: next hop 192.168.22.1 is not on-link");
        for (String line : result.out().lines().toList()) {
            if (line.matches("^samples/\\S+:\\d+:\\d+: .*")) {
                assertThat(line).as("only broken samples have findings").startsWith("samples/broken-");
            }
        }
    }

    @Test
    void cleanSamplesPassAlone() throws Exception {
        for (Path dir : Samples.clean()) {
            String name = dir.getFileName().toString();
            Result result = netlint("check", "samples/" + name);
            assertThat(result.code()).as("%s: %s", name, result.out()).isZero();
            assertThat(result.out()).isEqualTo("1 device, " + filesOf(dir) + ": 0 errors, 0 warnings, 0 infos\n");
        }
    }

    @Test
    void theCleanSampleWithManifestsAndARunbookGetsItsPlan() throws Exception {
        Result result = netlint("plan", "samples/plant-manifests-runbook");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("""
                # samples/plant-manifests-runbook/kubernetes.yaml:6, samples/plant-manifests-runbook/kubernetes.yaml:7; run before compute is configured: the Kubernetes cluster is created with these subnets when compute is configured
                Set-HcsKubeClusterNetworkInfo -PodSubnet "10.96.0.0/16" -ServiceSubnet "10.97.0.0/16"
                # samples/plant-manifests-runbook/cluster.ps1:6
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.21.0/24" -NextHop "192.168.20.1" -RouteMetric 100
                """);
    }

    @Test
    void missingPathExitsTwoWithOneLine() throws Exception {
        Result result = netlint("check", "samples/does-not-exist");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("netlint: samples/does-not-exist");
    }

    private static String filesOf(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            long n = files.filter(p -> p.toString().matches(".*\\.(json|ya?ml|ps1)$")
                    && !p.getFileName().toString().startsWith(".")).count();
            return n == 1 ? "1 file" : n + " files";
        }
    }
}
