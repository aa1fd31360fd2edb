package dev.netlint.core.internal.io;

import java.io.IOException;
import java.io.Writer;

/** A minimal streaming JSON writer: two-space indentation, strings escaped as RFC 8259 says. */
public final class JsonWriter {

    private final Writer out;
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        value();
        out.write('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() throws IOException {
        return end('}');
    }

    public JsonWriter beginArray() throws IOException {
        value();
        out.write('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() throws IOException {
        return end(']');
    }

    private JsonWriter end(char c) throws IOException {
        depth--;
        if (!first) {
            newline();
        }
        out.write(c);
        first = false;
        return this;
    }

    public JsonWriter name(String name) throws IOException {
        separator();
        string(name);
        out.write(": ");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String text) throws IOException {
        value();
        if (text == null) {
            out.write("null");
        } else {
            string(text);
        }
        return this;
    }

    public JsonWriter value(long number) throws IOException {
        value();
        out.write(Long.toString(number));
        return this;
    }

    public JsonWriter value(boolean flag) throws IOException {
        value();
        out.write(flag ? "true" : "false");
        return this;
    }

    public JsonWriter field(String name, String text) throws IOException {
        return name(name).value(text);
    }

    public JsonWriter field(String name, long number) throws IOException {
        return name(name).value(number);
    }

    public JsonWriter field(String name, boolean flag) throws IOException {
        return name(name).value(flag);
    }

    private void value() throws IOException {
        if (afterKey) {
            afterKey = false;
            return;
        }
        separator();
    }

    private void separator() throws IOException {
        if (depth == 0) {
            return;
        }
        if (!first) {
            out.write(',');
        }
        newline();
        first = false;
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void string(String text) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.write(c);
                        out.write(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // A lone surrogate (an unpaired surrogate escape in a device file) is no character: RFC 8259
                        // parsers and UTF-8 encoders refuse it, so it is written as U+FFFD.
                        out.write('\ufffd');
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
