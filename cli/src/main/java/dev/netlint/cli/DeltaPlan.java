package dev.netlint.cli;

import dev.netlint.core.check.CheckException;
import dev.netlint.core.check.TransitionCheckRun;
import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.report.ApplyScript;
import dev.netlint.core.report.DeltaScript;
import dev.netlint.core.report.Text;
import dev.netlint.core.report.TransitionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code netlint plan --from CURRENT PROPOSED}: the commands that take the device from CURRENT to
 * PROPOSED ({@link DeltaScript}), or, when the proposed device has an error or a transition rule forbids
 * the change, the findings and no command.
 */
final class DeltaPlan {

    private DeltaPlan() {
    }

    /** @param format {@code text} (the PowerShell, or the findings) or {@code json} */
    static int run(Path current, List<Path> proposed, Path config, String profile, Map<String, String> ruleLevels,
                   String format, PrintWriter out, PrintWriter err) throws IOException {
        if (proposed.size() != 1) {
            err.println("netlint: plan --from takes one PROPOSED device folder or file, not " + proposed.size());
            return ExitCode.USAGE;
        }
        TransitionCheckRun.Result result;
        try {
            result = TransitionInputs.run(current, proposed.get(0), config, profile, ruleLevels);
        } catch (CheckException e) {
            err.println("netlint: " + Text.printable(e.getMessage()));
            return ExitCode.USAGE;
        }
        DeviceResult before = result.current();
        DeviceResult after = result.proposed();
        List<Finding> findings = new ArrayList<>(ApplyScript.blocking(after));
        findings.addAll(result.findings());
        if (format.equals("json")) {
            DeltaScript.writeJson(before.path(), after.path(), result.changes(), DeltaScript.steps(result.transition()),
                    findings, out);
            out.flush();
            if (DeltaScript.applicable(findings)) {
                return ExitCode.OK;
            }
            err.println("netlint: no command in the plan: the proposed device or the change has an error");
            return ExitCode.FINDINGS;
        }
        if (!DeltaScript.applicable(findings)) {
            TransitionReport.writeText(before.path(), after.path(), result.changes(), findings, out);
            out.flush();
            err.println("netlint: no command printed: the proposed device or the change has an error");
            return ExitCode.FINDINGS;
        }
        DeltaScript.writePowerShell(before.path(), after.path(), DeltaScript.steps(result.transition()), out);
        out.flush();
        return ExitCode.OK;
    }
}
