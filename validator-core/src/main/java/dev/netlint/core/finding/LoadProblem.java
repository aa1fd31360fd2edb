package dev.netlint.core.finding;

import dev.netlint.core.model.Location;
import java.util.List;

/**
 * Something the loader found wrong with a file, reported later by the input rule of the same id.
 *
 * @param severity {@code null} for the rule's default, or a milder level for a milder case
 */
public record LoadProblem(String rule, Severity severity, Location location, String message, List<Related> related) {

    public static final String PARSE_ERROR = "parse-error";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String MISSING_VALUE = "missing-value";
    public static final String UNKNOWN_KEY = "unknown-key";
    public static final String DUPLICATE_KEY = "duplicate-key";
    public static final String CONFLICTING_DECLARATION = "conflicting-declaration";
    public static final String LINK_OUTSIDE_TREE = "link-outside-tree";

    public LoadProblem(String rule, Location location, String message) {
        this(rule, null, location, message, List.of());
    }
}
