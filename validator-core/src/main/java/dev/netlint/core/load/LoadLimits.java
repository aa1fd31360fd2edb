package dev.netlint.core.load;

/**
 * Bounds that keep hostile input from exhausting time or memory (SPEC §9).
 *
 * @param maxFileBytes a larger file is refused unread
 * @param maxAliases aliases per document
 * @param maxDepth nesting depth of mappings and sequences
 * @param maxAliasEvents parse events that alias expansion may replay in one file
 */
public record LoadLimits(long maxFileBytes, int maxAliases, int maxDepth, long maxAliasEvents) {

    public static final LoadLimits DEFAULT = new LoadLimits(64L * 1024 * 1024, 50, 100, 100_000);

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxAliases, maxDepth, maxAliasEvents);
    }
}
