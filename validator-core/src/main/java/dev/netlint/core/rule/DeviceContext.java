package dev.netlint.core.rule;

import dev.netlint.core.model.Device;
import dev.netlint.core.plan.AddressPlan;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.util.Lazy;

/**
 * What a rule sees of one device: the model, the shared address plan and forwarding model (built
 * once per device) and the profile. What did not load is unknown in the model itself.
 */
public final class DeviceContext {

    private final Device device;
    private final Profile profile;
    private final Lazy<AddressPlan> plan;
    private final Lazy<Forwarding> forwarding;

    public DeviceContext(Device device, Profile profile) {
        this.device = device;
        this.profile = profile;
        this.plan = Lazy.of(() -> AddressPlan.of(device));
        this.forwarding = Lazy.of(() -> Forwarding.of(device, plan.get()));
    }

    public Device device() {
        return device;
    }

    public Profile profile() {
        return profile;
    }

    /** The device's address plan, built on first use (a failure there surfaces in the rule that asked). */
    public AddressPlan plan() {
        return plan.get();
    }

    /** The forwarding model of the Kubernetes VMs, built on first use. */
    public Forwarding forwarding() {
        return forwarding.get();
    }
}
