package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.load.LoadProblem;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Location;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rule sees of a device: the model, profile, problems, and the plan and forwarding built once. */
class DeviceContextTest {

    @TempDir
    Path dir;

    @Test
    void thePlanAndTheForwardingAreBuiltOnceAndShared() {
        Device device = YamlDevices.load(dir, YamlDevices.device(YamlDevices.STATIC_PORT3,
                "    - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 192.168.20.1 }\n"));
        List<LoadProblem> problems = new ArrayList<>(List.of(new LoadProblem(LoadProblem.UNKNOWN_KEY,
                Location.ofFile("x.yaml"), "m")));

        DeviceContext context = new DeviceContext(device, Profile.ASE_PRO_2, problems);
        problems.clear();

        assertThat(context.device()).isSameAs(device);
        assertThat(context.profile()).isSameAs(Profile.ASE_PRO_2);
        assertThat(context.loadProblems()).hasSize(1);
        AddressPlan plan = context.plan();
        assertThat(plan).isNotNull().isSameAs(context.plan());
        assertThat(plan.entries(PlanKind.ROUTE_DESTINATION)).hasSize(1);
        Forwarding forwarding = context.forwarding();
        assertThat(forwarding).isNotNull().isSameAs(context.forwarding());
    }
}
