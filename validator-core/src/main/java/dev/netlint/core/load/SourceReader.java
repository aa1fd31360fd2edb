package dev.netlint.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The characters of one file as the parser pulls them, decoded as they stream past and measured on
 * the way, so that no file is ever held whole in memory: UTF-8 (with or without byte-order mark) or
 * UTF-16 with a byte-order mark, as Windows PowerShell writes it. It stops the parser with a
 * {@link Refused} at the first byte that does not decode, at a NUL character (binary content), and in
 * a YAML file at a line longer than the limit (snakeyaml's reader copies its look-ahead window at
 * every kilobyte, so one long line would cost the square of its length). Lines are counted as
 * editors count them: LF, CRLF and a lone CR end a line; U+2028, U+2029 and U+0085 do not.
 */
final class SourceReader extends Reader {

    /** Why the file's text cannot be read any further; {@code line} and {@code column} are 1-based. */
    static class Refused extends IOException {

        private static final long serialVersionUID = 1L;
        private final transient int line;
        private final transient int column;

        Refused(String message, int line, int column) {
            super(message, null);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final Reader text;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private final int maxLineChars;
    private final Lines lines;
    private long bytesBeforeBuffer;
    private boolean endOfInput;
    private boolean flushed;
    private Refused refused;
    private boolean previousCr;
    private int lineLength;
    private long charsDelivered;

    private SourceReader(InputStream in, Reader text, Charset charset, int bomBytes, int maxLineChars) {
        this.in = in;
        this.text = text;
        this.charset = charset;
        this.decoder = charset == null ? null : charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = in == null ? null : ByteBuffer.allocate(CHUNK);
        if (bytes != null) {
            bytes.flip();
        }
        this.bytesBeforeBuffer = bomBytes;
        this.maxLineChars = maxLineChars;
        this.lines = new Lines(bomBytes);
        chars.flip();
    }

    /**
     * A reader of a file's bytes; {@code maxLineChars} is the longest line allowed ({@code 0}: any).
     * Reads the byte-order mark, if any, at once.
     */
    static SourceReader of(InputStream in, int maxLineChars) throws IOException {
        byte[] head = in.readNBytes(4);
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (head.length >= 4 && (head[0] == 0 || head[1] == 0)) {
            throw new Refused("the file looks like UTF-16 without a byte-order mark; save it as UTF-8", 1, 1);
        }
        SourceReader reader = new SourceReader(in, null, charset, bom, maxLineChars);
        reader.bytes.clear();
        reader.bytes.put(head, bom, head.length - bom);
        reader.bytes.flip();
        return reader;
    }

    /** A reader of text already in memory (tests, and text that was never a file). */
    static SourceReader of(String text, int maxLineChars) {
        return new SourceReader(null, new java.io.StringReader(text), null, 0, maxLineChars);
    }

    /** What was measured of the text read so far: complete once the parser has read to the end. */
    Lines lines() {
        return lines;
    }

    /** The charset the bytes are decoded with ({@code null} for text in memory). */
    Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (refused != null) {
            throw refused;
        }
        if (length == 0) {
            return 0;
        }
        try {
            if (!chars.hasRemaining() && !fill()) {
                return -1;
            }
        } catch (Refused e) {
            // what follows the refused character is never delivered
            refused = e;
            chars.clear().flip();
            throw e;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next stretch of text into {@link #chars} and measures it; false at the end. */
    private boolean fill() throws IOException {
        chars.clear();
        if (text != null) {
            int n = text.read(chars.array(), 0, chars.capacity());
            chars.limit(Math.max(0, n));
        } else {
            decodeSome();
        }
        if (!chars.hasRemaining()) {
            lines.finish(lineLength);
            return false;
        }
        measure(chars.array(), chars.position(), chars.limit());
        return true;
    }

    private void decodeSome() throws IOException {
        chars.clear();
        if (flushed) {
            chars.flip();
            return;
        }
        while (chars.position() == 0) {
            if (!bytes.hasRemaining() && !endOfInput) {
                refill();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                long at = bytesBeforeBuffer + bytes.position();
                chars.flip();
                // what decoded before the bad bytes still counts for the line number
                measure(chars.array(), 0, chars.limit());
                throw new Refused("not valid " + charset.name() + " text: malformed bytes at byte offset " + at
                        + " (line " + lines.count() + "); save the file as UTF-8", lines.count(), lineLength + 1);
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
                refill();
            }
        }
        chars.flip();
    }

    private void refill() throws IOException {
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        int n = in.readNBytes(bytes.array(), bytes.position(), bytes.remaining());
        if (n <= 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts lines and characters, and refuses NUL and over-long lines. */
    private void measure(char[] a, int from, int to) throws Refused {
        boolean utf8 = charset == StandardCharsets.UTF_8;
        int unit = utf8 ? 1 : 2;
        int length = lineLength;
        long bytes = 0;
        int limit = maxLineChars > 0 ? maxLineChars : Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c >= 0x20 && c < 0x7F) {
                // the common case: printable ASCII, one column and one unit
                length++;
                bytes += unit;
                if (length > limit) {
                    lines.addBytes(bytes);
                    lineLength = length;
                    throw longLine(a, i + 1, to);
                }
                continue;
            }
            long offset = charsDelivered + (i - from);
            if (c == '\n') {
                lines.addBytes(bytes + unit);
                bytes = 0;
                if (previousCr) {
                    lines.moveLineStart(offset + 1);
                } else {
                    lines.endLine(offset + 1, length);
                }
                length = 0;
                previousCr = false;
                continue;
            }
            previousCr = c == '\r';
            if (previousCr) {
                lines.addBytes(bytes + unit);
                bytes = 0;
                lines.endLine(offset + 1, length);
                length = 0;
                continue;
            }
            if (c == 0) {
                lines.addBytes(bytes);
                throw new Refused("binary content: a NUL character at line " + lines.count(), lines.count(),
                        length + 1);
            }
            if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                lines.sawOddBreak();
            }
            if (Character.isHighSurrogate(c)) {
                lines.surrogateAt(offset);
            }
            if (!Character.isLowSurrogate(c)) {
                length++;
            }
            bytes += !utf8 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if (length > limit) {
                lines.addBytes(bytes);
                lineLength = length;
                throw longLine(a, i + 1, to);
            }
        }
        lines.addBytes(bytes);
        lineLength = length;
        charsDelivered += to - from;
    }

    /** Measures the rest of an over-long line (without keeping it) for the message. */
    private Refused longLine(char[] a, int from, int to) {
        int line = lines.count();
        long length = lineLength;
        try {
            int i = from;
            int end = to;
            char[] buffer = a;
            while (true) {
                for (; i < end; i++) {
                    if (buffer[i] == '\n' || buffer[i] == '\r') {
                        return tooLong(line, length);
                    }
                    if (!Character.isLowSurrogate(buffer[i])) {
                        length++;
                    }
                }
                chars.clear();
                if (text != null) {
                    int n = text.read(chars.array(), 0, chars.capacity());
                    chars.limit(Math.max(0, n));
                } else {
                    decodeSome();
                }
                if (!chars.hasRemaining()) {
                    return tooLong(line, length);
                }
                buffer = chars.array();
                i = chars.position();
                end = chars.limit();
            }
        } catch (IOException e) {
            return tooLong(line, length);
        }
    }

    private Refused tooLong(int line, long length) {
        return new Refused(String.format(Locale.ROOT, "line %d holds %,d characters; netlint reads YAML lines of at"
                + " most %,d characters", line, length, maxLineChars), line, 1);
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }

    /**
     * Where each line of the text starts (in characters, and in bytes of the file), how long the last
     * one is, whether the text has line breaks that snakeyaml counts and editors do not, and where its
     * supplementary characters (two UTF-16 units, one column) stand.
     */
    static final class Lines {

        /** Where each line starts, in characters: an int, since no file over 1 GiB (the highest size limit) is read. */
        private int[] charStarts = new int[64];
        private int[] byteStarts = new int[64];
        private int[] lengths = new int[64];
        private int count = 1;
        private long bytes;
        private boolean oddBreaks;
        private long[] surrogates = new long[0];
        private int surrogateCount;
        private int lastLineLength;
        private boolean finished;

        Lines(int bomBytes) {
            this.bytes = bomBytes;
            byteStarts[0] = bomBytes;
        }

        void addBytes(long n) {
            bytes += n;
        }

        void endLine(long nextStart, int length) {
            if (count == charStarts.length) {
                charStarts = java.util.Arrays.copyOf(charStarts, count * 2);
                byteStarts = java.util.Arrays.copyOf(byteStarts, count * 2);
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
            }
            lengths[count - 1] = length;
            charStarts[count] = (int) nextStart;
            byteStarts[count] = (int) Math.min(Integer.MAX_VALUE, bytes);
            count++;
        }

        /** The LF of a CRLF: the line started after the CR starts after the LF. */
        void moveLineStart(long nextStart) {
            charStarts[count - 1] = (int) nextStart;
            byteStarts[count - 1] = (int) Math.min(Integer.MAX_VALUE, bytes);
        }

        void sawOddBreak() {
            oddBreaks = true;
        }

        void surrogateAt(long charOffset) {
            if (surrogateCount == surrogates.length) {
                surrogates = java.util.Arrays.copyOf(surrogates, Math.max(8, surrogateCount * 2));
            }
            surrogates[surrogateCount++] = charOffset;
        }

        void finish(int lastLength) {
            lastLineLength = lastLength;
            finished = true;
        }

        /** The number of lines so far: a text that ends with a line break has an empty last line. */
        int count() {
            return count;
        }

        boolean oddBreaks() {
            return oddBreaks;
        }

        boolean finished() {
            return finished;
        }

        /** The length in code points of the last line, once the whole text was read. */
        int lastLineLength() {
            return lastLineLength;
        }

        /** The length in code points of a line, without its line break. */
        int length(int line) {
            return line == count ? lastLineLength : lengths[line - 1];
        }

        /**
         * A position moved inside the text: a line past the end (a parser's end-of-stream mark) becomes the
         * last character of the last line that has one, a column past the end of its line the end of it.
         */
        int[] clamp(int line, int column) {
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
        int[] byteStarts() {
            return java.util.Arrays.copyOf(byteStarts, count);
        }

        /** The byte offset just past the end of the text. */
        long byteEnd() {
            return bytes;
        }

        /** The 1-based line of a character offset. */
        int lineOfChar(long offset) {
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
        int columnOfChar(long offset, int line) {
            long start = charStarts[line - 1];
            return (int) (offset - start - surrogatesBetween(start, offset)) + 1;
        }

        /** The character offset of a code-point index (snakeyaml's marks count code points). */
        long charOfCodePoint(long index) {
            long offset = index;
            for (int i = 0; i < surrogateCount && surrogates[i] < offset; i++) {
                offset++;
            }
            return offset;
        }

        /** Whether any supplementary character was read: only then do characters and code points differ. */
        boolean hasSupplementary() {
            return surrogateCount > 0;
        }

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
}
