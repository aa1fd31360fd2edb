package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PrefixTable} against IPAddress's associative tries ({@link PrefixTrie}): the same
 * longest-prefix match, the same blocks inside a block in the same order, the same value kept when
 * several are offered for one block, over nested and repeated IPv4 and IPv6 blocks and single addresses.
 */
class PrefixTablePropertyTest {

    /** A value offered for a block: its rank in the order, and its place in the offers. */
    record Offer(String prefix, int rank, int serial) {
    }

    private static final Comparator<Offer> BY_RANK = Comparator.comparingInt(Offer::rank);

    @Provide
    Arbitrary<String> prefixes() {
        // few distinct high bits, so that blocks nest and repeat; lengths over the whole range
        Arbitrary<String> v4 = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 33))
                .as((a, b, length) -> length == 33 ? "10." + a + ".0." + b : "10." + a + ".0." + b + "/" + length);
        Arbitrary<String> v6 = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 129))
                .as((a, b, length) -> length == 129 ? "fd00:" + a + "::" + Integer.toHexString(b)
                        : "fd00:" + a + "::" + Integer.toHexString(b) + "/" + length);
        return Arbitraries.oneOf(v4, v6);
    }

    @Provide
    Arbitrary<List<String>> prefixLists() {
        return prefixes().list().ofMaxSize(60);
    }

    private static IPAddress block(String text) {
        return PrefixIndex.block(new IPAddressString(text).getAddress());
    }

    @Property(tries = 500)
    void answersAsTheTriesDo(@ForAll("prefixLists") List<String> prefixes, @ForAll("prefixLists") List<String> queries,
                             @ForAll("ranks") List<Integer> ranks) {
        List<IPAddress> blocks = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        PrefixTrie<Offer> trie = new PrefixTrie<>();
        for (int i = 0; i < prefixes.size(); i++) {
            Offer offer = new Offer(prefixes.get(i), ranks.isEmpty() ? 0 : ranks.get(i % ranks.size()), i);
            blocks.add(i % 7 == 3 ? null : block(offer.prefix()));
            offers.add(offer);
            if (blocks.get(i) != null) {
                trie.offer(blocks.get(i), offer, BY_RANK);
            }
        }
        PrefixTable<Offer> table = PrefixTable.of(blocks, offers, BY_RANK);
        List<String> asked = new ArrayList<>(queries);
        asked.addAll(prefixes);
        for (String query : asked) {
            IPAddress block = block(query);
            assertThat(table.longestPrefixMatch(block)).as("longest match of %s", query)
                    .isEqualTo(trie.longestPrefixMatch(block));
            // the trie lists a block between the blocks of its lower and its upper half; the table outer first
            List<Offer> inside = table.inside(block);
            assertThat(inside).as("inside %s", query).containsExactlyInAnyOrderElementsOf(trie.inside(block))
                    .isSortedAccordingTo(Comparator.comparing(o -> Bounds.of(block(o.prefix())),
                            Bounds.BY_START_OUTER_FIRST));
            PrefixIndex.Around<Offer> around = table.around(block);
            assertThat(around.containing()).as("around %s", query).isEqualTo(trie.around(block).containing());
            assertThat(around.inside()).as("around %s", query).isEqualTo(inside);
        }
    }

    @Provide
    Arbitrary<List<Integer>> ranks() {
        return Arbitraries.integers().between(0, 2).list().ofMaxSize(5);
    }
}
