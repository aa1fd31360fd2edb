package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** {@code netlint plan}: the script of a clean device, the findings of a broken one, and the round trip. */
class PlanCommandTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final RuleRegistry RULES = RuleRegistry.load();

    @TempDir
    Path temp;

    /** A run of the command line, with the samples' absolute paths shown as {@code samples}. */
    private static CliRun run(String... args) {
        CliRun run = CliRun.of(args);
        String absolute = SAMPLES.toAbsolutePath().normalize().toString();
        return new CliRun(run.code(), run.out().replace(absolute, "samples"), run.err().replace(absolute, "samples"));
    }

    @Test
    void theCleanSampleGetsItsSubnetsAndRoutesEachUnderItsSource() {
        CliRun run = run("plan", "../samples/plant-manifests-runbook");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("""
                # device samples/plant-manifests-runbook
                # samples/plant-manifests-runbook/kubernetes.yaml:6, samples/plant-manifests-runbook/kubernetes.yaml:7; run before compute is configured: the Kubernetes cluster is created with these subnets when compute is configured
                Set-HcsKubeClusterNetworkInfo -PodSubnet "10.96.0.0/16" -ServiceSubnet "10.97.0.0/16"
                # samples/plant-manifests-runbook/cluster.ps1:6
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.21.0/24" -NextHop "192.168.20.1" -RouteMetric 100
                # samples/plant-manifests-runbook/cluster.ps1:7
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.22.0/24" -NextHop "192.168.20.1" -RouteMetric 100
                # samples/plant-manifests-runbook/cluster.ps1:5
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.22.0/24" -NextHop "192.168.20.2" -RouteMetric 200
                """);
    }

    @Test
    void aDeviceWithAnErrorGetsItsFindingsAndNoCommand() {
        CliRun run = run("plan", "../samples/broken-runbook-off-link");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("samples/broken-runbook-off-link/routes.ps1:6:26: error: next hop "
                + "192.168.22.1 is not on-link.*\\[route-next-hop-not-on-link\\]");
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("Add-HcsNetRoute")
                || line.startsWith("Set-HcsKubeClusterNetworkInfo"));
        assertThat(run.err()).contains("netlint: no command printed: 1 device has an error");
    }

    @Test
    void aFleetWithOneBrokenDeviceGetsNoCommandAtAll() throws IOException {
        copy(SAMPLES.resolve("plant-manifests-runbook"), temp.resolve("fleet/a"));
        copy(SAMPLES.resolve("broken-runbook-off-link"), temp.resolve("fleet/b"));
        CliRun run = CliRun.of("plan", temp.resolve("fleet").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("Add-HcsNetRoute -").contains("[route-next-hop-not-on-link]");
    }

    @Test
    void jsonGivesTheSamePlanAsData() {
        CliRun run = run("plan", "--format", "json", "../samples/plant-manifests-runbook");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"applicable\": true")
                .contains("""
                        "cmdlet": "Set-HcsKubeClusterNetworkInfo",
                                  "parameters": {
                                    "PodSubnet": "10.96.0.0/16",
                                    "ServiceSubnet": "10.97.0.0/16"
                                  },""")
                .contains("""
                        "parameters": {
                                    "InterfaceAlias": "Port3",
                                    "DestinationPrefix": "192.168.21.0/24",
                                    "NextHop": "192.168.20.1",
                                    "RouteMetric": 100
                                  },
                                  "sources": [
                                    {
                                      "file": "samples/plant-manifests-runbook/cluster.ps1",
                                      "line": 6,
                                      "column": 1,
                                      "pointer": "/1"
                                    }
                                  ],""");
        CliRun broken = CliRun.of("plan", "--format", "json", "../samples/broken-runbook-off-link");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("\"applicable\": false").contains("\"steps\": []")
                .contains("\"rule\": \"route-next-hop-not-on-link\"");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("plan", "--format", "html", "../samples/plant-manifests-runbook");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("netlint: unknown format 'html' (text, json)");
    }

    /**
     * Every clean sample's plan, written next to the sample's other files from which the routes and
     * subnets were taken out (its runbooks left out, the kubernetes block without routes, podSubnet and
     * serviceSubnet), and read back by netlint's own runbook reader, gives the same routes and subnets,
     * and a device without a finding.
     */
    @Test
    void thePlanReadBackGivesTheSameDevice() throws IOException {
        List<Path> clean = Samples.clean().stream().map(dir -> SAMPLES.resolve(dir.getFileName().toString())).toList();
        assertThat(clean).extracting(d -> d.getFileName().toString()).contains("plant-manifests-runbook");
        for (Path sample : clean) {
            CliRun plan = CliRun.of("plan", sample.toString());
            assertThat(plan.code()).as(sample + ": " + plan.out()).isZero();
            Path copy = temp.resolve("copies").resolve(sample.getFileName());
            withoutRoutesAndSubnets(sample, copy);
            Files.writeString(copy.resolve("plan.ps1"), plan.out());

            DeviceResult original = check(sample);
            DeviceResult readBack = check(copy);
            // read back as a runbook beside a device file with compute enabled, the plan's subnet line is late
            assertThat(readBack.findings()).as(sample.toString())
                    .allSatisfy(f -> assertThat(f.rule()).isEqualTo("cluster-subnets-after-compute"));
            Kubernetes before = original.context().device().kubernetes();
            Kubernetes after = readBack.context().device().kubernetes();
            assertThat(routes(after)).as(sample.toString()).isEqualTo(routes(before));
            assertThat(after.effectivePodSubnet()).isEqualTo(before.effectivePodSubnet());
            assertThat(after.effectiveServiceSubnet()).isEqualTo(before.effectiveServiceSubnet());
            assertThat(after.routes()).allSatisfy(r -> assertThat(r.location().file()).endsWith("plan.ps1"));
        }
    }

    @Test
    void planTakesTheSelectionOptionsOfCheckTheBaselineIncluded() throws IOException {
        Path device = temp.resolve("broken");
        copy(SAMPLES.resolve("broken-runbook-off-link"), device);
        Path baseline = temp.resolve("baseline.json");
        assertThat(CliRun.of("check", "--write-baseline", baseline.toString(), device.toString()).code()).isZero();

        CliRun accepted = CliRun.of("plan", "--baseline", baseline.toString(), device.toString());
        assertThat(accepted.code()).as(accepted.out() + accepted.err()).isZero();
        assertThat(accepted.out()).contains("Add-HcsNetRoute -InterfaceAlias \"Port3\"");
        CliRun off = CliRun.of("plan", "--rule", "route-next-hop-not-on-link=warning", "--rule",
                "network-unreachable=warning", "--max-file-size", "1MiB", device.toString());
        assertThat(off.code()).as(off.err()).isZero();
    }

    @Test
    void removalsComeFirstInTheOrderTheyTakeEffectAndTheSubnetsCarryTheirTiming() throws IOException {
        Path device = temp.resolve("plant");
        copy(SAMPLES.resolve("plant-manifests-runbook"), device);
        Files.writeString(device.resolve("office.ps1"), """
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "10.50.0.0/16" -NextHop "192.168.20.1" -ea Stop
                Remove-HcsNetRoute -InterfaceAlias:"Port3" -DestinationPrefix:"10.50.0.0/16" -ea Stop
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "10.50.0.0/16" -NextHop "192.168.20.2" -ea Stop
                Remove-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.60.0.0/16
                """);
        CliRun run = CliRun.of("plan", device.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> commands = run.out().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertThat(commands.get(0)).startsWith("Set-HcsKubeClusterNetworkInfo");
        assertThat(commands.subList(1, 3)).containsExactly(
                "Remove-HcsNetRoute -InterfaceAlias \"Port3\" -DestinationPrefix \"10.50.0.0/16\"",
                "Remove-HcsNetRoute -InterfaceAlias \"Port3\" -DestinationPrefix \"10.60.0.0/16\"");
        assertThat(commands).contains("Add-HcsNetRoute -InterfaceAlias \"Port3\" -DestinationPrefix \"10.50.0.0/16\""
                + " -NextHop \"192.168.20.2\"").doesNotContain("Add-HcsNetRoute -InterfaceAlias \"Port3\""
                + " -DestinationPrefix \"10.50.0.0/16\" -NextHop \"192.168.20.1\"");
        assertThat(run.out()).contains("; run before compute is configured: the Kubernetes cluster is created with"
                + " these subnets when compute is configured\nSet-HcsKubeClusterNetworkInfo");
        assertThat(run.out()).contains("matches no route declared before it");
    }

    @Test
    void aRunbooksSubnetsOnADeviceWithComputeEnabledAreReportedAndNotWritten() throws IOException {
        Path device = temp.resolve("late");
        copy(SAMPLES.resolve("plant-manifests-runbook"), device);
        Files.writeString(device.resolve("kubernetes.yaml"), Files.readString(device.resolve("kubernetes.yaml"))
                .replace("  podSubnet: 10.96.0.0/16\n  serviceSubnet: 10.97.0.0/16\n", ""));
        Files.writeString(device.resolve("subnets.ps1"),
                "Set-HcsKubeClusterNetworkInfo -PodSubnet \"10.96.0.0/16\" -ServiceSubnet \"10.97.0.0/16\"\n");

        CliRun run = CliRun.of("plan", device.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("[cluster-subnets-after-compute]")
                .contains("#   not written: Set-HcsKubeClusterNetworkInfo -PodSubnet \"10.96.0.0/16\"")
                .contains("compute is already enabled on vSwitch1");
        assertThat(run.out().lines()).noneMatch(l -> l.startsWith("Set-HcsKubeClusterNetworkInfo"));
        CliRun check = CliRun.of("check", device.toString());
        assertThat(check.out()).contains("warning: Set-HcsKubeClusterNetworkInfo sets 10.96.0.0/16 here, but vSwitch1"
                + " is already enabled for compute");
    }

    private static DeviceResult check(Path device) throws IOException {
        DeviceFinder.PathDisplay paths = DeviceFinder.PathDisplay.current();
        Report report = new Engine(RULES, paths).keepingModels()
                .check(new DeviceFinder(paths, p -> false).find(List.of(device)), input -> DeviceSettings.DEFAULT);
        assertThat(report.devices()).hasSize(1);
        return report.devices().get(0);
    }

    /** Each route as interface, destination, next hop and metric, sorted: the order of the files is not the device. */
    private static List<String> routes(Kubernetes kubernetes) {
        List<String> routes = new ArrayList<>();
        for (KubeRoute route : kubernetes.routes()) {
            routes.add(route.alias() + " " + route.destination().toCanonicalString() + " via "
                    + route.nextHopAddress().toCanonicalString() + " metric " + route.metric());
        }
        routes.sort(null);
        return routes;
    }

    /** Copies a device's files, leaving out runbooks, and routes and subnets from its kubernetes block. */
    @SuppressWarnings("unchecked")
    private static void withoutRoutesAndSubnets(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options);
        try (var files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.matches(".*\\.(json|ya?ml)")) {
                    continue;
                }
                List<Object> documents = new ArrayList<>();
                yaml.loadAll(Files.readString(file)).forEach(documents::add);
                for (Object document : documents) {
                    if (document instanceof Map<?, ?> root && root.get("kubernetes") instanceof Map<?, ?> block) {
                        Map<String, Object> kubernetes = (Map<String, Object>) block;
                        kubernetes.remove("routes");
                        kubernetes.remove("podSubnet");
                        kubernetes.remove("serviceSubnet");
                    }
                }
                Files.writeString(to.resolve(name.replaceAll("\\.json$", ".yaml")), yaml.dumpAll(documents.iterator()));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
