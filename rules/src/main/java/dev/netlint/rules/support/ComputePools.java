package dev.netlint.rules.support;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;

/** The Kubernetes pools where Kubernetes reads them: on the vSwitch(es) enabled for compute. */
public final class ComputePools {

    private ComputePools() {
    }

    /** The pools called {@code name} on the vSwitches enabled for compute, in file order. */
    public static List<Pool> named(Device device, String name) {
        List<Pool> pools = new ArrayList<>();
        for (VSwitch vSwitch : device.computeVSwitches()) {
            for (Pool pool : vSwitch.pools()) {
                if (pool.isNamed(name)) {
                    pools.add(pool);
                }
            }
        }
        return pools;
    }

    /** Whether a pool called {@code name} stands somewhere Kubernetes does not read it. */
    public static boolean misplaced(Device device, String name) {
        for (VSwitch vSwitch : device.vSwitches()) {
            if (!vSwitch.isCompute() && vSwitch.pools().stream().anyMatch(p -> p.isNamed(name))) {
                return true;
            }
        }
        for (VirtualNetwork network : device.virtualNetworks()) {
            if (network.pools().stream().anyMatch(p -> p.isNamed(name))) {
                return true;
            }
        }
        return false;
    }
}
