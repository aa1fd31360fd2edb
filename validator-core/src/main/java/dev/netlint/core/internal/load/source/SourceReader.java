package dev.netlint.core.internal.load.source;

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
public final class SourceReader extends Reader {

    /** Why the file's text cannot be read any further; {@code line} and {@code column} are 1-based. */
    public static class Refused extends IOException {

        private static final long serialVersionUID = 1L;
        private final transient int line;
        private final transient int column;

        public Refused(String message, int line, int column) {
            super(message, null);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
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
    private final SourceLines lines;
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
        this.lines = new SourceLines(bomBytes);
        chars.flip();
    }

    /**
     * A reader of a file's bytes; {@code maxLineChars} is the longest line allowed ({@code 0}: any).
     * Reads the byte-order mark, if any, at once.
     */
    public static SourceReader of(InputStream in, int maxLineChars) throws IOException {
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
    public static SourceReader of(String text, int maxLineChars) {
        return new SourceReader(null, new java.io.StringReader(text), null, 0, maxLineChars);
    }

    /** What was measured of the text read so far: complete once the parser has read to the end. */
    public SourceLines lines() {
        return lines;
    }

    /** The charset the bytes are decoded with ({@code null} for text in memory). */
    public Charset charset() {
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
}
