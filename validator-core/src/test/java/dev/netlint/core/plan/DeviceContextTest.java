package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Device;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.Profile;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
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
        DeviceContext context = new DeviceContext(device, Profile.ASE_PRO_2);

        assertThat(context.device()).isSameAs(device);
        assertThat(context.profile()).isSameAs(Profile.ASE_PRO_2);
        AddressPlan plan = context.plan();
        assertThat(plan).isNotNull().isSameAs(context.plan());
        assertThat(plan.entries(PlanKind.ROUTE_DESTINATION)).hasSize(1);
        Forwarding forwarding = context.forwarding();
        assertThat(forwarding).isNotNull().isSameAs(context.forwarding());
    }

    @Test
    void aSharedValueIsMadeOnceAndSharedByEveryRuleThatAsks() {
        Device device = YamlDevices.load(dir, YamlDevices.device(YamlDevices.STATIC_PORT3, ""));
        DeviceContext context = new DeviceContext(device, Profile.ASE_PRO_2);
        AtomicInteger made = new AtomicInteger();

        StringBuilder first = context.shared(StringBuilder.class, c -> {
            made.incrementAndGet();
            return new StringBuilder(String.valueOf(c.plan().pools().size()));
        });
        StringBuilder again = context.shared(StringBuilder.class, c -> new StringBuilder("another"));

        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(new DeviceContext(device, Profile.ASE_PRO_2).shared(StringBuilder.class, c -> new StringBuilder()))
                .as("another device's context").isNotSameAs(first);
    }
}
