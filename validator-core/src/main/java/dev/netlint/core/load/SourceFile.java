package dev.netlint.core.load;

import java.util.Arrays;

/** A config file's text as read (BOM removed), for source lines under findings and inline comments. */
public final class SourceFile {

    private final String path;
    private final String text;
    private int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** Line {@code line} (1-based) without its line end, or {@code ""} past the end. */
    public String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    public int lineCount() {
        return lineStarts().length;
    }

    private synchronized int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 0;
            starts[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean breakHere = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
                if (breakHere && i + 1 < text.length()) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
