package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * A runbook's {@code Set-HcsKubeClusterNetworkInfo} on a device whose files show compute already enabled:
 * the Kubernetes cluster was created with its subnets when compute was configured. One finding per
 * command, at its first subnet; the plan leaves the line out.
 */
@Rule(id = "cluster-subnets-after-compute", severity = Severity.WARNING, category = Category.POOLS,
        summary = "A runbook changes the pod or service subnet after compute is enabled")
public final class ClusterSubnetsAfterComputeRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        List<Located<IPAddress>> late = context.device().subnetsSetAfterCompute();
        if (late.isEmpty()) {
            return;
        }
        VSwitch compute = context.device().computeVSwitches().get(0);
        Location flag = compute.enabledForCompute().location();
        String reported = null;
        for (Located<IPAddress> subnet : late) {
            Location at = subnet.location();
            // the pod and service subnets of one command: one finding
            String command = at.file() + command(at.pointer());
            if (command.equals(reported)) {
                continue;
            }
            reported = command;
            out.report(at, "Set-HcsKubeClusterNetworkInfo sets " + subnet.value().toCanonicalString() + " here, but "
                    + compute.describe() + " is already enabled for compute (" + flag.file() + ":" + flag.line()
                    + "): the Kubernetes cluster and its pod and service subnets are created when compute is"
                    + " configured, and the subnets are changed before that; netlint plan leaves this line out",
                    "run it before compute is configured (on a device whose compute is not enabled yet), or keep"
                            + " the subnets the cluster was created with",
                    new Related(flag, "compute is enabled on " + compute.describe()));
        }
    }

    /** {@code /3} of {@code /3/PodSubnet}: the command's index in its runbook. */
    private static String command(String pointer) {
        int slash = pointer == null ? -1 : pointer.indexOf('/', 1);
        return slash < 0 ? String.valueOf(pointer) : pointer.substring(0, slash);
    }
}
