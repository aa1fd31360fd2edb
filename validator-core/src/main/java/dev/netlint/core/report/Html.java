package dev.netlint.core.report;

/**
 * TerminalText from user input placed in an HTML page: first made printable as the text format shows it (control
 * characters as {@code \xNN}, the bidirectional overrides and isolates such as U+202E as {@code \\uNNNN},
 * so that a name cannot reorder the page around it, lone surrogates as U+FFFD), then escaped for element
 * content and for double- or single-quoted attribute values alike.
 */
final class Html {

    private Html() {
    }

    static String text(String value) {
        String shown = TerminalText.printable(value);
        StringBuilder b = null;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                if (b == null) {
                    b = new StringBuilder(shown.length() + 16).append(shown, 0, i);
                }
                b.append(entity);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? shown : b.toString();
    }
}
