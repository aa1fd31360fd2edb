package dev.netlint.core.internal.load.source;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds that keep hostile input from exhausting time or memory: a bomb, a deep nesting or a huge
 * file gives a finding, never a hang or an out-of-memory.
 *
 * @param maxFileBytes a larger file is refused unread
 * @param maxAliases aliases per document
 * @param maxDepth nesting depth of mappings and sequences
 * @param maxAliasEvents parse events that alias expansion may replay in one file
 * @param maxTokenChars the longest line of a YAML file, or the longest unbroken piece of a JSON file (a
 *     value without spaces, a run of spaces): snakeyaml's reader copies its look-ahead window at every
 *     kilobyte it reads, so scanning one token costs the square of its length, and a 20 MB value would
 *     take minutes
 */
public record LoadLimits(long maxFileBytes, int maxAliases, int maxDepth, long maxAliasEvents, int maxTokenChars) {

    public static final LoadLimits DEFAULT = new LoadLimits(64L * 1024 * 1024, 50, 100, 100_000, 64 * 1024);

    /** The limits without a token bound of their own: the default one applies. */
    public LoadLimits(long maxFileBytes, int maxAliases, int maxDepth, long maxAliasEvents) {
        this(maxFileBytes, maxAliases, maxDepth, maxAliasEvents, 64 * 1024);
    }

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([KMG]iB|B)?", Pattern.CASE_INSENSITIVE);

    /** The largest file-size limit that can be set: the loader reads a file into one array. */
    public static final long MAX_FILE_BYTES_LIMIT = 1L << 30;

    /**
     * A file size as the config file, the command line and the Maven plugin write it: a number of
     * bytes, or a number followed by {@code KiB}, {@code MiB} or {@code GiB} ({@code 64MiB},
     * {@code 512 KiB}); from 1 byte to 1 GiB.
     *
     * @throws IllegalArgumentException with a message that says what is accepted
     */
    public static long parseSize(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a size is needed, for example 64MiB");
        }
        String value = text.strip();
        Matcher m = SIZE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size: write a number of bytes, or a number"
                    + " followed by KiB, MiB or GiB, for example 64MiB");
        }
        long number = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        int shift = switch (unit) {
            case "KIB" -> 10;
            case "MIB" -> 20;
            case "GIB" -> 30;
            default -> 0;
        };
        if (number < 1 || number > MAX_FILE_BYTES_LIMIT >> shift) {
            throw new IllegalArgumentException("'" + text + "' is out of range: the file-size limit is from 1 byte"
                    + " to 1GiB");
        }
        return number << shift;
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxAliases, maxDepth, maxAliasEvents, maxTokenChars);
    }

    public LoadLimits withMaxTokenChars(int chars) {
        return new LoadLimits(maxFileBytes, maxAliases, maxDepth, maxAliasEvents, chars);
    }
}
