package dev.netlint.cli;

import dev.netlint.core.report.ApplyScript;
import dev.netlint.core.report.TerminalText;
import dev.netlint.core.run.CheckException;
import dev.netlint.core.run.CheckRequest;
import dev.netlint.core.run.Netlint;
import dev.netlint.core.run.Note;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netlint plan}: checks the devices, then prints the PowerShell that applies their Kubernetes
 * networking, or, when a device has an error, its findings and no command.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the devices below each PATH, then prints the PowerShell that applies their Kubernetes"
                + " networking: Set-HcsKubeClusterNetworkInfo when the pod or service subnet is not the default"
                + " (to run before compute is configured), one Remove-HcsNetRoute per runbook removal in the order"
                + " they take effect, and one Add-HcsNetRoute per route, sorted by destination (IPv4 first, lowest"
                + " address, wider prefix first), then metric, next hop and interface; each under a comment naming"
                + " its file and line. Takes the selection options of check (--config, --profile, --rule,"
                + " --baseline, --max-file-size).",
                "When a device has an error, prints the findings and no command, and exits 1."})
final class PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "device folders or files (default: the current folder)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the PowerShell script) or json (default: text)")
    String format = "text";

    @Mixin
    SelectionOptions selection;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "findings in this baseline count as suppressed: an accepted error does not stop the plan")
    Path baseline;

    @Option(names = "--from", paramLabel = "CURRENT", description = "the device as it runs today: print only the"
            + " commands that take it to PATH (Remove-HcsNetRoute, Add-HcsNetRoute, Set-HcsKubeClusterNetworkInfo),"
            + " or nothing when a transition rule forbids the change")
    Path from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String chosen = PlainFormat.of(format, spec);
        PrintWriter err = spec.commandLine().getErr();
        if (from != null) {
            return DeltaPlan.run(from, paths, selection, chosen, spec.commandLine().getOut(), err);
        }
        CheckRequest request = selection.request(paths)
                .baseline(baseline)
                .withoutReports()
                .keepingModels()
                .listener(note -> print(note, err))
                .build();
        ApplyScript.Printed printed;
        try {
            printed = Netlint.run(request).printPlan(chosen, Terminal.colour(System.getenv()), spec.commandLine().getOut());
        } catch (CheckException e) {
            err.println("netlint: " + TerminalText.printable(e.getMessage()));
            return ExitCode.USAGE;
        }
        if (!printed.applicable()) {
            err.println("netlint: " + printed.refusal());
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    /** A note on standard error, as it arises. */
    private static void print(Note note, PrintWriter err) {
        err.println("netlint: " + TerminalText.printable(note.text()));
        err.flush();
    }
}
