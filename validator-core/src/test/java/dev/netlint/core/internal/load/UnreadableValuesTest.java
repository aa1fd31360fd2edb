package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.NetInterface;
import org.junit.jupiter.api.Test;

/**
 * A value written but unreadable is unknown by the typed handle the rules ask with, as the reader sets it
 * from the schema tables (the tables' handles themselves: {@code SchemaKeysTest}).
 */
class UnreadableValuesTest {

    @Test
    void aValueWrittenButUnreadableIsUnknownByItsHandle() {
        FileContent unreadable = LoaderTexts.yaml("""
                device:
                  network:
                    interfaces:
                      - { name: Port3, isDhcpEnabled: false, iPv4: { address: 192.168.20.10/24, gateway: nine },
                          dnsServerAddresses: [not-an-address] }
                    vSwitches:
                      - { name: vSwitch1, interfaces: { port: Port3 }, enabledForCompute: true }
                      - { name: vSwitch2, interfaceName: [[Port2]] }
                    virtualNetworks: 7
                kubernetes:
                  podSubnet: 10.244.0.0
                """);
        NetInterface port = unreadable.device().interfaces().get(0);
        assertThat(port.unknown(NetInterface.DNS_SERVERS)).isTrue();
        assertThat(port.unknownAt(NetInterface.IPV4)).as("a key of the block was not read").isTrue();
        assertThat(port.unknownAt(NetInterface.IPV6)).isFalse();
        assertThat(unreadable.device().vSwitches()).extracting(v -> v.portsKnown()).containsExactly(false, false);
        assertThat(unreadable.device().unknown()).contains(Device.VIRTUAL_NETWORKS.path());
        assertThat(unreadable.kubernetes().unknown(Kubernetes.POD_SUBNET)).isTrue();

        FileContent read = LoaderTexts.yaml("""
                device:
                  network:
                    interfaces:
                      - { name: Port3, isDhcpEnabled: false, iPv4: { address: 192.168.20.10/24 } }
                    vSwitches:
                      - { name: vSwitch1, interfaces: [Port3], enabledForCompute: true }
                kubernetes:
                  podSubnet: 10.244.0.0/16
                """);
        assertThat(read.device().interfaces().get(0).anyUnknown()).isFalse();
        assertThat(read.device().vSwitches().get(0).portsKnown()).isTrue();
        assertThat(read.kubernetes().unknown(Kubernetes.POD_SUBNET)).isFalse();
    }
}
