package dev.netlint.rules.settings;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;

/**
 * A vSwitch MTU outside 1400-1500 on a port whose MTU the profile says can be set. The other ports keep
 * the device's own MTU whatever the file says, so their value is not judged (nor any under
 * {@code generic}, which knows no ports).
 */
@Rule(id = "mtu-out-of-range", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "A vSwitch MTU is outside 1400-1500 on a port whose MTU can be configured")
public final class MtuOutOfRangeRule implements DeviceRule {

    static final long MIN_MTU = 1400;
    static final long MAX_MTU = 1500;

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Profile profile = context.profile();
        for (VSwitch vSwitch : context.device().vSwitches()) {
            Located<Long> mtu = vSwitch.mtu();
            if (mtu == null || (mtu.value() >= MIN_MTU && mtu.value() <= MAX_MTU)) {
                continue;
            }
            String port = vSwitch.interfaceNames().stream().map(Located::value)
                    .filter(profile::isMtuConfigurable).findFirst().orElse(null);
            if (port != null) {
                out.report(mtu.location(), "MTU " + mtu.value() + " of vSwitch " + vSwitch.describe() + " on " + port
                        + " is outside " + MIN_MTU + "-" + MAX_MTU + ", the range " + profile.name()
                        + " accepts on that port");
            }
        }
    }
}
