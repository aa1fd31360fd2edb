package dev.netlint.cli;

import dev.netlint.core.engine.Engine;
import dev.netlint.core.rule.RuleMeta;
import dev.netlint.core.rule.RuleRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        Optional<String> page = RuleRegistry.load().find(rule).map(RuleMeta::doc)
                .or(() -> rule.equals(Engine.INTERNAL_ERROR)
                        ? RuleMeta.docPage(rule, ExplainCommand.class.getClassLoader()) : Optional.empty());
        if (page.isEmpty()) {
            spec.commandLine().getErr().println("netlint: no rule '" + rule + "'; 'netlint rules' lists them");
            return Main.USAGE;
        }
        spec.commandLine().getOut().print(page.get());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
