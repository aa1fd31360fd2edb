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
 * place for a size or an aligned block, in any subnet, with one used range left out and the subnet's
 * first or last address taken, for IPv4 and IPv6.
 */
class FreeSpacePropertyTest {

    record Used(int first, int length) {
    }

    record Question(boolean v6, List<Used> used, int leftOut, int subnetStart, int subnetLength, int size,
                    boolean firstTaken, boolean lastTaken, int blockLength) {
    }

    private static final IPAddress V4 = new IPAddressString("10.0.0.0").getAddress();
    private static final IPAddress V6 = new IPAddressString("2001:db8::").getAddress();

    private static IPAddress at(boolean v6, long offset) {
        return FreeSpace.plus(v6 ? V6 : V4, BigInteger.valueOf(offset));
    }

    private static IPAddressSeqRange range(boolean v6, long first, long last) {
        return at(v6, first).spanWithRange(at(v6, last));
    }

    @Provide
    Arbitrary<Question> questions() {
        Arbitrary<Used> used = Combinators.combine(Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(0, 40)).as(Used::new);
        return Combinators.combine(Arbitraries.of(false, true), used.list().ofMaxSize(25),
                Arbitraries.integers().between(-1, 24), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(6, 9), Arbitraries.integers().between(1, 30),
                Arbitraries.of(false, true), Arbitraries.of(false, true))
                .as((v6, u, left, start, length, size, first, last) -> new Question(v6, u, left, start * 128, length,
                        size, first, last, 0))
                .flatMap(q -> Arbitraries.integers().between(0, 5).map(block -> new Question(q.v6(), q.used(),
                        q.leftOut(), q.subnetStart(), q.subnetLength(), q.size(), q.firstTaken(), q.lastTaken(),
                        block)));
    }

    @Property(tries = 1000)
    void theSamePlaceAsAPassOverEveryUsedRange(@ForAll("questions") Question q) {
        boolean v6 = q.v6();
        List<IPAddressSeqRange> used = new ArrayList<>();
        for (Used u : q.used()) {
            used.add(range(v6, u.first(), u.first() + u.length()));
        }
        IPAddressSeqRange leftOut = q.leftOut() >= 0 && q.leftOut() < used.size() ? used.get(q.leftOut()) : null;
        int bits = v6 ? 128 : 32;
        long subnetSize = 1L << q.subnetLength();
        long start = q.subnetStart() / subnetSize * subnetSize;
        IPAddressSeqRange within = range(v6, start, start + subnetSize - 1);

        List<IPAddressSeqRange> others = new ArrayList<>();
        for (IPAddressSeqRange range : used) {
            if (range != leftOut) {
                others.add(range);
            }
        }
        if (q.firstTaken()) {
            others.add(within.getLower().toSequentialRange());
        }
        if (q.lastTaken()) {
            others.add(within.getUpper().toSequentialRange());
        }
        FreeSpace<IPAddressSeqRange> space = new FreeSpace<>(used, r -> r);

        BigInteger size = BigInteger.valueOf(q.size());
        Optional<String> expected = FreeRange.first(within, size, others).map(Object::toString);
        assertThat(space.first(within, size, leftOut, q.firstTaken(), q.lastTaken()).map(Object::toString))
                .isEqualTo(expected);

        int prefixLength = bits - q.blockLength();
        Optional<String> expectedBlock = FreeRange.firstBlock(within, prefixLength, others).map(Object::toString);
        assertThat(space.firstBlock(within, prefixLength, leftOut, q.firstTaken(), q.lastTaken())
                .map(Object::toString)).isEqualTo(expectedBlock);
    }
}
