package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The sweep finds exactly the overlapping pairs a loop over all pairs finds, with the lower start first,
 * on random mixes of IPv4 and IPv6 prefixes, ranges and single addresses.
 */
class OverlapsSweepTest {

    @RepeatedTest(20)
    void findsTheSamePairsAsTheBruteForce(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<IPAddressSeqRange> ranges = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ranges.add(random(random));
        }
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                IPAddressSeqRange a = ranges.get(i);
                IPAddressSeqRange b = ranges.get(j);
                if (a.getLower().getIPVersion() == b.getLower().getIPVersion() && a.overlaps(b)) {
                    expected.add(key(i, j));
                }
            }
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            indexes.add(i);
        }
        Set<String> actual = new HashSet<>();
        for (Overlaps.Pair<Integer> pair : Overlaps.pairs(indexes, ranges::get)) {
            IPAddressSeqRange first = ranges.get(pair.first());
            IPAddressSeqRange second = ranges.get(pair.second());
            assertThat(Overlaps.BY_START.compare(first, second)).as("the lower start comes first").isLessThanOrEqualTo(0);
            assertThat(pair.shared()).isEqualTo(first.intersect(second));
            actual.add(key(pair.first(), pair.second()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void prefixBlocksAreComparedByTheirAddressesNotAsSubnets() {
        List<IPAddressSeqRange> ranges = List.of(block("10.0.0.0/24"), block("10.0.0.128/25"), block("10.0.1.0/24"),
                block("fd00::/64"), block("fd00::8000:0:0:0/65"));
        List<Overlaps.Pair<IPAddressSeqRange>> pairs = Overlaps.pairs(ranges, r -> r);
        assertThat(pairs).extracting(p -> p.shared().toString())
                .containsExactlyInAnyOrder(block("10.0.0.128/25").toString(), block("fd00::8000:0:0:0/65").toString());
    }

    private static IPAddressSeqRange random(Random random) {
        boolean v6 = random.nextInt(4) == 0;
        String base = v6 ? "fd00::" + Integer.toHexString(random.nextInt(64)) : "10.0.0." + random.nextInt(64);
        IPAddress start = new IPAddressString(base).getAddress();
        return switch (random.nextInt(3)) {
            case 0 -> start.setPrefixLength(start.getBitCount() - random.nextInt(5), false).toPrefixBlock()
                    .toSequentialRange();
            case 1 -> start.spanWithRange(start.increment(random.nextInt(12)));
            default -> start.toSequentialRange();
        };
    }

    private static IPAddressSeqRange block(String prefix) {
        return new IPAddressString(prefix).getAddress().toPrefixBlock().toSequentialRange();
    }

    private static String key(int a, int b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}
