package dev.netlint.core.load;

/**
 * Guards snakeyaml's scanner against very long tokens. Its reader keeps a look-ahead window and copies
 * the whole window each time it reads the next kilobyte, so scanning a token of {@code n} characters
 * costs about {@code n * n / 1024} copies: a 20 MB value takes minutes and gigabytes. This class finds,
 * in one pass before parsing, a stretch longer than the limit that the scanner would have to hold.
 *
 * <p>In YAML almost anything can run to the end of its line (a comment, a line of a block scalar, a run
 * of spaces), so the measure is the longest line. A file that is strict JSON (an exported device, often
 * on one line when written with {@code -Compress}) is measured token by token instead: the pieces of a
 * string between spaces and escapes, a number or literal, a run of spaces.
 */
final class LookAhead {

    /** A stretch of text: where it starts (1-based) and how many characters it holds. */
    record Stretch(int line, int column, int length, boolean json) {
    }

    private static final Stretch NOT_JSON = new Stretch(0, 0, 0, false);

    private LookAhead() {
    }

    /** The first stretch longer than {@code limit} characters, or {@code null} when there is none. */
    static Stretch firstOver(String text, int limit) {
        if (text.length() <= limit || !hasLongLine(text, limit)) {
            return null;
        }
        Stretch line = longLine(text, limit);
        if (line == null) {
            return null;
        }
        Stretch token = jsonToken(text, limit);
        return token == NOT_JSON ? line : token;
    }

    /** Whether a run between line feeds is over the limit: the quick test, with the JDK's vectorized search. */
    private static boolean hasLongLine(String text, int limit) {
        int start = 0;
        while (true) {
            int feed = text.indexOf('\n', start);
            int end = feed < 0 ? text.length() : feed;
            if (end - start > limit) {
                return true;
            }
            if (feed < 0) {
                return false;
            }
            start = feed + 1;
        }
    }

    /** The first line over the limit, with lone CR and CRLF as line ends too, as snakeyaml counts them. */
    private static Stretch longLine(String text, int limit) {
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (i - start > limit) {
                    return new Stretch(line, 1, i - start, false);
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    /**
     * Lexes {@code text} as strict JSON (RFC 8259 tokens only, one value, nothing after it) and returns
     * the first token piece over the limit, {@code null} when none is, or {@link #NOT_JSON}.
     */
    private static Stretch jsonToken(String text, int limit) {
        int n = text.length();
        int line = 1;
        int lineStart = 0;
        int depth = 0;
        boolean started = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                int start = i;
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i - start > limit) {
                    return new Stretch(line, text.codePointCount(lineStart, start) + 1, i - start, true);
                }
            } else if (c == '\n' || c == '\r') {
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = i;
            } else if (started && depth == 0) {
                return NOT_JSON;
            } else if (c == '{' || c == '[') {
                depth++;
                started = true;
                i++;
            } else if (!started) {
                return NOT_JSON;
            } else if (c == '}' || c == ']') {
                depth--;
                i++;
            } else if (c == ',' || c == ':') {
                i++;
            } else if (c == '"') {
                i++;
                int piece = i;
                boolean spaces = false;
                while (true) {
                    if (i >= n) {
                        return NOT_JSON;
                    }
                    char s = text.charAt(i);
                    if (s < 0x20) {
                        return NOT_JSON;
                    }
                    boolean space = s == ' ';
                    if (s == '"' || s == '\\' || space != spaces) {
                        if (i - piece > limit) {
                            return new Stretch(line, text.codePointCount(lineStart, piece) + 1, i - piece, true);
                        }
                        piece = i;
                        spaces = space;
                    }
                    if (s == '"') {
                        i++;
                        break;
                    }
                    if (s == '\\') {
                        i += 2;
                        piece = i;
                        spaces = false;
                    } else {
                        i++;
                    }
                }
            } else if (isLiteral(c)) {
                int start = i;
                while (i < n && isLiteral(text.charAt(i))) {
                    i++;
                }
                if (i - start > limit) {
                    return new Stretch(line, text.codePointCount(lineStart, start) + 1, i - start, true);
                }
            } else {
                return NOT_JSON;
            }
        }
        return started ? null : NOT_JSON;
    }

    private static boolean isLiteral(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-'
                || c == '+';
    }
}
