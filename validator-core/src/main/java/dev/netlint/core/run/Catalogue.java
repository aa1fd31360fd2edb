package dev.netlint.core.run;

import dev.netlint.core.finding.Spelling;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.internal.load.schema.Schemas;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What netlint knows besides a check: its rules (listed, or one rule's page) and the JSON Schema of the
 * device file. The entry point of {@code netlint rules}, {@code netlint explain} and {@code netlint schema}.
 */
public final class Catalogue {

    /** The formats {@link #writeRules} writes. */
    public static final List<String> RULE_FORMATS = List.of("text", "json", "markdown");

    private final RuleRegistry rules;

    private Catalogue(RuleRegistry rules) {
        this.rules = rules;
    }

    /** The rules visible to the core's class loader. */
    public static Catalogue load() {
        return new Catalogue(RuleRegistry.load());
    }

    /**
     * Every rule, one a line: {@code text} (id, severity, summary), {@code json} ({@code {"rules": [...]}})
     * or {@code markdown} (the table of the README); the format in any case.
     */
    public void writeRules(String format, Writer writer, Vocabulary words) throws IOException, CheckException {
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (!RULE_FORMATS.contains(name)) {
            throw new CheckException("unknown format '" + format + "' in " + words.name(RequestOption.FORMATS) + " ("
                    + String.join(", ", RULE_FORMATS) + ")" + Spelling.suggestion(format.trim(), RULE_FORMATS));
        }
        PrintWriter out = writer instanceof PrintWriter print ? print : new PrintWriter(writer);
        switch (name) {
            case "json" -> {
                JsonWriter json = new JsonWriter(out);
                json.beginObject().name("rules").beginArray();
                for (RegisteredRule rule : rules.all()) {
                    json.beginObject().field("id", rule.id()).field("severity", rule.severity().label())
                            .field("category", rule.category().label()).field("summary", rule.summary()).endObject();
                }
                json.endArray().endObject();
                out.println();
            }
            case "markdown" -> {
                out.println("| id | severity | group | summary |");
                out.println("|---|---|---|---|");
                for (RegisteredRule rule : rules.all()) {
                    out.println("| [`" + rule.id() + "`](" + rule.docSourcePath() + ") | "
                            + rule.severity().label() + " | " + rule.category().label() + " | "
                            + rule.summary().replace("|", "\\|") + " |");
                }
            }
            default -> {
                int width = rules.all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
                for (RegisteredRule rule : rules.all()) {
                    out.printf("%-" + width + "s  %-7s  %s%n", rule.id(), rule.severity().label(), rule.summary());
                }
            }
        }
        out.flush();
    }

    /** A rule's page (Markdown): why it matters, an example, the fix; {@code internal-error} has one too. */
    public Optional<String> page(String id) {
        if (rules.isAlias(id)) {
            String rule = rules.canonical(id).orElseThrow();
            return rules.find(id).map(meta -> "> '" + id + "' is the former id of rule '" + rule + "' and is deprecated:"
                    + " write '" + rule + "' in levels, suppressions and baselines.\n\n" + meta.doc());
        }
        return rules.find(id).map(RegisteredRule::doc)
                .or(() -> id.equals(Engine.INTERNAL_ERROR)
                        ? RegisteredRule.docPage(id, Catalogue.class.getClassLoader()) : Optional.empty());
    }

    /** {@code no rule 'x'}, with the closest id when one is close, else where the rules are listed. */
    public String noRule(String id, Vocabulary words) {
        List<String> ids = new ArrayList<>();
        rules.all().forEach(rule -> ids.add(rule.id()));
        ids.add(Engine.INTERNAL_ERROR);
        String closest = Spelling.closest(id, ids);
        if (closest != null) {
            return "no rule '" + id + "'; did you mean '" + closest + "'?";
        }
        return "no rule '" + id + "'; " + (words.ruleList() != null ? words.ruleList()
                : "the rules are " + String.join(", ", ids));
    }

    /** The JSON Schema (draft 2020-12) of the device file, made from the tables the loader reads with. */
    public static void writeSchema(Writer writer) throws IOException {
        JsonWriter json = new JsonWriter(writer);
        write(json, Schemas.deviceFile());
        writer.write('\n');
        writer.flush();
    }

    private static void write(JsonWriter json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.beginObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.name((String) entry.getKey());
                write(json, entry.getValue());
            }
            json.endObject();
        } else if (value instanceof List<?> list) {
            json.beginArray();
            for (Object item : list) {
                write(json, item);
            }
            json.endArray();
        } else if (value instanceof Boolean flag) {
            json.value(flag);
        } else if (value instanceof Number number) {
            json.value(number.longValue());
        } else {
            json.value(value == null ? null : value.toString());
        }
    }
}
