package dev.netlint.core.rule;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.plan.AddressPlan;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.plan.Lazy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a rule sees of one device: the model, the shared address plan and forwarding model (built
 * once per device) and the profile. What did not load is unknown in the model itself.
 */
public final class DeviceContext {

    private final Device device;
    private final Profile profile;
    private final Lazy<AddressPlan> plan;
    private final Lazy<Forwarding> forwarding;
    private final Lazy<Nodes> nodes;
    /** What rules share beyond the plan and the forwarding model, one value per key (see {@link #shared}). */
    private final Map<Class<?>, Lazy<?>> shared = new ConcurrentHashMap<>();

    public DeviceContext(Device device, Profile profile) {
        this.device = device;
        this.profile = profile;
        this.plan = Lazy.of(() -> AddressPlan.of(device));
        this.forwarding = Lazy.of(() -> Forwarding.of(device, plan.get()));
        this.nodes = Lazy.of(() -> Nodes.of(device));
    }

    public Device device() {
        return device;
    }

    public Profile profile() {
        return profile;
    }

    /** The device's nodes, read once for every rule that names a port's node. */
    public Nodes nodes() {
        return nodes.get();
    }

    /** The device's address plan, built on first use (a failure there surfaces in the rule that asked). */
    public AddressPlan plan() {
        return plan.get();
    }

    /** The forwarding model of the Kubernetes VMs, built on first use. */
    public Forwarding forwarding() {
        return forwarding.get();
    }

    /**
     * A value of {@code type} that several rules share on this device, made by {@code maker} on the first
     * question (by whichever rule asks first; rules running at the same time wait for it), then the same
     * for every rule: e.g. the free places offered to the pools that must move, so that two rules never
     * offer one place to two pools. {@code maker} gets this context and may ask it for other values.
     */
    public <T> T shared(Class<T> type, Function<DeviceContext, ? extends T> maker) {
        Lazy<?> value = shared.computeIfAbsent(type, t -> Lazy.of(() -> maker.apply(this)));
        return type.cast(value.get());
    }
}
