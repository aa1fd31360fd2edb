package dev.netlint.cli;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.report.TerminalText;
import dev.netlint.core.run.CheckException;
import dev.netlint.core.run.CheckRequest;
import dev.netlint.core.run.Netlint;
import dev.netlint.core.run.Note;
import dev.netlint.core.run.Outcome;
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
 * {@code netlint check}: maps its options onto a {@link CheckRequest}, prints the notes on standard
 * error, and maps the {@link Outcome} to an exit code. Everything else is the core's.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks the devices below each PATH (default: the current folder).",
        exitCodeListHeading = ExitCode.HEADING, exitCodeList = {ExitCode.LIST_OK, ExitCode.LIST_FINDINGS, ExitCode.LIST_USAGE})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "device folders, trees of them, or files")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, junit, html, checkstyle, gitlab, github or markdown, in any case;"
                    + " repeat with --output for several reports (default: text)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "[FORMAT:]FILE",
            description = "where the report of the matching --format goes (- for standard output); FORMAT:FILE"
                    + " adds a report of that format, e.g. sarif:netlint.sarif. A file whose extension names"
                    + " another format (.sarif, .json, .xml, .html, .md, .txt) is refused")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "error, warning, info or never: the lowest severity that fails (default: error)")
    String failOn;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "report only findings not in this baseline; the others count as suppressed")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "record the current findings as the baseline, then report as if --baseline FILE were given")
    Path writeBaseline;

    @Option(names = {"-q", "--quiet"}, description = "the findings only: no summary line, no configuration line")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto, always or never: colour in the text report (auto: on a terminal, unless NO_COLOR"
                    + " is set or TERM is dumb; anywhere when FORCE_COLOR or CLICOLOR_FORCE is set)")
    Terminal.Colour color;

    @Option(names = "--timings", description = "print the time spent in each phase and the slowest rules on stderr")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CheckRequest request = selection.request(paths)
                .failOn(failOn)
                .baseline(baseline)
                .writeBaseline(writeBaseline)
                .reports(formats, outputs)
                .standardOutput(spec.commandLine().getOut(), color.enabled(System.getenv()))
                .quiet(quiet)
                .timings(timings)
                .listener(note -> print(note, err))
                .build();
        Outcome outcome;
        try {
            outcome = Netlint.run(request);
        } catch (CheckException e) {
            err.println("netlint: " + TerminalText.printable(e.getMessage()));
            return ExitCode.USAGE;
        }
        outcome.timings().forEach(err::println);
        err.flush();
        return outcome.fails() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** A note on standard error, as it arises; {@code --quiet} keeps only those above information. */
    private void print(Note note, PrintWriter err) {
        if (!quiet || note.level() != Severity.INFO) {
            err.println("netlint: " + TerminalText.printable(note.text()));
            err.flush();
        }
    }
}
