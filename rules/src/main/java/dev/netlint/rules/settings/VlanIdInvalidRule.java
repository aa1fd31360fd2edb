package dev.netlint.rules.settings;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/** A virtual network's VLAN id outside 0-4094 (0 is untagged; 4095 is reserved by IEEE 802.1Q). */
@Rule(id = "vlan-id-invalid", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "A virtual network's VLAN id is outside 0-4094")
public final class VlanIdInvalidRule implements DeviceRule {

    private static final long MAX_VLAN = 4094;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (VirtualNetwork network : context.device().virtualNetworks()) {
            Located<Long> vlan = network.vlanId();
            if (vlan != null && (vlan.value() < 0 || vlan.value() > MAX_VLAN)) {
                out.report(vlan.location(), "VLAN id " + vlan.value() + " of " + network.describe()
                        + " is outside 0-" + MAX_VLAN + (vlan.value() == MAX_VLAN + 1
                        ? " (4095 is reserved by IEEE 802.1Q)" : ""));
            }
        }
    }
}
