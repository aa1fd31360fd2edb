package dev.netlint.cli;

import dev.netlint.core.report.TerminalText;
import dev.netlint.core.run.Catalogue;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netlint explain RULE}: the rule's doc page. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints a rule's page: why it matters, an example, the fix.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE", description = "a rule id, as 'netlint rules' lists them")
    String rule;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.load();
        Optional<String> page = catalogue.page(rule);
        if (page.isEmpty()) {
            spec.commandLine().getErr().println("netlint: " + TerminalText.printable(catalogue.noRule(rule, Words.CLI)));
            return ExitCode.USAGE;
        }
        spec.commandLine().getOut().print(page.get());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
