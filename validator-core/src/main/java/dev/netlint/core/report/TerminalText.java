package dev.netlint.core.report;

/**
 * TerminalText placed on a terminal or in a log: characters from user input that a terminal would obey
 * rather than show are made visible. C0 controls and DEL show as {@code \xNN}; C1 controls
 * (U+0080 to U+009F, among them U+009B, a control sequence introducer), the bidirectional
 * embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069, which reorder what follows
 * them) and the line and paragraph separators show as {@code \\uNNNN}; a lone surrogate, which no
 * encoding can carry, shows as U+FFFD.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String shown = null;
            if (c < 0x20 || c == 0x7f) {
                shown = String.format("\\x%02x", (int) c);
            } else if (c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c == 0x2028 || c == 0x2029) {
                shown = String.format("\\u%04x", (int) c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                shown = "\ufffd";
            }
            if (shown != null) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                b.append(shown);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }
}
