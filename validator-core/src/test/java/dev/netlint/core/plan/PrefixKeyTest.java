package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefixKeyTest {

    private static PrefixKey key(String text) {
        IPAddress address = new IPAddressString(text).getAddress();
        return PrefixKey.of(address);
    }

    @Test
    void aPrefixIsKeyedByItsBlockAndLength() {
        assertThat(key("192.168.21.5/24")).isEqualTo(key("192.168.21.0/24"));
        assertThat(key("192.168.21.0/24")).isNotEqualTo(key("192.168.21.0/25"));
        assertThat(key("10.0.0.5")).isEqualTo(key("10.0.0.5/32"));
        assertThat(key("10.0.0.5")).isNotEqualTo(key("10.0.0.6"));
        assertThat(key("0.0.0.0/0")).isEqualTo(key("10.1.2.3/0"));
        assertThat(key("255.255.255.255")).isNotEqualTo(key("255.255.255.254"));
    }

    @Test
    void familiesNeverShareAKey() {
        assertThat(key("0.0.0.1")).isNotEqualTo(key("::1"));
        assertThat(key("::/0")).isNotEqualTo(key("0.0.0.0/0"));
    }

    @Test
    void ipv6UsesAllHundredAndTwentyEightBits() {
        assertThat(key("2001:db8:21::7/64")).isEqualTo(key("2001:db8:21::/64"));
        assertThat(key("2001:db8:21::/64")).isNotEqualTo(key("2001:db8:22::/64"));
        assertThat(key("2001:db8::1")).isNotEqualTo(key("2001:db8::2"));
        assertThat(key("8000::/1")).isNotEqualTo(key("::/1"));
    }

    @Test
    void keysOfDistinctBlocksSpreadOverManyHashCodes() {
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            hashes.add(key((10 + i / 65536) + "." + (i / 256 % 256) + "." + (i % 256) + ".0/24").hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(90_000);
    }
}
