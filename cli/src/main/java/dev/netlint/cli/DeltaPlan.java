package dev.netlint.cli;

import dev.netlint.core.report.DeltaScript;
import dev.netlint.core.report.TerminalText;
import dev.netlint.core.run.CheckException;
import dev.netlint.core.run.TransitionRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code netlint plan --from CURRENT PROPOSED}: the commands that take the device from CURRENT to
 * PROPOSED ({@link DeltaScript#print}), or, when the proposed device has an error or a transition rule
 * forbids the change, the findings and no command.
 */
final class DeltaPlan {

    private DeltaPlan() {
    }

    /** @param format {@code text} (the PowerShell, or the findings) or {@code json} */
    static int run(Path current, List<Path> proposed, SelectionOptions selection, String format, PrintWriter out,
                   PrintWriter err) throws IOException {
        if (proposed.size() != 1) {
            err.println("netlint: plan --from takes one PROPOSED device folder or file, not " + proposed.size());
            return ExitCode.USAGE;
        }
        TransitionRun.Result result;
        try {
            result = TransitionInputs.run(current, proposed.get(0), selection);
        } catch (CheckException e) {
            err.println("netlint: " + TerminalText.printable(e.getMessage()));
            return ExitCode.USAGE;
        }
        if (!result.printDelta(format, out)) {
            err.println("netlint: no command printed: the proposed device or the change has an error");
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }
}
