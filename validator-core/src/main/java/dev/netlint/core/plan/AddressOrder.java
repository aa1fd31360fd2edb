package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;
import java.util.Arrays;
import java.util.List;

/**
 * An order in which to ask about many blocks: IPv4 blocks by first address, then prefix
 * length (equal blocks keep the order given), then the others as given. The answers are the same in
 * any order; in address order each search follows the one before through the same part of the
 * table, which is then in the cache.
 */
final class AddressOrder {

    /** The most blocks {@link #of} sorts: the index takes the low 25 bits of a sort key. */
    static final int SORTABLE = 1 << 25;

    private AddressOrder() {
    }

    /**
     * The indexes of the non-null blocks of {@code blocks} (each a prefix block or one address), IPv4
     * ones in address order, then the others as given; beyond {@value #SORTABLE} blocks, all as given.
     */
    static int[] of(List<IPAddress> blocks) {
        int size = blocks.size();
        boolean sortable = size < SORTABLE;
        long[] v4 = new long[size];
        int[] rest = new int[size];
        int n4 = 0;
        int others = 0;
        for (int i = 0; i < size; i++) {
            IPAddress block = blocks.get(i);
            if (block == null) {
                continue;
            }
            if (sortable && block.isIPv4()) {
                Integer length = block.getNetworkPrefixLength();
                v4[n4++] = Bounds.value(block.toIPv4()) << 31 | (long) (length == null ? 32 : length) << 25 | i;
            } else {
                rest[others++] = i;
            }
        }
        Arrays.sort(v4, 0, n4);
        int[] order = new int[n4 + others];
        for (int k = 0; k < n4; k++) {
            order[k] = (int) (v4[k] & (SORTABLE - 1));
        }
        System.arraycopy(rest, 0, order, n4, others);
        return order;
    }
}
