package dev.netlint.cli;

import dev.netlint.core.report.TerminalText;
import dev.netlint.core.run.Catalogue;
import dev.netlint.core.run.CheckException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code netlint rules}: the catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule: id, severity, summary.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown, in any case (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            Catalogue.load().writeRules(format, spec.commandLine().getOut(), Words.CLI);
            return ExitCode.OK;
        } catch (CheckException e) {
            spec.commandLine().getErr().println("netlint: " + TerminalText.printable(e.getMessage()));
            return ExitCode.USAGE;
        }
    }
}
