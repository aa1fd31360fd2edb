package dev.netlint.core.report;

/**
 * XML 1.0 escaping. Characters XML 1.0 cannot carry at all (control characters such as the ESC of an
 * ANSI sequence, lone surrogates, U+FFFE, U+FFFF) are written visibly as {@code \xNN} or U+FFFD, so a
 * hostile name never makes the report unreadable.
 */
final class Xml {

    private Xml() {
    }

    /** For a double-quoted attribute value: line ends and tabs survive as character references. */
    static String attribute(String text) {
        return escape(text, true);
    }

    /** For element content. */
    static String text(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(attribute ? "&apos;" : "'");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
                        b.append('\ufffd');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
