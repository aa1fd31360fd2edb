package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the forwarding model's prefix index costs per route, counted in bytes allocated (exact, whatever
 * the load of the machine), not timed: filled with n routes as {@link RouteTable} fills it, then asked
 * for the longest-prefix match and the blocks inside of the blocks and hosts of n / 5 of them, as the
 * coverage of the required networks asks. The sorted table ({@link PrefixTable}), which the routes use,
 * allocates a fixed number of bytes per route, no more at 100,000 routes than at 1,000, and fewer than
 * IPAddress's tries ({@link PrefixTrie}) for the same answers: the reason it replaced them (measured:
 * about 180 bytes a route for the table at 1,000, 10,000 and 100,000 routes, about 415 for the tries).
 */
class PrefixIndexCostTest {

    private static final Comparator<Integer> FIRST = (a, b) -> 0;

    /**
     * n routes of one shape whatever n: a /24 for each two routes, the second a /26 inside it, all under
     * 10.0.0.0/8, written in a shuffled order (fixed seed).
     */
    private static List<IPAddress> routes(int n) {
        List<IPAddress> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int base = 0x0A00_0000 + (i / 2 << 8);
            blocks.add(i % 2 == 0 ? new IPv4Address(base, 24).toPrefixBlock()
                    : new IPv4Address(base + 64, 26).toPrefixBlock());
        }
        Collections.shuffle(blocks, new Random(28));
        return blocks;
    }

    private static long allocated(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            work.run();
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return fewest;
    }

    /** Bytes per route to fill an index with n routes and ask it about n / 5 of their blocks and hosts. */
    private static double bytesPerRoute(int n, Function<List<IPAddress>, PrefixIndex<Integer>> fill) {
        List<IPAddress> blocks = routes(n);
        List<IPAddress> questions = new ArrayList<>();
        for (int i = 0; i < n; i += 5) {
            questions.add(blocks.get(i));
            questions.add(blocks.get(i).getLower().increment(1).withoutPrefixLength());
        }
        return allocated(() -> {
            PrefixIndex<Integer> index = fill.apply(blocks);
            for (IPAddress question : questions) {
                index.around(question);
            }
        }) / (double) n;
    }

    private static PrefixIndex<Integer> table(List<IPAddress> blocks) {
        List<Integer> values = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            values.add(i);
        }
        return PrefixTable.of(blocks, values, FIRST);
    }

    private static PrefixIndex<Integer> trie(List<IPAddress> blocks) {
        PrefixTrie<Integer> trie = new PrefixTrie<>();
        for (int i : AddressOrder.of(blocks)) {
            trie.offer(blocks.get(i), i, FIRST);
        }
        return trie;
    }

    @Test
    void theTableAllocatesNoMorePerRouteAsTheRoutesGrow() {
        double thousand = bytesPerRoute(1_000, PrefixIndexCostTest::table);
        double hundredThousand = bytesPerRoute(100_000, PrefixIndexCostTest::table);
        assertThat(hundredThousand).as("bytes per route at 100,000 against %.0f at 1,000", thousand)
                .isLessThanOrEqualTo(thousand * 1.25);
    }

    @Test
    void theTableAllocatesLessThanTheTriesForTheSameAnswers() {
        double table = bytesPerRoute(10_000, PrefixIndexCostTest::table);
        double trie = bytesPerRoute(10_000, PrefixIndexCostTest::trie);
        assertThat(table).as("bytes per route: table against tries (%.0f)", trie).isLessThan(trie / 2);
    }
}
