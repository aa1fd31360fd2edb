package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Device;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which pool owns an address ({@link AddressPlan#localEntry}, {@link AddressPlan#ownerOf}): the first in
 * plan order that holds it, against a pass over every pool, for random pools that nest, overlap and
 * touch in a small block of addresses.
 */
class PoolOwnersTest {

    @TempDir
    Path dir;

    private static final Random SEEDS = new Random(20241130);

    @RepeatedTest(25)
    void theFirstPoolThatHoldsAnAddressOwnsIt() {
        Random random = new Random(SEEDS.nextLong());
        StringBuilder pools = new StringBuilder();
        int count = 1 + random.nextInt(25);
        for (int i = 0; i < count; i++) {
            int first = random.nextInt(120);
            int last = first + random.nextInt(random.nextBoolean() ? 4 : 60);
            pools.append("          - { name: p").append(i).append(", ipAddressRange: 10.0.0.").append(first)
                    .append("-10.0.0.").append(Math.min(last, 254)).append(" }\n");
        }
        Device device = YamlDevices.load(dir, """
                device:
                  network:
                    interfaces:
                      - name: Port3
                        isDhcpEnabled: false
                        iPv4: { address: 10.0.0.255, subnetMask: 255.255.255.0 }
                    vSwitches:
                      - name: vSwitch1
                        interfaceName: Port3
                        ipAddressPools:
                """ + pools);
        AddressPlan plan = AddressPlan.of(device);
        List<PlanEntry> inOrder = new ArrayList<>(plan.entries(PlanKind.POOL));

        for (int host = 0; host < 256; host++) {
            IPAddress address = new IPAddressString("10.0.0." + host).getAddress();
            PlanEntry expected = null;
            for (PlanEntry pool : inOrder) {
                IPAddressSeqRange range = pool.range();
                if (range.contains(address)) {
                    expected = pool;
                    break;
                }
            }
            assertThat(plan.localEntry(address)).as("10.0.0.%d", host)
                    .isSameAs(host == 255 ? plan.entries(PlanKind.INTERFACE_ADDRESS).get(0) : expected);
            if (host != 255) {
                assertThat(plan.ownerOf(address)).isEqualTo(expected == null ? null : "inside " + expected.label());
            }
        }
    }
}
