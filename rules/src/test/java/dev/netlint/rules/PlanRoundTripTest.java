package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.RouteRemoval;
import dev.netlint.core.report.ApplyScript;
import dev.netlint.core.result.DeviceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan of every fixture with a runbook, read back by netlint's own runbook reader, gives the same
 * routes, subnets and removals as the device it was written for: what {@code netlint plan} prints is what
 * netlint checked. The plan of a device with an error is not printed, but its steps are the same.
 */
class PlanRoundTripTest {

    @TempDir
    Path temp;

    private static List<Fixtures.Case> runbookCases() {
        return Fixtures.all().stream()
                .filter(c -> c.files().stream().anyMatch(f -> f.getFileName().toString().endsWith(".ps1")))
                .toList();
    }

    @Test
    void thereAreRunbookFixturesWithRemovalsAmongThem() {
        assertThat(runbookCases()).hasSizeGreaterThan(20);
        assertThat(runbookCases()).anySatisfy(c -> assertThat(c.runKeepingModel().context().device().kubernetes()
                .removals()).isNotEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyRunbookFixturesPlanReadsBackToTheSameRoutesSubnetsAndRemovals() {
        return runbookCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            DeviceResult checked = c.runKeepingModel();
            Kubernetes planned = checked.context().device().kubernetes();
            ApplyScript.DevicePlan plan = ApplyScript.of(checked);
            String script = plan.steps().stream().map(ApplyScript.Step::command)
                    .collect(Collectors.joining("\n", "", "\n"));
            Kubernetes read = readBack(c.name().replace('/', '-'), script);

            assertThat(routes(read)).as("%s:%n%s", c.name(), script).isEqualTo(routes(planned));
            assertThat(removals(read)).as("%s:%n%s", c.name(), script).isEqualTo(removals(planned));
            boolean written = plan.steps().stream().anyMatch(s -> s.cmdlet().equals(ApplyScript.SET_SUBNETS));
            if (written) {
                assertThat(read.effectivePodSubnet()).as(c.name()).isEqualTo(planned.effectivePodSubnet());
                assertThat(read.effectiveServiceSubnet()).as(c.name()).isEqualTo(planned.effectiveServiceSubnet());
            } else {
                // not written: the defaults, or withheld (unknown, or too late) with the reason in the plan
                assertThat(read.podSubnet()).isNull();
                boolean defaults = !planned.unknown(Kubernetes.POD_SUBNET) && !planned.unknown(Kubernetes.SERVICE_SUBNET)
                        && planned.effectivePodSubnet().equals(Kubernetes.DEFAULT_POD_SUBNET)
                        && planned.effectiveServiceSubnet().equals(Kubernetes.DEFAULT_SERVICE_SUBNET);
                assertThat(defaults || plan.withheld().stream().anyMatch(w -> w.startsWith(ApplyScript.SET_SUBNETS)))
                        .as("%s: subnets neither written nor withheld with a reason", c.name()).isTrue();
            }
            assertThat(plan.withheld().stream().filter(w -> w.startsWith("the route change")).count())
                    .as(c.name()).isEqualTo(planned.unreadRoutes().size());
        }));
    }

    private Kubernetes readBack(String name, String script) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Path file = Files.writeString(dir.resolve("plan.ps1"), script);
        DeviceLoader loader = new DeviceLoader(LoadLimits.DEFAULT, Path::toString);
        return loader.load(new DeviceInput(dir, name, List.of(file))).device().kubernetes();
    }

    /**
     * The complete routes as facts, sorted (the plan sorts them; the files need not). A route without an
     * interface, destination or next hop is an error of the loader, and no plan is printed for its device.
     */
    private static List<String> routes(Kubernetes kubernetes) {
        return kubernetes.routes().stream()
                .filter(r -> r.alias() != null && r.destination() != null && r.nextHopAddress() != null)
                .map(r -> r.describe() + (r.routeMetric() == null || r.metric() == null ? "" : " metric " + r.metric()))
                .sorted().toList();
    }

    /** The removals in the order they take effect. */
    private static List<String> removals(Kubernetes kubernetes) {
        return kubernetes.removals().stream().map(RouteRemoval::describe).toList();
    }
}
