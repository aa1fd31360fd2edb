package dev.netlint.core.testing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * A rule for the tests of the reports and configuration: reports every pool of every vSwitch by its
 * name, at its range, with the switch's name as related location. The name travels into the message
 * untouched, so hostile names test each format's escaping.
 */
@Rule(id = "test-pool-names", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "Reports every vSwitch pool by name")
public final class PoolNamesRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        for (VSwitch vSwitch : context.device().vSwitches()) {
            for (Pool pool : vSwitch.pools()) {
                if (pool.range() != null && pool.name() != null && vSwitch.name() != null) {
                    out.report(pool.range().location(), "pool " + pool.name().value(),
                            new Related(vSwitch.name().location(), "switch " + vSwitch.name().value()));
                }
            }
        }
    }
}
