package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.internal.load.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Helpers of the loader tests: resources, reading a text, and where a piece of text stands. */
final class LoaderTexts {

    private LoaderTexts() {
    }

    static String resource(String name) {
        try (InputStream in = LoaderTexts.class.getResourceAsStream("/load/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileContent read(String file, String text) {
        return DeviceFileReader.read(new SourceFile(file, text), LoadLimits.DEFAULT);
    }

    static FileContent yaml(String text) {
        return read("test.yaml", text);
    }

    /** The problems of one rule. */
    static List<LoadProblem> problems(FileContent content, String rule) {
        return content.problems().stream().filter(p -> p.rule().equals(rule)).toList();
    }

    /**
     * The 1-based {line, column} where the {@code occurrence}-th (0-based) {@code needle} starts, with
     * CRLF and lone CR as one line end, as editors count.
     */
    static int[] position(String text, String needle, int occurrence) {
        int index = -1;
        for (int i = 0; i <= occurrence; i++) {
            index = text.indexOf(needle, index + 1);
            assertThat(index).as("occurrence %d of %s", i, needle).isNotNegative();
        }
        return positionOf(text, index);
    }

    /** The 1-based {line, column} of the character at {@code index}. */
    static int[] positionOf(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && text.charAt(i + 1) != '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /** JSON without the white space outside strings, as {@code ConvertTo-Json -Compress} writes it. */
    static String minify(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lines of a source file joined again with LF, as the file would be with LF line ends. */
    static String joined(SourceFile source) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= source.lineCount(); i++) {
            text.append(source.line(i));
            if (i < source.lineCount() || source.endsWithLineBreak()) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** Bytes decoded as netlint decodes a file: UTF-8, or UTF-16 after a byte-order mark. */
    static String decode(byte[] bytes) {
        try (SourceReader reader = SourceReader.of(new java.io.ByteArrayInputStream(bytes), 0)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** UTF-16 little-endian with a byte-order mark: Windows PowerShell's {@code Out-File} default. */
    static byte[] utf16leWithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }
}
