package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.plan.OverlapsPropertyTest.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link RangeIndex} against brute force: which ranges overlap a query, in which order, and how many. */
class RangeIndexPropertyTest {

    @Provide
    Arbitrary<Span> spans() {
        // Edge cases: the ends of the universe and of the lengths only, so that their combinations with a
        // second parameter stay fewer than the tries (jqwik says so otherwise).
        return Combinators.combine(Arbitraries.of(Universe.values()),
                Arbitraries.longs().between(0, 255).edgeCases(c -> c.includeOnly(0L, 255L)),
                Arbitraries.longs().between(0, 40).edgeCases(c -> c.includeOnly(0L, 40L)))
                .as((u, lower, length) -> new Span(u, lower, lower + length));
    }

    @Provide
    Arbitrary<List<Span>> spanLists() {
        return spans().list().ofMaxSize(60);
    }

    private static boolean overlap(Span a, Span b) {
        return a.universe() == b.universe() && a.lower() <= b.upper() && b.lower() <= a.upper();
    }

    /** The indices of {@code spans} that overlap {@code query}, lowest start first (then end, then index). */
    private static List<Integer> expected(List<Span> spans, Span query, int upTo) {
        return IntStream.range(0, upTo).filter(i -> overlap(spans.get(i), query)).boxed()
                .sorted((a, b) -> {
                    Span x = spans.get(a);
                    Span y = spans.get(b);
                    int c = Long.compare(x.lower(), y.lower());
                    return c != 0 ? c : Long.compare(x.upper(), y.upper());
                }).toList();
    }

    private static List<Long> starts(List<Span> spans, List<Integer> indices) {
        return indices.stream().map(i -> spans.get(i).lower() * 1000 + spans.get(i).upper()).toList();
    }

    @Property(tries = 400)
    void everyOverlappingRangeIsFoundAndCounted(@ForAll("spanLists") List<Span> spans, @ForAll("spans") Span query) {
        List<Integer> items = IntStream.range(0, spans.size()).boxed().toList();
        RangeIndex<Integer> index = RangeIndex.of(items, i -> spans.get(i).range());

        List<Integer> expected = expected(spans, query, spans.size());
        List<Integer> found = index.overlapping(query.range());
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(starts(spans, found)).isEqualTo(starts(spans, expected));
        assertThat(index.count(query.range())).isEqualTo(expected.size());
        assertThat(index.overlapping(query.range(), 2)).hasSize(Math.min(2, expected.size()))
                .isEqualTo(found.subList(0, Math.min(2, found.size())));
    }

    @Property(tries = 300)
    void aGrowingIndexSeesOnlyTheItemsInsertedSoFar(@ForAll("spanLists") List<Span> spans) {
        List<Integer> items = IntStream.range(0, spans.size()).boxed().toList();
        RangeIndex<Integer> index = RangeIndex.empty(items, i -> spans.get(i).range());
        List<Integer> counts = new ArrayList<>();
        List<Integer> brute = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span query = spans.get(i);
            List<Integer> expected = expected(spans, query, i);
            assertThat(index.overlapping(query.range())).containsExactlyInAnyOrderElementsOf(expected);
            counts.add(index.count(query.range()));
            brute.add(expected.size());
            index.insert(i);
        }
        assertThat(counts).isEqualTo(brute);
    }
}
