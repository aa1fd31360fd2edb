package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The orders of ranges, containment in a prefix, the parts outside it, and the pairs of the sweep. */
class OverlapsTest {

    private static IPAddress ip(String text) {
        return new IPAddressString(text).getAddress();
    }

    private static IPAddressSeqRange range(String from, String to) {
        return ip(from).spanWithRange(ip(to));
    }

    private static IPAddressSeqRange block(String prefix) {
        return ip(prefix).toPrefixBlock().toSequentialRange();
    }

    @Test
    void rangesOrderByFamilyThenStartThenEnd() {
        IPAddressSeqRange v4low = range("10.0.0.1", "10.0.0.5");
        IPAddressSeqRange v4lowLonger = range("10.0.0.1", "10.0.0.9");
        IPAddressSeqRange v4high = range("10.0.0.2", "10.0.0.3");
        IPAddressSeqRange v6 = range("::1", "::2");

        List<IPAddressSeqRange> sorted = new ArrayList<>(List.of(v6, v4high, v4lowLonger, v4low));
        sorted.sort(Overlaps.BY_START);
        assertThat(sorted).containsExactly(v4low, v4lowLonger, v4high, v6);

        sorted.sort(Overlaps.BY_START_OUTER_FIRST);
        assertThat(sorted).containsExactly(v4lowLonger, v4low, v4high, v6);

        assertThat(Overlaps.BY_START.compare(v4low, range("10.0.0.1", "10.0.0.5"))).isZero();
        assertThat(Overlaps.BY_START_OUTER_FIRST.compare(v4low, range("10.0.0.1", "10.0.0.5"))).isZero();
        assertThat(Overlaps.BY_START.compare(v6, v4low)).isPositive();
        assertThat(Overlaps.BY_START_OUTER_FIRST.compare(v4high, v4low)).isPositive();
    }

    @Test
    void addressesCompareByValueWhateverTheirPrefixLength() {
        assertThat(Overlaps.compareValue(ip("10.0.0.1/8"), ip("10.0.0.1"))).isZero();
        assertThat(Overlaps.compareValue(ip("10.0.0.1/32"), ip("10.0.0.2/8"))).isNegative();
        assertThat(Overlaps.compareValue(ip("10.0.0.3/30"), ip("10.0.0.2"))).isPositive();
    }

    @Test
    void aRangeIsInsideAPrefixOrOneAddressOfItsOwnFamilyOnly() {
        assertThat(Overlaps.inside(range("10.0.0.1", "10.0.0.200"), ip("10.0.0.7/24"))).isTrue();
        assertThat(Overlaps.inside(range("10.0.0.1", "10.0.1.0"), ip("10.0.0.0/24"))).isFalse();
        assertThat(Overlaps.inside(range("10.0.0.7", "10.0.0.7"), ip("10.0.0.7"))).isTrue();
        assertThat(Overlaps.inside(range("10.0.0.7", "10.0.0.8"), ip("10.0.0.7"))).isFalse();
        assertThat(Overlaps.inside(range("::", "::1"), ip("0.0.0.0/0"))).isFalse();
        assertThat(Overlaps.inside(range("::", "::1"), ip("::/0"))).isTrue();
    }

    @Test
    void thePartsOutsideAPrefixAreListedLowestFirst() {
        assertThat(Overlaps.outside(range("10.0.0.250", "10.0.2.5"), ip("10.0.1.0/24"))).containsExactly(
                range("10.0.0.250", "10.0.0.255"), range("10.0.2.0", "10.0.2.5"));
        assertThat(Overlaps.outside(range("10.0.1.3", "10.0.1.9"), ip("10.0.1.0/24"))).isEmpty();
        assertThat(Overlaps.outside(range("10.0.1.3", "10.0.1.9"), ip("10.0.1.3"))).containsExactly(
                range("10.0.1.4", "10.0.1.9"));
        assertThat(Overlaps.outside(range("::1", "::5"), ip("0.0.0.0/0"))).containsExactly(range("::1", "::5"));
    }

    @Test
    void theSweepPairsOverlappingRangesOfOneFamilyWithTheLowerStartFirst() {
        IPAddressSeqRange a = range("10.0.0.1", "10.0.0.10");
        IPAddressSeqRange b = range("10.0.0.10", "10.0.0.20");
        IPAddressSeqRange c = range("10.0.0.21", "10.0.0.30");
        IPAddressSeqRange d = block("10.0.0.0/24");
        IPAddressSeqRange e = range("::a", "::14");
        IPAddressSeqRange f = range("::14", "::20");
        IPAddressSeqRange g = range("0.0.0.10", "0.0.0.20");

        List<Overlaps.Pair<String>> pairs = Overlaps.pairs(List.of("c", "b", "a", "d", "f", "e", "g"), name -> switch (name) {
            case "a" -> a;
            case "b" -> b;
            case "c" -> c;
            case "d" -> d;
            case "e" -> e;
            case "f" -> f;
            default -> g;
        });

        assertThat(pairs).extracting(p -> p.first() + p.second()).containsExactlyInAnyOrder("da", "db", "ab", "dc",
                "ef");
        assertThat(pairs).filteredOn(p -> p.first().equals("a")).singleElement()
                .satisfies(p -> assertThat(p.shared()).isEqualTo(range("10.0.0.10", "10.0.0.10")));
        assertThat(pairs).filteredOn(p -> p.first().equals("e")).singleElement()
                .satisfies(p -> assertThat(p.shared()).isEqualTo(range("::14", "::14")));
        assertThat(Overlaps.pairs(List.<String>of(), name -> a)).isEmpty();
    }
}
