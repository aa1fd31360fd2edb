package dev.netlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A config document as the generator builds it, written as YAML or JSON. A mapping keeps its keys in
 * order and may repeat one, so a deliberately broken device can hold a duplicate key; a {@link Raw}
 * value is written verbatim, so it can hold a syntax error.
 */
final class Doc {

    /** One key and its value: a String, Number, Boolean, {@code null}, {@link Raw}, Mapping or List. */
    record Entry(String key, Object value) {
    }

    /** Text written as it is, in either format. */
    record Raw(String text) {
    }

    /** An ordered mapping. */
    static final class Mapping {

        private final List<Entry> entries = new ArrayList<>();

        Mapping put(String key, Object value) {
            entries.add(new Entry(key, value));
            return this;
        }

        List<Entry> entries() {
            return entries;
        }

        Object get(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry.value();
                }
            }
            return null;
        }

        void set(String key, Object value) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key().equals(key)) {
                    entries.set(i, new Entry(key, value));
                    return;
                }
            }
            put(key, value);
        }
    }

    static Mapping map() {
        return new Mapping();
    }

    private Doc() {
    }

    // ---------------------------------------------------------------- YAML

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9./_-][A-Za-z0-9 ./_-]*[A-Za-z0-9./_-]|[A-Za-z0-9]");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    /**
     * Writes {@code root} as block YAML. A mapping whose values are all scalars or lists of scalars is
     * written in flow style on one line, as people write routes and pools.
     */
    static void yaml(Mapping root, List<String> headerComments, Writer out) {
        try {
            for (String comment : headerComments) {
                out.write("# ");
                out.write(comment);
                out.write('\n');
            }
            yamlBlock(root, 0, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void yamlBlock(Mapping mapping, int indent, Writer out) throws IOException {
        for (Entry entry : mapping.entries()) {
            out.write(" ".repeat(indent));
            yamlEntry(entry, indent, out);
        }
    }

    /** Writes the rest of a block-mapping entry, the indentation already written. */
    private static void yamlEntry(Entry entry, int indent, Writer out) throws IOException {
        out.write(entry.key());
        out.write(':');
        Object value = entry.value();
        if (value instanceof Mapping m && !isLeaf(m)) {
            out.write('\n');
            yamlBlock(m, indent + 2, out);
        } else if (value instanceof List<?> list && !list.isEmpty() && !allScalar(list)) {
            out.write('\n');
            for (Object item : list) {
                out.write(" ".repeat(indent + 2));
                out.write("- ");
                if (item instanceof Mapping m && !isLeaf(m)) {
                    boolean head = true;
                    for (Entry inner : m.entries()) {
                        if (!head) {
                            out.write(" ".repeat(indent + 4));
                        }
                        head = false;
                        yamlEntry(inner, indent + 4, out);
                    }
                } else {
                    yamlFlow(item, out);
                    out.write('\n');
                }
            }
        } else {
            out.write(' ');
            yamlFlow(value, out);
            out.write('\n');
        }
    }

    private static void yamlFlow(Object value, Writer out) throws IOException {
        if (value instanceof Mapping m) {
            out.write("{ ");
            boolean first = true;
            for (Entry entry : m.entries()) {
                if (!first) {
                    out.write(", ");
                }
                first = false;
                out.write(entry.key());
                out.write(": ");
                yamlFlow(entry.value(), out);
            }
            out.write(" }");
        } else if (value instanceof List<?> list) {
            out.write('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.write(", ");
                }
                first = false;
                yamlFlow(item, out);
            }
            out.write(']');
        } else {
            yamlScalar(value, out);
        }
    }

    private static void yamlScalar(Object value, Writer out) throws IOException {
        if (value == null) {
            out.write("null");
        } else if (value instanceof Raw raw) {
            out.write(raw.text());
        } else if (value instanceof String text) {
            if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
                out.write(text);
            } else {
                quoted(text, out);
            }
        } else {
            out.write(String.valueOf(value));
        }
    }

    private static boolean isLeaf(Mapping mapping) {
        for (Entry entry : mapping.entries()) {
            Object v = entry.value();
            if (v instanceof Mapping || (v instanceof List<?> list && !allScalar(list))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allScalar(List<?> list) {
        return list.stream().noneMatch(v -> v instanceof Mapping || v instanceof List);
    }

    // ---------------------------------------------------------------- JSON

    /** Writes {@code root} as JSON indented by two spaces, as {@code ConvertTo-Json} lays it out. */
    static void json(Mapping root, Writer out) {
        try {
            jsonValue(root, 0, out);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jsonValue(Object value, int indent, Writer out) throws IOException {
        if (value instanceof Mapping m) {
            if (m.entries().isEmpty()) {
                out.write("{}");
                return;
            }
            out.write("{\n");
            for (int i = 0; i < m.entries().size(); i++) {
                Entry entry = m.entries().get(i);
                out.write(" ".repeat(indent + 2));
                quoted(entry.key(), out);
                out.write(": ");
                jsonValue(entry.value(), indent + 2, out);
                out.write(i + 1 < m.entries().size() ? ",\n" : "\n");
            }
            out.write(" ".repeat(indent));
            out.write('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.write("[]");
                return;
            }
            out.write("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.write(" ".repeat(indent + 2));
                jsonValue(list.get(i), indent + 2, out);
                out.write(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.write(" ".repeat(indent));
            out.write(']');
        } else if (value instanceof String text) {
            quoted(text, out);
        } else if (value instanceof Raw raw) {
            out.write(raw.text());
        } else {
            out.write(String.valueOf(value));
        }
    }

    /** A double-quoted string, valid in both YAML and JSON. */
    private static void quoted(String text, Writer out) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
