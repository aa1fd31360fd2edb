package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The prefix table answers as IPAddress's own containment does, checked against a brute-force oracle
 * on random mixes of IPv4 and IPv6 blocks that nest often: host routes, the default route, and IPv6
 * prefixes on both sides of the 64-bit word boundary.
 */
class PrefixTablePropertyTest {

    /** A few values per octet or per 16-bit group, so that random blocks nest and repeat. */
    private static final String[] V4 = {"10.0.0.0", "10.0.0.1", "10.0.0.128", "10.0.1.0", "10.128.0.0", "10.255.255.255",
        "192.168.0.0", "0.0.0.0", "255.255.255.255"};
    private static final String[] V6 = {"2001:db8::", "2001:db8::1", "2001:db8:0:0:8000::", "2001:db8:0:1::",
        "2001:db8:8000::", "fe80::", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db8:0:0:ffff:ffff:ffff:ffff"};

    record Entry(IPAddress prefix, int order) {
    }

    @Provide
    Arbitrary<IPAddress> prefixes() {
        Arbitrary<IPAddress> v4 = Combinators.combine(Arbitraries.of(V4), Arbitraries.integers().between(0, 33))
                .as((text, length) -> parse(text, length, 32));
        Arbitrary<IPAddress> v6 = Combinators.combine(Arbitraries.of(V6), Arbitraries.integers().between(0, 129))
                .as((text, length) -> parse(text, length, 128));
        return Arbitraries.oneOf(v4, v6);
    }

    /** A prefix block of the given length, or (length beyond the family's bits) the bare address. */
    private static IPAddress parse(String text, int length, int bits) {
        IPAddress address = new IPAddressString(text).getAddress();
        return length > bits ? address : address.setPrefixLength(length, true).toPrefixBlock();
    }

    @Property(tries = 1000)
    void longestMatchAndInsideAgreeWithTheOracle(@ForAll("entries") List<IPAddress> keys,
                                                  @ForAll("prefixes") IPAddress query) {
        List<PrefixTable.Block> blocks = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            blocks.add(PrefixTable.Block.of(keys.get(i)));
            entries.add(new Entry(keys.get(i), i));
        }
        // Keep the highest order per block: a rule that is not "the first wins", to see it applied.
        PrefixTable<Entry> table = PrefixTable.of(blocks, entries, (entry, kept) -> entry.order() % 2 == 1);
        List<Entry> kept = oracleKept(entries);

        Entry best = null;
        for (Entry e : kept) {
            if (contains(e.prefix(), query) && (best == null || contains(best.prefix(), e.prefix()))) {
                best = e;
            }
        }
        assertThat(table.containing(PrefixTable.Block.of(query))).as("longest match of %s", query).isEqualTo(best);

        List<Entry> inside = kept.stream().filter(e -> contains(query, e.prefix())).toList();
        assertThat(table.inside(PrefixTable.Block.of(query))).as("inside %s", query)
                .containsExactlyInAnyOrderElementsOf(inside);
        assertThat(table.size()).isEqualTo(kept.size());
    }

    @Provide
    Arbitrary<List<IPAddress>> entries() {
        return prefixes().list().ofMaxSize(40);
    }

    /** Per distinct block, the entry the table must keep: the first, replaced by each later odd order. */
    private static List<Entry> oracleKept(List<Entry> entries) {
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries) {
            int at = -1;
            for (int i = 0; i < kept.size(); i++) {
                if (sameBlock(kept.get(i).prefix(), entry.prefix())) {
                    at = i;
                }
            }
            if (at < 0) {
                kept.add(entry);
            } else if (entry.order() % 2 == 1) {
                kept.set(at, entry);
            }
        }
        return kept;
    }

    private static boolean sameBlock(IPAddress a, IPAddress b) {
        return a.getIPVersion() == b.getIPVersion() && contains(a, b) && contains(b, a);
    }

    private static boolean contains(IPAddress outer, IPAddress inner) {
        return outer.getIPVersion() == inner.getIPVersion()
                && outer.toSequentialRange().contains(inner.toSequentialRange());
    }

    @Test
    void blocksSpanTheWholeFamilyAtLengthZeroAndOneAddressWithoutPrefix() {
        PrefixTable.Block all6 = PrefixTable.Block.of(parse("::", 0, 128));
        assertThat(all6).isEqualTo(new PrefixTable.Block(128, 0, 0, -1L, -1L));
        PrefixTable.Block half6 = PrefixTable.Block.of(parse("2001:db8::", 64, 128));
        assertThat(half6).isEqualTo(new PrefixTable.Block(128, 0x20010db800000000L, 0, 0x20010db800000000L, -1L));
        PrefixTable.Block upper6 = PrefixTable.Block.of(parse("2001:db8::", 32, 128));
        assertThat(upper6).isEqualTo(new PrefixTable.Block(128, 0x20010db800000000L, 0, 0x20010db8ffffffffL, -1L));
        assertThat(PrefixTable.Block.of(parse("10.0.0.0", 0, 32))).isEqualTo(new PrefixTable.Block(32, 0, 0, 0, 0xFFFFFFFFL));
        assertThat(PrefixTable.Block.of(parse("10.0.0.0", 8, 32)))
                .isEqualTo(new PrefixTable.Block(32, 0, 0x0A000000L, 0, 0x0AFFFFFFL));
        assertThat(PrefixTable.Block.of(new IPAddressString("10.0.0.5").getAddress()))
                .isEqualTo(new PrefixTable.Block(32, 0, 0x0A000005L, 0, 0x0A000005L));
    }

    @Test
    void anEmptyTableFindsNothing() {
        PrefixTable<String> table = PrefixTable.of(List.of(), List.of(), (a, b) -> true);
        assertThat(table.containing(PrefixTable.Block.of(parse("10.0.0.0", 8, 32)))).isNull();
        assertThat(table.inside(PrefixTable.Block.of(parse("0.0.0.0", 0, 32)))).isEmpty();
    }
}
