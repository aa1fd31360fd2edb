package dev.netlint.cli;

import dev.netlint.core.io.JsonWriter;
import dev.netlint.core.rule.RuleMeta;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code netlint rules}: the catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule: id, severity, summary.")
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RuleRegistry rules = RuleRegistry.load();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                JsonWriter json = new JsonWriter(out);
                json.beginObject().name("rules").beginArray();
                for (RuleMeta rule : rules.all()) {
                    json.beginObject().field("id", rule.id()).field("severity", rule.severity().label())
                            .field("category", rule.category()).field("summary", rule.summary()).endObject();
                }
                json.endArray().endObject();
                out.println();
            }
            case markdown -> {
                out.println("| id | severity | group | summary |");
                out.println("|---|---|---|---|");
                for (RuleMeta rule : rules.all()) {
                    out.println("| [`" + rule.id() + "`](" + rule.docSourcePath() + ") | "
                            + rule.severity().label() + " | " + rule.category() + " | "
                            + rule.summary().replace("|", "\\|") + " |");
                }
            }
            default -> {
                int width = rules.all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
                for (RuleMeta rule : rules.all()) {
                    out.printf("%-" + width + "s  %-7s  %s%n", rule.id(), rule.severity().label(), rule.summary());
                }
            }
        }
        out.flush();
        return Main.OK;
    }
}
