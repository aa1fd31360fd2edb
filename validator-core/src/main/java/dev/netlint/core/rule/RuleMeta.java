package dev.netlint.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A registered rule: its metadata, its doc page and its logic. */
public record RuleMeta(String id, Severity severity, String summary, String category, Check check) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final String DOCS = "dev/netlint/rules/docs/";

    /** Reads and validates the metadata of a rule class. */
    public static RuleMeta of(Check check) {
        Class<?> type = check.getClass();
        Rule rule = type.getAnnotation(Rule.class);
        if (rule == null) {
            throw new IllegalStateException(type.getName() + " has no @Rule annotation");
        }
        if (!ID.matcher(rule.id()).matches()) {
            throw new IllegalStateException(type.getName() + ": rule id '" + rule.id() + "' is not kebab-case");
        }
        if (rule.summary().isBlank() || rule.category().isBlank()) {
            throw new IllegalStateException(type.getName() + ": rule " + rule.id() + " needs a summary and a category");
        }
        if (type.getClassLoader().getResource(DOCS + rule.id() + ".md") == null) {
            throw new IllegalStateException("rule " + rule.id() + " has no doc page " + DOCS + rule.id() + ".md");
        }
        return new RuleMeta(rule.id(), rule.severity(), rule.summary(), rule.category(), check);
    }

    /** The doc page, Markdown. */
    public String doc() {
        try (InputStream in = check.getClass().getClassLoader().getResourceAsStream(DOCS + id + ".md")) {
            if (in == null) {
                throw new IllegalStateException("doc page of " + id + " vanished from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
