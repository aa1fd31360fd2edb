package dev.netlint.cli;

import dev.netlint.core.report.Reporters;
import dev.netlint.core.report.TerminalText;
import dev.netlint.core.report.TransitionReport;
import dev.netlint.core.run.CheckException;
import dev.netlint.core.run.TransitionRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netlint diff CURRENT PROPOSED}: what changes from the device that runs today to the proposed
 * one, and what the transition rules say of the change.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists what changes from CURRENT (the device as it runs today: its Get-DeviceConfiguration"
                + " export and the runbooks already applied) to PROPOSED, each a device folder or file: ports and"
                + " their addresses, vSwitches and compute, pools, routes, the pod and service subnets, services and"
                + " their addresses; then judges the change with the transition rules (netlint rules lists them).",
                "Exits 1 when a transition rule reports an error."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CURRENT", description = "the device as it runs today (folder or file)")
    Path current;

    @Parameters(index = "1", paramLabel = "PROPOSED", description = "the proposed device (folder or file)")
    Path proposed;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, junit, html, checkstyle, gitlab, github or markdown, in any case, as"
                    + " check writes them (default: text); text, json, markdown and html list the changes too, the"
                    + " others carry the transition rules' findings")
    String format = "text";

    @Mixin
    SelectionOptions selection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String chosen = Reporters.canonicalName(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format '" + format + "' (" + TransitionReport.formats() + ")"));
        PrintWriter err = spec.commandLine().getErr();
        TransitionRun.Result result;
        try {
            result = TransitionInputs.run(current, proposed, selection);
        } catch (CheckException e) {
            err.println("netlint: " + TerminalText.printable(e.getMessage()));
            return ExitCode.USAGE;
        }
        result.writeDiff(chosen, spec.commandLine().getOut());
        return result.hasError() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
