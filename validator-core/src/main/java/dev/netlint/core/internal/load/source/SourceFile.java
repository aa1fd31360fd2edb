package dev.netlint.core.internal.load.source;

import dev.netlint.core.model.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The lines of a device file, for the source line under a finding. A file read from disk is not kept in
 * memory: the reader noted where each line starts, and a line is read back from the file when a report
 * asks for it. Text given in memory (tests, and text that was never a file) is kept as it is.
 */
public final class SourceFile implements SourceText {

    private final String path;
    private final String text;
    private final Path file;
    private final Charset charset;
    /** For a file on disk: the byte offset where each line starts, the last line's length, the end. */
    private final int[] byteStarts;
    private final int lastLineLength;
    private final long byteEnd;
    private final Quoting quoting;

    /** What a report may quote of a file: the lines around a finding, its own line only, or nothing. */
    private enum Quoting { CONTEXT, OWN_LINE, NONE }
    private int[] lineStarts;

    /** A source whose text is in memory. */
    public SourceFile(String path, String text) {
        this(path, text, null, null, null);
    }

    private SourceFile(String path, String text, Path file, Charset charset, SourceLines lines) {
        this(path, text, file, charset, lines == null ? null : lines.byteStarts(),
                lines == null ? 0 : lines.lastLineLength(), lines == null ? 0 : lines.byteEnd(), Quoting.CONTEXT);
    }

    private SourceFile(String path, String text, Path file, Charset charset, int[] byteStarts, int lastLineLength,
                       long byteEnd, Quoting quoting) {
        this.path = path;
        this.text = text;
        this.file = file;
        this.charset = charset;
        // only the byte offsets of the lines are kept: the rest of what the reader measured (4 numbers a
        // line) was 18 MB of a loaded 19 MB device
        this.byteStarts = byteStarts;
        this.lastLineLength = lastLineLength;
        this.byteEnd = byteEnd;
        this.quoting = quoting;
    }

    /**
     * This source, for a file that could not be read as a device file (a syntax error before its
     * root was read): a report quotes the line of a finding, never the lines around it, since the file
     * may be anything that was named like a device file.
     */
    public SourceFile ownLinesOnly() {
        return new SourceFile(path, text, file, charset, byteStarts, lastLineLength, byteEnd, Quoting.OWN_LINE);
    }

    /**
     * This source, for a file that was read and is not a device file (no {@code device} or
     * {@code kubernetes} root key, not a manifest): its content is unknown, and nothing of it is quoted.
     */
    public SourceFile notQuoted() {
        return new SourceFile(path, text, file, charset, byteStarts, lastLineLength, byteEnd, Quoting.NONE);
    }

    @Override
    public boolean quotesContext() {
        return quoting == Quoting.CONTEXT;
    }

    @Override
    public boolean quoted() {
        return quoting != Quoting.NONE;
    }

    /** A file on disk, measured by the reader that read it. */
    public static SourceFile onDisk(String path, Path file, Charset charset, SourceLines lines) {
        return new SourceFile(path, null, file, charset, lines);
    }

    @Override
    public String path() {
        return path;
    }

    /** The text, when it is in memory; {@code null} for a file read from disk. */
    public String inMemoryText() {
        return text;
    }

    /** The file the text is read back from, or {@code null} for a text in memory. */
    public java.nio.file.Path diskFile() {
        return file;
    }

    @Override
    public String line(int line) {
        if (quoting == Quoting.NONE) {
            return "";
        }
        if (text == null) {
            return lineFromDisk(line);
        }
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

    @Override
    public int lineCount() {
        if (text == null) {
            int count = byteStarts.length;
            return count > 1 && lastLineLength == 0 && byteStarts[count - 1] >= byteEnd ? count - 1 : count;
        }
        return lineStarts().length;
    }

    @Override
    public boolean endsWithLineBreak() {
        if (text == null) {
            return byteStarts.length > 1 && byteStarts[byteStarts.length - 1] >= byteEnd;
        }
        return !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
    }

    private String lineFromDisk(int line) {
        if (line < 1 || line > byteStarts.length) {
            return "";
        }
        long start = byteStarts[line - 1];
        long end = line < byteStarts.length ? byteStarts[line] : byteEnd;
        if (end <= start || end - start > 1 << 20) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(start);
            byte[] bytes = in.readNBytes((int) (end - start));
            String read = new String(bytes, charset);
            int cut = read.length();
            while (cut > 0 && (read.charAt(cut - 1) == '\n' || read.charAt(cut - 1) == '\r')) {
                cut--;
            }
            return read.substring(0, cut);
        } catch (IOException | RuntimeException e) {
            return "";
        }
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
