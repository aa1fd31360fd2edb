package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.testing.CleanDevice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code netlint plan --from CURRENT PROPOSED}: only the delta, and the round trip. Each side is a device
 * folder whose routes and subnets are a runbook; applying the delta is appending its commands to
 * CURRENT's runbook, which netlint's runbook reader applies in order (a {@code Remove-HcsNetRoute}
 * removes the routes the runbook added before). The result must have the routes and subnets of
 * PROPOSED: {@code netlint diff APPLIED PROPOSED} lists no route and no cluster change.
 */
class DeltaPlanTest {

    /** The clean base device without its kubernetes part: the routes and subnets are the runbook's. */
    private static final String DEVICE = CleanDevice.DEVICE;

    @TempDir
    Path temp;

    private Path folder(String name, boolean compute, String runbook) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve("device.yaml"), CleanDevice.replaceOnce(DEVICE, "enabledForCompute: true", "enabledForCompute: " + compute));
        Files.writeString(dir.resolve("runbook.ps1"), runbook);
        return dir;
    }

    /** Up to six routes on Port3, at most one per destination and next hop, metrics tied or not or absent. */
    private static String routes(Random random) {
        StringBuilder script = new StringBuilder();
        Set<String> written = new LinkedHashSet<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            String destination = "10.8" + random.nextInt(4) + ".0.0/16";
            String hop = "192.168.20." + (1 + random.nextInt(3));
            if (!written.add(destination + " " + hop)) {
                continue;
            }
            int m = random.nextInt(4);
            script.append("Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix ").append(destination)
                    .append(" -NextHop ").append(hop).append(m == 0 ? "" : " -RouteMetric " + (m * 100)).append('\n');
        }
        return script.toString();
    }

    private static String subnets(Random random) {
        return random.nextBoolean() ? "" : "Set-HcsKubeClusterNetworkInfo -PodSubnet 10.9" + random.nextInt(3)
                + ".0.0/16 -ServiceSubnet 10.99.0.0/16\n";
    }

    @Test
    void applyingTheDeltaToCurrentGivesProposed() throws IOException {
        Random random = new Random(27);
        int withCommands = 0;
        for (int n = 0; n < 40; n++) {
            // compute not yet configured on CURRENT in every other case: then the subnets may change too
            boolean computeBefore = n % 2 == 0;
            String current = (computeBefore ? "" : subnets(random)) + routes(random);
            String proposed = (computeBefore ? "" : subnets(random)) + routes(random);
            Path currentDir = folder("current" + n, computeBefore, current);
            Path proposedDir = folder("proposed" + n, true, proposed);
            CliRun plan = CliRun.of("plan", "--from", currentDir.toString(), proposedDir.toString());
            assertThat(plan.code()).as("case %d:\n%s\n%s", n, plan.out(), plan.err()).isZero();
            List<String> commands = new ArrayList<>();
            for (String line : plan.out().split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    commands.add(line);
                }
            }
            if (!commands.isEmpty()) {
                withCommands++;
            }
            Path applied = folder("applied" + n, true, current + String.join("\n", commands) + "\n");
            CliRun diff = CliRun.of("diff", "--format", "json", applied.toString(), proposedDir.toString());
            assertThat(diff.code()).as(diff.err()).isZero();
            assertThat(diff.out()).as("case %d: CURRENT\n%s\nPROPOSED\n%s\nDELTA\n%s", n, current, proposed, plan.out())
                    .doesNotContain("\"area\": \"route\"").doesNotContain("\"area\": \"cluster\"");
            for (String command : commands) {
                assertThat(command).startsWith(command.startsWith("Remove") ? "Remove-HcsNetRoute -InterfaceAlias"
                        : command.startsWith("Set") ? "Set-HcsKubeClusterNetworkInfo" : "Add-HcsNetRoute");
            }
        }
        assertThat(withCommands).as("cases with a delta to apply").isGreaterThan(20);
    }

    @Test
    void anUnchangedDeviceNeedsNothingAndOnlyTheChangedDestinationIsRewritten() throws IOException {
        String routes = """
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.80.0.0/16 -NextHop 192.168.20.1 -RouteMetric 100
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.81.0.0/16 -NextHop 192.168.20.1 -RouteMetric 100
                """;
        Path current = folder("current", true, routes);
        CliRun same = CliRun.of("plan", "--from", current.toString(), folder("same", true, routes).toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("# nothing to apply").doesNotContain("Add-HcsNetRoute -");

        Path proposed = folder("proposed", true, routes.replace("10.81.0.0/16 -NextHop 192.168.20.1",
                "10.81.0.0/16 -NextHop 192.168.20.2"));
        CliRun delta = CliRun.of("plan", "--from", current.toString(), proposed.toString());
        assertThat(delta.code()).as(delta.err()).isZero();
        assertThat(delta.out().lines().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                "Remove-HcsNetRoute -InterfaceAlias \"Port3\" -DestinationPrefix \"10.81.0.0/16\"",
                "Add-HcsNetRoute -InterfaceAlias \"Port3\" -DestinationPrefix \"10.81.0.0/16\" -NextHop \"192.168.20.2\""
                        + " -RouteMetric 100");
    }

    @Test
    void aForbiddenTransitionPrintsItsFindingsAndNoCommand() throws IOException {
        Path current = folder("current", true, "");
        Path proposed = folder("proposed", true,
                "Set-HcsKubeClusterNetworkInfo -PodSubnet 10.90.0.0/16 -ServiceSubnet 10.99.0.0/16\n");
        CliRun run = CliRun.of("plan", "--from", current.toString(), proposed.toString());
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("[cluster-subnet-changed]").doesNotContain("Set-HcsKubeClusterNetworkInfo -");
        assertThat(run.err()).contains("no command printed");
    }

    @Test
    void aTransitionRuleSetBelowErrorNoLongerStopsThePlan() throws IOException {
        Path current = folder("current", true, "");
        Path proposed = folder("proposed", true,
                "Set-HcsKubeClusterNetworkInfo -PodSubnet 10.90.0.0/16 -ServiceSubnet 10.99.0.0/16\n");
        CliRun run = CliRun.of("plan", "--rule", "cluster-subnet-changed=warning", "--from", current.toString(),
                proposed.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Set-HcsKubeClusterNetworkInfo -PodSubnet \"10.90.0.0/16\"");
    }

    @Test
    void theJsonPlanHoldsTheSameCommandsAsTheScriptWithTheChangesAndFindings() throws IOException {
        Path current = folder("current", false, """
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.80.0.0/16 -NextHop 192.168.20.1 -RouteMetric 100
                """);
        Path proposed = folder("proposed", true, """
                Set-HcsKubeClusterNetworkInfo -PodSubnet 10.90.0.0/16 -ServiceSubnet 10.99.0.0/16
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.80.0.0/16 -NextHop 192.168.20.2 -RouteMetric 100
                """);
        CliRun script = CliRun.of("plan", "--from", current.toString(), proposed.toString());
        CliRun json = CliRun.of("plan", "--from", current.toString(), proposed.toString(), "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        Map<String, Object> plan = Devices.mapOf(parse(json.out()));
        assertThat(plan).containsEntry("applicable", true).containsEntry("current", current.toString())
                .containsEntry("proposed", proposed.toString());
        List<Map<String, Object>> steps = Devices.listOf(plan.get("steps"));
        assertThat(steps).extracting(step -> step.get("command"))
                .containsExactlyElementsOf(script.out().lines().filter(l -> !l.startsWith("#")).toList());
        assertThat(steps).extracting(step -> step.get("cmdlet")).containsExactly("Set-HcsKubeClusterNetworkInfo",
                "Remove-HcsNetRoute", "Add-HcsNetRoute");
        assertThat(Devices.<String, Object>mapOf(steps.get(2).get("parameters"))).containsEntry("NextHop", "192.168.20.2")
                .containsEntry("RouteMetric", 100);
        List<Map<String, Object>> changes = Devices.listOf(plan.get("changes"));
        assertThat(changes).extracting(c -> c.get("area") + " " + c.get("subject") + " " + c.get("kind"))
                .contains("route Port3 10.80.0.0/16 changed", "cluster pod subnet changed");
        assertThat(Devices.<Map<String, Object>>listOf(plan.get("findings"))).isEmpty();

        // the same change once compute runs: refused, no step, the finding that says why
        Path running = folder("running", true, Files.readString(current.resolve("runbook.ps1")));
        CliRun refused = CliRun.of("plan", "--from", running.toString(), proposed.toString(), "--format", "JSON");
        assertThat(refused.code()).isEqualTo(Main.FINDINGS);
        Map<String, Object> none = Devices.mapOf(parse(refused.out()));
        assertThat(none).containsEntry("applicable", false);
        assertThat(Devices.<Object>listOf(none.get("steps"))).isEmpty();
        assertThat(Devices.<Map<String, Object>>listOf(none.get("findings"))).anySatisfy(f -> assertThat(f)
                .containsEntry("rule", "cluster-subnet-changed").containsEntry("severity", "error")
                .containsKeys("message", "fix", "file", "line", "column"));
    }

    private static Object parse(String json) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }
}
