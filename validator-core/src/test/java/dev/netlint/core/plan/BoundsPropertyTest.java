package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The plan compares numeric bounds instead of IPAddress ranges: they must agree with IPAddress's own
 * {@code overlaps}, for IPv4 and IPv6, prefixes with host bits, single addresses, and IPv6 prefixes on
 * both sides of the 64-bit word boundary.
 */
class BoundsPropertyTest {

    private static final String[] V4 = {"10.0.0.0", "10.0.0.1", "10.0.0.128", "10.0.1.0", "10.128.0.0", "10.255.255.255",
        "192.168.0.0", "0.0.0.0", "255.255.255.255"};
    private static final String[] V6 = {"2001:db8::", "2001:db8::1", "2001:db8:0:0:8000::", "2001:db8:0:1::",
        "2001:db8:8000::", "fe80::", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db8:0:0:ffff:ffff:ffff:ffff"};

    @Provide
    Arbitrary<IPAddress> addresses() {
        Arbitrary<IPAddress> v4 = Combinators.combine(Arbitraries.of(V4), Arbitraries.integers().between(0, 33))
                .as((text, length) -> parse(text, length, 32));
        Arbitrary<IPAddress> v6 = Combinators.combine(Arbitraries.of(V6), Arbitraries.integers().between(0, 129))
                .as((text, length) -> parse(text, length, 128));
        return Arbitraries.oneOf(v4, v6);
    }

    /** The address with a prefix length, host bits kept, or (length beyond the family's bits) without one. */
    private static IPAddress parse(String text, int length, int bits) {
        return new IPAddressString(length > bits ? text : text + "/" + length).getAddress();
    }

    @Property(tries = 1000)
    void overlapsAsIpAddressSays(@ForAll("addresses") IPAddress a, @ForAll("addresses") IPAddress b) {
        var rangeA = (a.isPrefixed() ? a.toPrefixBlock() : a).toSequentialRange();
        var rangeB = (b.isPrefixed() ? b.toPrefixBlock() : b).toSequentialRange();
        boolean expected = a.getIPVersion() == b.getIPVersion() && rangeA.overlaps(rangeB);
        assertThat(Bounds.of(a).overlaps(Bounds.of(b))).as("%s and %s", a, b).isEqualTo(expected);
        assertThat(Bounds.of(a)).isEqualTo(Bounds.of(rangeA));
    }

    @Test
    void aPrefixSpansItsBlockAndAnAddressItself() {
        assertThat(Bounds.of(parse("::", 0, 128))).isEqualTo(new Bounds(128, 0, 0, -1L, -1L));
        assertThat(Bounds.of(parse("2001:db8::5", 32, 128)))
                .isEqualTo(new Bounds(128, 0x20010db800000000L, 0, 0x20010db8ffffffffL, -1L));
        assertThat(Bounds.of(parse("10.1.2.3", 8, 32))).isEqualTo(new Bounds(32, 0, 0x0A000000L, 0, 0x0AFFFFFFL));
        assertThat(Bounds.of(parse("10.0.0.5", 33, 32))).isEqualTo(new Bounds(32, 0, 0x0A000005L, 0, 0x0A000005L));
    }
}
