package dev.netlint.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FreeSpace} against {@link FreeRange}, which subtracts every used range in one pass: the same
 * place for a size or an aligned block, in any subnet, with one used range left out, the subnet's first
 * or last address taken, and each place found taken for the next question, for IPv4 and IPv6.
 */
class FreeSpacePropertyTest {

    record Used(int first, int length) {
    }

    /** One question: which used range to leave out (-1: none), the subnet, the size or block wanted. */
    record Ask(int leftOut, int subnetStart, int subnetLength, int size, boolean block, boolean firstTaken,
               boolean lastTaken) {
    }

    record Case(boolean v6, List<Used> used, List<Ask> asks) {
    }

    private static final IPAddress V4 = new IPAddressString("10.0.0.0").getAddress();
    private static final IPAddress V6 = new IPAddressString("2001:db8::").getAddress();

    private static IPAddressSeqRange range(boolean v6, long first, long last) {
        return FreeSpace.plus(v6 ? V6 : V4, BigInteger.valueOf(first))
                .spanWithRange(FreeSpace.plus(v6 ? V6 : V4, BigInteger.valueOf(last)));
    }

    @Provide
    Arbitrary<Case> cases() {
        // Edge cases: the ends of each range only, none left out and the first subnet, so that their
        // combinations stay fewer than the tries (jqwik says so otherwise).
        Arbitrary<Used> used = Combinators.combine(
                Arbitraries.integers().between(0, 500).edgeCases(c -> c.includeOnly(0, 500)),
                Arbitraries.integers().between(0, 40).edgeCases(c -> c.includeOnly(0, 40))).as(Used::new);
        Arbitrary<Ask> asks = Combinators.combine(
                Arbitraries.integers().between(-1, 24).edgeCases(c -> c.includeOnly(-1)),
                Arbitraries.integers().between(0, 3).edgeCases(c -> c.includeOnly(0)),
                Arbitraries.integers().between(6, 9).edgeCases(c -> c.includeOnly(6, 9)),
                Arbitraries.integers().between(1, 30).edgeCases(c -> c.includeOnly(1, 30)), Arbitraries.of(false, true),
                Arbitraries.of(false, true), Arbitraries.of(false, true))
                .as((left, start, length, size, block, first, last) -> new Ask(left, start * 128, length, size,
                        block, first, last));
        return Combinators.combine(Arbitraries.of(false, true), used.list().ofMaxSize(25), asks.list().ofMinSize(1)
                .ofMaxSize(8)).as(Case::new);
    }

    @Property(tries = 1000)
    void theSamePlacesAsAPassOverEveryUsedRange(@ForAll("cases") Case c) {
        boolean v6 = c.v6();
        List<IPAddressSeqRange> used = new ArrayList<>();
        for (Used u : c.used()) {
            used.add(range(v6, u.first(), u.first() + u.length()));
        }
        FreeSpace<IPAddressSeqRange> space = new FreeSpace<>(used, r -> r);
        List<IPAddressSeqRange> offered = new ArrayList<>();
        for (Ask ask : c.asks()) {
            IPAddressSeqRange leftOut = ask.leftOut() >= 0 && ask.leftOut() < used.size() ? used.get(ask.leftOut())
                    : null;
            long subnetSize = 1L << ask.subnetLength();
            long start = ask.subnetStart() / subnetSize * subnetSize;
            IPAddressSeqRange within = range(v6, start, start + subnetSize - 1);
            List<IPAddressSeqRange> others = new ArrayList<>(offered);
            for (IPAddressSeqRange range : used) {
                if (range != leftOut) {
                    others.add(range);
                }
            }
            if (ask.firstTaken()) {
                others.add(within.getLower().toSequentialRange());
            }
            if (ask.lastTaken()) {
                others.add(within.getUpper().toSequentialRange());
            }
            Optional<IPAddressSeqRange> expected;
            Optional<IPAddressSeqRange> actual;
            if (ask.block()) {
                int prefixLength = (v6 ? 128 : 32) - ask.size() % 6;
                expected = FreeRange.firstBlock(within, prefixLength, others).map(IPAddress::toSequentialRange);
                actual = space.firstBlock(within, prefixLength, leftOut, ask.firstTaken(), ask.lastTaken())
                        .map(IPAddress::toSequentialRange);
            } else {
                BigInteger size = BigInteger.valueOf(ask.size());
                expected = FreeRange.first(within, size, others);
                actual = space.first(within, size, leftOut, ask.firstTaken(), ask.lastTaken());
            }
            assertThat(actual.map(Object::toString)).as("%s", ask).isEqualTo(expected.map(Object::toString));
            actual.ifPresent(place -> {
                space.take(place);
                offered.add(place);
            });
        }
    }

    @org.junit.jupiter.api.Test
    void aRangeLeftOutThatHoldsManyOthersIsLookedIntoAsFarAsTheFirstSixtyFour() {
        List<IPAddressSeqRange> used = new ArrayList<>();
        IPAddressSeqRange big = range(false, 0, 1000);
        used.add(big);
        for (int i = 0; i < 100; i++) {
            used.add(range(false, 10L * i, 10L * i + 5));
        }
        FreeSpace<IPAddressSeqRange> space = new FreeSpace<>(used, r -> r);
        IPAddressSeqRange within = range(false, 0, 4095);

        assertThat(space.first(within, BigInteger.valueOf(3), big, false, false)).map(Object::toString)
                .contains(range(false, 6, 8).toString());
        assertThat(space.first(within, BigInteger.valueOf(10), big, false, false)).map(Object::toString)
                .as("no gap of 10 among the small ranges; past the 64th, the big range counts as used")
                .contains(range(false, 1001, 1010).toString());
        assertThat(space.first(within, BigInteger.valueOf(4), big, false, false)).map(Object::toString)
                .contains(range(false, 6, 9).toString());
    }
}
