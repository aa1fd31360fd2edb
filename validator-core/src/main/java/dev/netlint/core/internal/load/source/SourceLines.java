package dev.netlint.core.internal.load.source;

import java.util.Arrays;

/**
 * The lines of one file as {@link SourceReader} measures them: where each line of the text starts (in
 * characters, and in bytes of the file), how long the last one is, whether the text has line breaks that
 * snakeyaml counts and editors do not, and where its supplementary characters (two UTF-16 units, one
 * column) stand. A large YAML file is measured on its parser's thread ({@link EventPipe}) while the
 * reader asks where the events already parsed stand: hence the synchronized methods.
 */
public final class SourceLines {

    /** Where each line starts, in characters: an int, since no file over 1 GiB (the highest size limit) is read. */
    private int[] charStarts = new int[64];
    private int[] byteStarts = new int[64];
    private int[] lengths = new int[64];
    private int count = 1;
    private long bytes;
    /** Volatile: read for every value, while a YAML file's parser thread may still be measuring the text. */
    private volatile boolean oddBreaks;
    private long[] surrogates = new long[0];
    private int surrogateCount;
    private int lastLineLength;
    private boolean finished;

    SourceLines(int bomBytes) {
        this.bytes = bomBytes;
        byteStarts[0] = bomBytes;
    }

    synchronized void addBytes(long n) {
        bytes += n;
    }

    synchronized void endLine(long nextStart, int length) {
        if (count == charStarts.length) {
            charStarts = Arrays.copyOf(charStarts, count * 2);
            byteStarts = Arrays.copyOf(byteStarts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        lengths[count - 1] = length;
        charStarts[count] = (int) nextStart;
        byteStarts[count] = (int) Math.min(Integer.MAX_VALUE, bytes);
        count++;
    }

    /** The LF of a CRLF: the line started after the CR starts after the LF. */
    synchronized void moveLineStart(long nextStart) {
        charStarts[count - 1] = (int) nextStart;
        byteStarts[count - 1] = (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    synchronized void sawOddBreak() {
        oddBreaks = true;
    }

    synchronized void surrogateAt(long charOffset) {
        if (surrogateCount == surrogates.length) {
            surrogates = Arrays.copyOf(surrogates, Math.max(8, surrogateCount * 2));
        }
        surrogates[surrogateCount++] = charOffset;
    }

    synchronized void finish(int lastLength) {
        lastLineLength = lastLength;
        finished = true;
    }

    /** The number of lines so far: a text that ends with a line break has an empty last line. */
    synchronized int count() {
        return count;
    }

    boolean oddBreaks() {
        return oddBreaks;
    }

    synchronized boolean finished() {
        return finished;
    }

    /** The length in code points of the last line, once the whole text was read. */
    synchronized int lastLineLength() {
        return lastLineLength;
    }

    /** The length in code points of a line, without its line break. */
    synchronized int length(int line) {
        return line == count ? lastLineLength : lengths[line - 1];
    }

    /**
     * A position moved inside the text: a line past the end (a parser's end-of-stream mark) becomes the
     * last character of the last line that has one, a column past the end of its line the end of it.
     */
    public synchronized int[] clamp(int line, int column) {
        if (!finished) {
            return new int[] {Math.max(1, Math.min(line, count)), Math.max(1, column)};
        }
        int last = count > 1 && lastLineLength == 0 ? count - 1 : count;
        if (line > last) {
            int l = last;
            while (l > 1 && length(l) == 0) {
                l--;
            }
            return new int[] {l, Math.max(1, length(l))};
        }
        int l = Math.max(1, line);
        return new int[] {l, Math.max(1, Math.min(column, length(l) + 1))};
    }

    /** Where each line starts, in bytes of the file: a copy of the size of the line count. */
    synchronized int[] byteStarts() {
        return Arrays.copyOf(byteStarts, count);
    }

    /** The byte offset just past the end of the text. */
    synchronized long byteEnd() {
        return bytes;
    }

    /** The 1-based line of a character offset. */
    synchronized int lineOfChar(long offset) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (charStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** The 1-based column, in code points, of a character offset on its line. */
    synchronized int columnOfChar(long offset, int line) {
        long start = charStarts[line - 1];
        return (int) (offset - start - surrogatesBetween(start, offset)) + 1;
    }

    /** The character offset of a code-point index (snakeyaml's marks count code points). */
    synchronized long charOfCodePoint(long index) {
        long offset = index;
        for (int i = 0; i < surrogateCount && surrogates[i] < offset; i++) {
            offset++;
        }
        return offset;
    }

    /** Whether any supplementary character was read: only then do characters and code points differ. */
    synchronized boolean hasSupplementary() {
        return surrogateCount > 0;
    }

    /** Called only under the lock of {@link #columnOfChar}. */
    private int surrogatesBetween(long from, long to) {
        int n = 0;
        for (int i = 0; i < surrogateCount; i++) {
            if (surrogates[i] >= from && surrogates[i] < to) {
                n++;
            }
        }
        return n;
    }
}
