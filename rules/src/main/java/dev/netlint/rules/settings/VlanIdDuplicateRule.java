package dev.netlint.rules.settings;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Two virtual networks on one vSwitch with the same VLAN id: the vendor asks for "a unique number in
 * 1-4094 range". VLAN id 0, what the device writes for the untagged network of a vSwitch, is not
 * compared; an id outside 0-4094 is {@code vlan-id-invalid}'s finding. A virtual network that names no
 * vSwitch is not judged. One hash map per device: linear in the number of virtual networks.
 */
@Rule(id = "vlan-id-duplicate", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "Two virtual networks on one vSwitch have the same VLAN id")
public final class VlanIdDuplicateRule implements DeviceRule {

    private static final long MAX_VLAN = 4094;

    /** Equality and hash written out: a record's go through method handles, slow under the launcher's C1. */
    private record Key(String vSwitch, long vlan) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && vlan == k.vlan && vSwitch.equals(k.vSwitch);
        }

        @Override
        public int hashCode() {
            return vSwitch.hashCode() * 31 + Long.hashCode(vlan);
        }
    }

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Map<Key, VirtualNetwork> first = new HashMap<>();
        for (VirtualNetwork network : context.device().virtualNetworks()) {
            Located<Long> vlan = network.vlanId();
            Located<String> vSwitch = network.vSwitchName();
            if (vlan == null || vSwitch == null || vlan.value() < 1 || vlan.value() > MAX_VLAN) {
                continue;
            }
            Key key = new Key(vSwitch.value().trim().toLowerCase(Locale.ROOT), vlan.value());
            VirtualNetwork earlier = first.putIfAbsent(key, network);
            if (earlier == null) {
                continue;
            }
            out.report(vlan.location(), "VLAN id " + vlan.value() + " of " + network.describe() + " is already the"
                    + " VLAN id of " + earlier.describe() + " on vSwitch " + vSwitch.value() + ": the switch cannot"
                    + " tell their frames apart", "give each virtual network of a vSwitch its own VLAN id (1-4094)",
                    new Related(earlier.vlanId().location(), "VLAN id " + vlan.value() + " of " + earlier.describe()));
        }
    }
}
