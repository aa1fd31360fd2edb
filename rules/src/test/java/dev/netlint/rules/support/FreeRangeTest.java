package dev.netlint.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FreeRangeTest {

    private static final IPAddressSeqRange SUBNET = range("192.168.20.0/24");

    @Test
    void gapsAreTheSubnetMinusUsedRangesWhateverTheirOrder() {
        List<IPAddressSeqRange> used = List.of(range("192.168.20.20-192.168.20.22"), range("192.168.20.0"),
                range("192.168.20.10"), range("192.168.20.255"), range("192.168.20.21-192.168.20.40"));
        assertThat(FreeRange.gaps(SUBNET, used)).extracting(FreeRangeTest::text)
                .containsExactly("192.168.20.1-192.168.20.9", "192.168.20.11-192.168.20.19",
                        "192.168.20.41-192.168.20.254");
    }

    @Test
    void usedRangesOutsideTheSubnetOrOfTheOtherFamilyAreIgnored() {
        List<IPAddressSeqRange> used = List.of(range("10.0.0.0/8"), range("2001:db8::/32"),
                range("192.168.19.250-192.168.20.4"), range("192.168.20.250-192.168.21.9"));
        assertThat(FreeRange.gaps(SUBNET, used)).extracting(FreeRangeTest::text)
                .containsExactly("192.168.20.5-192.168.20.249");
    }

    @Test
    void aFullyUsedSubnetHasNoGap() {
        assertThat(FreeRange.gaps(SUBNET, List.of(range("192.168.0.0/16")))).isEmpty();
        assertThat(FreeRange.first(SUBNET, BigInteger.ONE, List.of(range("192.168.0.0/16")))).isEmpty();
    }

    @Test
    void firstTakesTheLowestGapThatIsLargeEnough() {
        List<IPAddressSeqRange> used = List.of(range("192.168.20.0"), range("192.168.20.10"),
                range("192.168.20.20-192.168.20.22"), range("192.168.20.255"));
        assertThat(FreeRange.first(SUBNET, BigInteger.valueOf(9), used)).map(FreeRangeTest::text)
                .contains("192.168.20.1-192.168.20.9");
        assertThat(FreeRange.first(SUBNET, BigInteger.valueOf(10), used)).map(FreeRangeTest::text)
                .contains("192.168.20.23-192.168.20.32");
        assertThat(FreeRange.first(SUBNET, BigInteger.valueOf(233), used)).isEmpty();
        assertThat(FreeRange.first(SUBNET, BigInteger.valueOf(232), used)).map(FreeRangeTest::text)
                .contains("192.168.20.23-192.168.20.254");
        assertThat(FreeRange.first(SUBNET, BigInteger.ZERO, used)).isEmpty();
    }

    @Test
    void firstBlockIsAlignedOnItsPrefixLength() {
        List<IPAddressSeqRange> used = List.of(range("192.168.20.0"), range("192.168.20.10"),
                range("192.168.20.20-192.168.20.22"), range("192.168.20.255"));
        assertThat(FreeRange.firstBlock(SUBNET, 28, used)).map(IPAddress::toCanonicalString)
                .contains("192.168.20.32/28");
        assertThat(FreeRange.firstBlock(SUBNET, 30, used)).map(IPAddress::toCanonicalString)
                .contains("192.168.20.4/30");
        assertThat(FreeRange.firstBlock(SUBNET, 25, used)).isEmpty();
        assertThat(FreeRange.firstBlock(SUBNET, 32, used)).map(IPAddress::toCanonicalString)
                .contains("192.168.20.1/32");
    }

    @Test
    void ipv6RangesLargerThanALong() {
        IPAddressSeqRange subnet = range("2001:db8:20::/48");
        List<IPAddressSeqRange> used = List.of(range("2001:db8:20::/64"), range("2001:db8:20:1::5"));
        BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
        assertThat(FreeRange.first(subnet, twoTo64, used)).map(FreeRangeTest::text)
                .contains("2001:db8:20:1::6-2001:db8:20:2::5");
        assertThat(FreeRange.first(subnet, BigInteger.valueOf(5), used)).map(FreeRangeTest::text)
                .contains("2001:db8:20:1::-2001:db8:20:1::4");
        assertThat(FreeRange.firstBlock(subnet, 64, used)).map(IPAddress::toCanonicalString)
                .contains("2001:db8:20:2::/64");
    }

    /** The sweep agrees with a scan of every address of a /24 against every used range. */
    @Property(tries = 300)
    void firstAgreesWithABruteForceScan(@ForAll @Size(max = 12) List<@IntRange(max = 255) Integer> starts,
                                        @ForAll @Size(max = 12) List<@IntRange(max = 40) Integer> lengths,
                                        @ForAll @IntRange(min = 1, max = 64) int size) {
        List<IPAddressSeqRange> used = new ArrayList<>();
        boolean[] taken = new boolean[256];
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            int lo = starts.get(i);
            int hi = Math.min(255, lo + lengths.get(i));
            used.add(range("192.168.20." + lo + "-192.168.20." + hi));
            for (int a = lo; a <= hi; a++) {
                taken[a] = true;
            }
        }
        Optional<String> expected = Optional.empty();
        int run = 0;
        for (int a = 0; a < 256; a++) {
            run = taken[a] ? 0 : run + 1;
            if (run == size) {
                int lo = a - size + 1;
                expected = Optional.of(size == 1 ? "192.168.20." + lo : "192.168.20." + lo + "-192.168.20." + a);
                break;
            }
        }
        assertThat(FreeRange.first(SUBNET, BigInteger.valueOf(size), used).map(FreeRangeTest::text))
                .isEqualTo(expected);
    }

    private static IPAddressSeqRange range(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            IPAddress address = new IPAddressString(text).getAddress();
            return (address.isPrefixed() ? address.toPrefixBlock() : address).toSequentialRange();
        }
        return new IPAddressString(text.substring(0, dash)).getAddress()
                .spanWithRange(new IPAddressString(text.substring(dash + 1)).getAddress());
    }

    private static String text(IPAddressSeqRange range) {
        return dev.netlint.core.model.AddressRange.describe(range);
    }
}
