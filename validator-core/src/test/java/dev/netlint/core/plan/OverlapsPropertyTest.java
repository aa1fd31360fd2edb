package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Addresses;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sort-and-sweep of {@link Overlaps} against brute force: every pair of ranges compared by their
 * numeric bounds, and every address of a small range tested against a prefix one by one.
 */
class OverlapsPropertyTest {

    /** A range as offsets in a universe: the oracle's own representation, independent of IPAddress. */
    record Span(Universe universe, long lower, long upper) {

        IPAddressSeqRange range() {
            return universe.at(lower).spanWithRange(universe.at(upper));
        }
    }

    @Provide
    Arbitrary<Span> spans() {
        // Edge cases: the ends of the universe and of the lengths only, so that their combinations with a
        // second parameter stay fewer than the tries (jqwik says so otherwise).
        return Combinators.combine(Arbitraries.of(Universe.values()),
                Arbitraries.longs().between(0, 255).edgeCases(c -> c.includeOnly(0L, 255L)),
                Arbitraries.longs().between(0, 40).edgeCases(c -> c.includeOnly(0L, 40L)))
                .as((u, lower, length) -> new Span(u, lower, lower + length));
    }

    @Property(tries = 400)
    void pairsAreExactlyTheOverlappingPairs(@ForAll("spanLists") List<Span> spans) {
        List<Integer> items = IntStream.range(0, spans.size()).boxed().toList();
        List<Overlaps.Pair<Integer>> pairs = Overlaps.pairs(items, i -> spans.get(i).range());

        Set<String> actual = new TreeSet<>();
        for (Overlaps.Pair<Integer> pair : pairs) {
            Span first = spans.get(pair.first());
            Span second = spans.get(pair.second());
            assertThat(first.lower()).as("first starts no later than second").isLessThanOrEqualTo(second.lower());
            int a = Math.min(pair.first(), pair.second());
            int b = Math.max(pair.first(), pair.second());
            assertThat(actual.add(a + "&" + b + "=" + AddressRange.describe(pair.shared())))
                    .as("pair %s,%s reported once", a, b).isTrue();
        }

        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                Span x = spans.get(i);
                Span y = spans.get(j);
                long lower = Math.max(x.lower(), y.lower());
                long upper = Math.min(x.upper(), y.upper());
                if (x.universe() == y.universe() && lower <= upper) {
                    String shared = lower == upper ? x.universe().text(lower)
                            : x.universe().text(lower) + "-" + x.universe().text(upper);
                    expected.add(i + "&" + j + "=" + shared);
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<Span>> spanLists() {
        return spans().list().ofMaxSize(40);
    }

    @Property(tries = 600)
    void containmentAgreesWithEachAddress(@ForAll("spans") Span span, @ForAll("prefixes") PrefixCase prefix)
            throws AddressStringException {
        IPAddressSeqRange range = AddressRange.parse(span.universe().text(span.lower()) + "-"
                + span.universe().text(span.upper())).range();
        IPAddress block = Addresses.parse(prefix.text());

        Set<Long> outsideByAddress = new HashSet<>();
        for (long a = span.lower(); a <= span.upper(); a++) {
            boolean in = prefix.universe() == span.universe() && a >= prefix.lower() && a <= prefix.upper();
            if (!in) {
                outsideByAddress.add(a);
            }
        }
        assertThat(Overlaps.inside(range, block)).isEqualTo(outsideByAddress.isEmpty());

        Set<Long> outside = new HashSet<>();
        List<IPAddressSeqRange> parts = Overlaps.outside(range, block);
        for (IPAddressSeqRange part : parts) {
            for (long a = span.universe().offset(part.getLower()); a <= span.universe().offset(part.getUpper()); a++) {
                assertThat(outside.add(a)).as("parts are disjoint").isTrue();
            }
        }
        assertThat(outside).isEqualTo(outsideByAddress);
    }

    /** A prefix written as a config file would write it, possibly with host bits or as one bare address. */
    record PrefixCase(Universe universe, long lower, long upper, String text) {
    }

    @Provide
    Arbitrary<PrefixCase> prefixes() {
        return Combinators.combine(Arbitraries.of(Universe.values()),
                Arbitraries.longs().between(0, 300).edgeCases(c -> c.includeOnly(0L, 300L)),
                Arbitraries.integers().between(0, 10).edgeCases(c -> c.includeOnly(0, 10)), Arbitraries.of(true, false))
                .as((u, offset, shorter, bare) -> {
                    int length = u.bits() - shorter;
                    if (bare && shorter == 0) {
                        return new PrefixCase(u, offset, offset, u.text(offset));
                    }
                    long start = u.blockStart(offset, length);
                    return new PrefixCase(u, start, start + u.blockSize(length) - 1, u.text(offset) + "/" + length);
                });
    }

    @Property(tries = 200)
    void aPrefixWrittenAsAPoolRangeIsItsWholeBlock(@ForAll("prefixes") PrefixCase prefix) throws AddressStringException {
        IPAddressSeqRange range = AddressRange.parse(prefix.text()).range();
        List<Long> bounds = new ArrayList<>();
        bounds.add(prefix.universe().offset(range.getLower()));
        bounds.add(prefix.universe().offset(range.getUpper()));
        assertThat(bounds).containsExactly(prefix.lower(), prefix.upper());
    }
}
