package dev.netlint.core.load;

/**
 * Bounds that keep hostile input from exhausting time or memory (SPEC §9).
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

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxAliases, maxDepth, maxAliasEvents, maxTokenChars);
    }

    public LoadLimits withMaxTokenChars(int chars) {
        return new LoadLimits(maxFileBytes, maxAliases, maxDepth, maxAliasEvents, chars);
    }
}
