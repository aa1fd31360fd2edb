package dev.netlint.core.rule;

import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** A registered rule: its metadata, its doc page and its logic. */
public record RegisteredRule(String id, Severity severity, String summary, Category category, DeviceRule logic,
                       java.util.List<String> aliases) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final String DOCS = "dev/netlint/rules/docs/";

    public RegisteredRule {
        aliases = java.util.List.copyOf(aliases);
    }

    /** A rule that was never renamed. */
    public RegisteredRule(String id, Severity severity, String summary, Category category, DeviceRule logic) {
        this(id, severity, summary, category, logic, java.util.List.of());
    }

    /** Reads and validates the metadata of a rule class: one rule, or several for the input rules. */
    public static java.util.List<RegisteredRule> of(DeviceRule logic) {
        Class<?> type = logic.getClass();
        Rule[] rules = type.getAnnotationsByType(Rule.class);
        if (rules.length == 0) {
            throw new IllegalStateException(type.getName() + " has no @Rule annotation");
        }
        java.util.List<RegisteredRule> metas = new java.util.ArrayList<>();
        for (Rule rule : rules) {
            metas.add(of(logic, rule));
        }
        return metas;
    }

    private static RegisteredRule of(DeviceRule logic, Rule rule) {
        Class<?> type = logic.getClass();
        if (!ID.matcher(rule.id()).matches()) {
            throw new IllegalStateException(type.getName() + ": rule id '" + rule.id() + "' is not kebab-case");
        }
        if (rule.summary().isBlank()) {
            throw new IllegalStateException(type.getName() + ": rule " + rule.id() + " needs a summary");
        }
        if (type.getClassLoader().getResource(DOCS + rule.id() + ".md") == null) {
            throw new IllegalStateException("rule " + rule.id() + " has no doc page " + DOCS + rule.id() + ".md");
        }
        for (String alias : rule.aliases()) {
            if (!ID.matcher(alias).matches() || alias.equals(rule.id())) {
                throw new IllegalStateException(type.getName() + ": alias '" + alias + "' of rule " + rule.id()
                        + " is not a kebab-case id other than the rule's own");
            }
        }
        return new RegisteredRule(rule.id(), rule.severity(), rule.summary(), rule.category(), logic,
                java.util.List.of(rule.aliases()));
    }

    /** The doc page, Markdown. */
    public String doc() {
        return docPage(id, logic.getClass().getClassLoader())
                .orElseThrow(() -> new IllegalStateException("doc page of " + id + " vanished from the class path"));
    }

    /** Where the doc page lives in the source repository: core rules in validator-core, the others in rules. */
    public String docSourcePath() {
        return docSourcePath(id, logic.getClass().getName());
    }

    public static String docSourcePath(String id, String className) {
        String module = className.startsWith("dev.netlint.core.") ? "validator-core" : "rules";
        return module + "/src/main/resources/" + DOCS + id + ".md";
    }

    /** The doc page of any id on the class path, rule or not (such as {@code internal-error}). */
    public static Optional<String> docPage(String id, ClassLoader loader) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(DOCS + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
