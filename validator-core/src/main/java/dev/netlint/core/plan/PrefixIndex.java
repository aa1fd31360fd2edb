package dev.netlint.core.plan;

import dev.netlint.core.model.Addresses;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * Values by prefix block: the value of the most specific block holding a block (the longest-prefix
 * match), and the values of the blocks inside one, in address order. Blocks are given as
 * {@link #block} makes them: a prefix block, or one address. Of several values offered for one block,
 * the first in the index's order stays, the earliest offered on a tie.
 *
 * @param <V> the value kept per block
 */
interface PrefixIndex<V> {

    /** The block of a prefix (host bits cleared), or the address itself when it has no prefix length. */
    static IPAddress block(IPAddress prefix) {
        return Addresses.block(prefix);
    }

    /** The key of a block: the block, or the bare address for a single host. */
    static IPAddress key(IPAddress block) {
        return block.isMultiple() ? block : block.withoutPrefixLength();
    }

    /** The value of the most specific block that contains {@code block} (or is it), or {@code null}. */
    V longestPrefixMatch(IPAddress block);

    /** The values of the blocks inside {@code block} (it included), in address order, outer first. */
    List<V> inside(IPAddress block);

    /** The value of the most specific block that contains {@code block}, and the values of the blocks inside it. */
    Around<V> around(IPAddress block);

    /** What {@link #around} finds: the value of the block around a block, and the values inside it. */
    record Around<V>(V containing, List<V> inside) {
    }
}
