package dev.netlint.rules.transition;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Change;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Transition;
import dev.netlint.core.rule.TransitionRule;

/**
 * The address of the management port changes: the PowerShell session or local web UI through which the
 * change is applied is connected to it, and is cut while the change is applied. A management port the
 * proposed files do not declare is unknown there, and not judged.
 */
@Rule(id = "management-address-changed", severity = Severity.WARNING, category = Category.ADDRESSING,
        summary = "The management port's address changes: the session that applies the change is cut")
public final class ManagementAddressChangedRule implements TransitionRule {

    @Override
    public void inspect(Transition transition, FindingSink out) {
        String management = transition.current().profile().managementPort();
        if (management == null) {
            return;
        }
        for (Change change : transition.changes("port")) {
            String port = change.subject().split(" ")[0];
            // a port the proposed files do not declare is unknown there, not renumbered: no finding
            if (!port.equalsIgnoreCase(management) || change.before() == null || change.after() == null) {
                continue;
            }
            String what = "changes from " + change.before() + " to " + change.after();
            out.report(change.at(), "the management port " + port + " " + what + ": a session connected to its"
                    + " current address (the device's PowerShell interface or local web UI) is cut while the change is"
                    + " applied", "apply the change from a session on the new address, or change the management"
                    + " address last, on its own");
        }
    }
}
