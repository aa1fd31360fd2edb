package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AddressOrderTest {

    private static List<IPAddress> blocks(String... texts) {
        List<IPAddress> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.add(text == null ? null : PrefixIndex.block(new IPAddressString(text).getAddress()));
        }
        return blocks;
    }

    @Test
    void ipv4BlocksComeByFirstAddressOuterFirst() {
        List<IPAddress> blocks = blocks("192.168.0.0/16", "10.0.0.0/24", "10.0.0.0/8", "255.255.255.255", "0.0.0.0/0",
                "10.0.0.5", "10.0.0.0/16");
        assertThat(AddressOrder.of(blocks)).containsExactly(4, 2, 6, 1, 5, 0, 3);
    }

    @Test
    void equalBlocksKeepTheOrderGivenAndNullsAreLeftOut() {
        List<IPAddress> blocks = blocks("10.1.0.0/24", null, "10.0.0.0/24", "10.1.0.0/24", null, "10.1.0.0/24");
        assertThat(AddressOrder.of(blocks)).containsExactly(2, 0, 3, 5);
    }

    @Test
    void ipv6BlocksFollowAsGiven() {
        List<IPAddress> blocks = blocks("2001:db8:2::/64", "10.0.0.0/8", "2001:db8:1::/64", "1.0.0.0/8", "::1");
        assertThat(AddressOrder.of(blocks)).containsExactly(3, 1, 0, 2, 4);
    }

    @Test
    void everyIndexOfAnAddressComesOnce() {
        List<IPAddress> blocks = new ArrayList<>();
        for (int i = 999; i >= 0; i--) {
            blocks.add(PrefixIndex.block(new IPAddressString("10." + i / 256 + "." + i % 256 + ".0/24").getAddress()));
        }
        int[] order = AddressOrder.of(blocks);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        assertThat(sorted).isEqualTo(IntStream.range(0, 1000).toArray());
        for (int k = 1; k < order.length; k++) {
            assertThat(blocks.get(order[k - 1]).getValue()).isLessThan(blocks.get(order[k]).getValue());
        }
    }
}
