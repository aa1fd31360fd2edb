package dev.netlint.core.internal.load.source;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The text of a JSON scalar, one instance per short text as long as it keeps coming: a direct-mapped
 * cache looked up with the parser's own characters, so that a value that repeats (a port name, a
 * metric, a next hop on each of 100,000 routes) makes no string at all. A text that misses replaces
 * the one in its slot. Long texts are not cached, and are taken with {@code getText()}, where jackson
 * checks its length limits.
 */
final class ShortTexts {

    private static final int SLOTS = 4096;
    private static final int LONGEST = 32;

    private final String[] slots = new String[SLOTS];
    private final int longest;

    /** @param maxTokenChars the longest text allowed: a longer one goes to jackson, which refuses it */
    ShortTexts(int maxTokenChars) {
        this.longest = Math.min(LONGEST, maxTokenChars);
    }

    /** The text of the parser's current scalar token. */
    String of(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length > longest) {
            return parser.getText();
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && known.length() == length && same(known, chars, offset, length)) {
            return known;
        }
        String text = new String(chars, offset, length);
        slots[slot] = text;
        return text;
    }

    private static boolean same(String known, char[] chars, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
