package dev.netlint.core.rule;

import dev.netlint.core.model.Device;
import dev.netlint.core.plan.AddressPlan;
import dev.netlint.core.plan.Forwarding;

/**
 * What a rule sees of one device: the model, the shared address plan and forwarding model (built
 * once per device) and the profile. What did not load is unknown in the model itself.
 */
public final class DeviceContext {

    private final Device device;
    private final Profile profile;
    private volatile AddressPlan plan;
    private volatile Forwarding forwarding;

    public DeviceContext(Device device, Profile profile) {
        this.device = device;
        this.profile = profile;
    }

    public Device device() {
        return device;
    }

    public Profile profile() {
        return profile;
    }


    /** The device's address plan, built on first use (a failure there surfaces in the rule that asked). */
    public AddressPlan plan() {
        AddressPlan result = plan;
        if (result == null) {
            synchronized (this) {
                result = plan;
                if (result == null) {
                    result = AddressPlan.of(device);
                    plan = result;
                }
            }
        }
        return result;
    }

    /** The forwarding model of the Kubernetes VMs (SPEC §2.3), built on first use. */
    public Forwarding forwarding() {
        Forwarding result = forwarding;
        if (result == null) {
            synchronized (this) {
                result = forwarding;
                if (result == null) {
                    result = Forwarding.of(device, plan());
                    forwarding = result;
                }
            }
        }
        return result;
    }
}
