package dev.netlint.core.internal.load.source;

/**
 * A comment of a YAML file that holds a suppression directive, as the parser reported it: a real
 * comment, never text inside a quoted or block value.
 *
 * @param line the 1-based line of its {@code #}
 * @param column the 1-based column of its {@code #}, in code points
 * @param text what follows the {@code #}
 */
public record SourceComment(int line, int column, String text) {
}
