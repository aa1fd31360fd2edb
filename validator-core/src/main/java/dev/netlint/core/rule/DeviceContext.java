package dev.netlint.core.rule;

import dev.netlint.core.load.LoadProblem;
import dev.netlint.core.model.Device;
import dev.netlint.core.plan.AddressPlan;
import dev.netlint.core.plan.Forwarding;
import java.util.List;

/**
 * What a rule sees of one device: the model, the shared address plan and forwarding model (built
 * once per device), the profile and what the loader found wrong.
 */
public final class DeviceContext {

    private final Device device;
    private final Profile profile;
    private final List<LoadProblem> loadProblems;
    private volatile AddressPlan plan;
    private volatile Forwarding forwarding;

    public DeviceContext(Device device, Profile profile, List<LoadProblem> loadProblems) {
        this.device = device;
        this.profile = profile;
        this.loadProblems = List.copyOf(loadProblems);
    }

    public Device device() {
        return device;
    }

    public Profile profile() {
        return profile;
    }

    public List<LoadProblem> loadProblems() {
        return loadProblems;
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
