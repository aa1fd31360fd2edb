package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import java.nio.charset.MalformedInputException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every modelled value keeps the 1-based line and column of the value (not of its key) and its RFC 6901
 * pointer, whatever the syntax: YAML block and flow style, pretty and one-line JSON, the indentation of
 * Windows PowerShell 5.1, CRLF line ends, a UTF-8 BOM, UTF-16 with a BOM. The six documents are the same
 * document, so one table of expectations serves them all; each expected position is found by searching
 * the value's text in the decoded file.
 */
class LocationsTest {

    /**
     * One expected value.
     *
     * @param text how the value is written (and the needle that finds it)
     * @param occurrence which occurrence of {@code text} in the file, 0-based, in document order
     * @param quotedInJson whether JSON writes it as a string (its column is then the quote's)
     */
    record Expect(String text, int occurrence, boolean quotedInJson, String pointer,
                  Function<FileContent, Located<?>> value, Object expected) {
    }

    private static final List<Expect> EXPECTED = List.of(
            str("NODE-A", 0, "/device/deviceInfo/nodes/0/name", c -> c.device().nodes().get(0).name()),
            str("9b18c0de-0001", 0, "/device/deviceInfo/nodes/0/id", c -> c.device().nodes().get(0).id()),
            str("plant.example.com", 0, "/device/deviceEndpoint/dnsDomain", c -> c.device().dnsDomain()),
            str("Port2", 0, "/device/network/interfaces/0/name", c -> port(c, 0).name()),
            str("NODE-A", 1, "/device/network/interfaces/0/nodeName", c -> port(c, 0).nodeName()),
            new Expect("false", 0, false, "/device/network/interfaces/0/isDhcpEnabled",
                    c -> port(c, 0).dhcpEnabled(), false),
            ip("10.57.48.10/24", "/device/network/interfaces/0/iPv4/address", c -> port(c, 0).ipv4().address()),
            ip("255.255.255.0", "/device/network/interfaces/0/iPv4/subnetMask", c -> port(c, 0).ipv4().subnetMask()),
            ip("10.57.48.254", "/device/network/interfaces/0/iPv4/gateway", c -> port(c, 0).ipv4().gateway()),
            ip("2001:db8:48::10", "/device/network/interfaces/0/iPv6/address", c -> port(c, 0).ipv6().address()),
            new Expect("64", 0, false, "/device/network/interfaces/0/iPv6/prefixLength",
                    c -> port(c, 0).ipv6().prefixLength(), 64L),
            ip("2001:db8:48::fe", "/device/network/interfaces/0/iPv6/gateway", c -> port(c, 0).ipv6().gateway()),
            ip("10.57.48.5", "/device/network/interfaces/0/dnsServerAddresses/0",
                    c -> port(c, 0).dnsServers().get(0)),
            ip("10.57.48.6", "/device/network/interfaces/0/dnsServerAddresses/1",
                    c -> port(c, 0).dnsServers().get(1)),
            str("plant.example.net", 0, "/device/network/interfaces/0/dnsSuffix", c -> port(c, 0).dnsSuffix()),
            str("Port3", 0, "/device/network/interfaces/1/name", c -> port(c, 1).name()),
            new Expect("true", 0, false, "/device/network/interfaces/1/isDhcpEnabled",
                    c -> port(c, 1).dhcpEnabled(), true),
            str("vSwitch1", 0, "/device/network/vSwitches/0/name", c -> c.device().vSwitches().get(0).name()),
            str("Port3", 1, "/device/network/vSwitches/0/interfaceName",
                    c -> c.device().vSwitches().get(0).interfaceNames().get(0)),
            new Expect("true", 1, false, "/device/network/vSwitches/0/enabledForCompute",
                    c -> c.device().vSwitches().get(0).enabledForCompute(), true),
            new Expect("false", 1, false, "/device/network/vSwitches/0/enableEmbeddedTeaming",
                    c -> c.device().vSwitches().get(0).enableEmbeddedTeaming(), false),
            new Expect("1500", 0, false, "/device/network/vSwitches/0/mtu",
                    c -> c.device().vSwitches().get(0).mtu(), 1500L),
            str("KubernetesNodeIPs", 0, "/device/network/vSwitches/0/ipAddressPools/0/name",
                    c -> c.device().vSwitches().get(0).pools().get(0).name()),
            range("192.168.20.20-192.168.20.22", "/device/network/vSwitches/0/ipAddressPools/0/ipAddressRange",
                    c -> c.device().vSwitches().get(0).pools().get(0).range()),
            str("vnet1", 0, "/device/network/virtualNetworks/0/name",
                    c -> c.device().virtualNetworks().get(0).name()),
            str("vSwitch1", 1, "/device/network/virtualNetworks/0/vSwitchName",
                    c -> c.device().virtualNetworks().get(0).vSwitchName()),
            new Expect("2042", 0, false, "/device/network/virtualNetworks/0/vlanId",
                    c -> c.device().virtualNetworks().get(0).vlanId(), 2042L),
            ip("10.10.0.0/23", "/device/network/virtualNetworks/0/network",
                    c -> c.device().virtualNetworks().get(0).network()),
            ip("255.255.254.0", "/device/network/virtualNetworks/0/subnetMask",
                    c -> c.device().virtualNetworks().get(0).subnetMask()),
            ip("10.10.0.1", "/device/network/virtualNetworks/0/gateway",
                    c -> c.device().virtualNetworks().get(0).gateway()),
            new Expect("false", 2, false, "/device/network/virtualNetworks/0/enabledForKubernetes",
                    c -> c.device().virtualNetworks().get(0).enabledForKubernetes(), false),
            range("10.10.0.50-10.10.0.99", "/device/network/virtualNetworks/0/ipAddressPools/0/ipAddressRange",
                    c -> c.device().virtualNetworks().get(0).pools().get(0).range()),
            new Expect("true", 2, false, "/device/webProxy/isEnabled", c -> c.device().webProxy().isEnabled(), true),
            str("http://10.57.48.82:8080", 0, "/device/webProxy/connectionURI",
                    c -> c.device().webProxy().connectionUri()),
            ip("172.27.0.0/16", "/kubernetes/podSubnet", c -> c.kubernetes().podSubnet()),
            ip("172.28.0.0/16", "/kubernetes/serviceSubnet", c -> c.kubernetes().serviceSubnet()),
            str("Port3", 2, "/kubernetes/routes/0/interfaceAlias", c -> c.kubernetes().routes().get(0).interfaceAlias()),
            ip("192.168.21.0/24", "/kubernetes/routes/0/destinationPrefix",
                    c -> c.kubernetes().routes().get(0).destinationPrefix()),
            ip("192.168.20.254", "/kubernetes/routes/0/nextHop", c -> c.kubernetes().routes().get(0).nextHop()),
            new Expect("777", 0, false, "/kubernetes/routes/0/routeMetric",
                    c -> c.kubernetes().routes().get(0).routeMetric(), "777"),
            str("webui", 0, "/kubernetes/services/0/name", c -> c.kubernetes().services().get(0).name()),
            str("factory", 0, "/kubernetes/services/0/namespace", c -> c.kubernetes().services().get(0).namespace()),
            str("LoadBalancer", 0, "/kubernetes/services/0/type", c -> c.kubernetes().services().get(0).type()),
            ip("192.168.20.31", "/kubernetes/services/0/loadBalancerIP",
                    c -> c.kubernetes().services().get(0).loadBalancerIp()),
            ip("172.28.0.20", "/kubernetes/services/1/clusterIP", c -> c.kubernetes().services().get(1).clusterIp()),
            str("cameras", 0, "/kubernetes/requiredNetworks/0/name",
                    c -> c.kubernetes().requiredNetworks().get(0).name()),
            ip("192.168.23.0/24", "/kubernetes/requiredNetworks/0/prefix",
                    c -> c.kubernetes().requiredNetworks().get(0).prefix()));

    static Stream<Arguments> formats() throws MalformedInputException {
        String block = LoaderTexts.resource("positions-block.yaml");
        String json = LoaderTexts.resource("positions.json");
        String ps51 = LoaderTexts.resource("positions-ps51.json");
        return Stream.of(
                Arguments.of("block.yaml", block, false),
                Arguments.of("flow.yaml", LoaderTexts.resource("positions-flow.yaml"), false),
                Arguments.of("pretty.json", json, true),
                Arguments.of("compressed.json", LoaderTexts.minify(json), true),
                Arguments.of("ps51-utf16-crlf.json", LoaderTexts.decode(LoaderTexts.utf16leWithBom(LoaderTexts.crlf(ps51))), true),
                Arguments.of("bom-crlf.yaml", LoaderTexts.decode(LoaderTexts.utf8WithBom(LoaderTexts.crlf(block))), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyValueKeepsTheLineColumnAndPointerOfTheValue(String file, String text, boolean json) {
        FileContent content = LoaderTexts.read(file, text);

        assertThat(content.problems()).isEmpty();
        for (Expect expect : EXPECTED) {
            Located<?> located = expect.value().apply(content);
            assertThat(located).as(expect.pointer()).isNotNull();
            String needle = json && expect.quotedInJson() ? '"' + expect.text() + '"' : expect.text();
            int[] at = LoaderTexts.position(text, needle, expect.occurrence());
            assertThat(located.location()).as(expect.pointer())
                    .isEqualTo(new Location(file, at[0], at[1], expect.pointer()));
            assertThat(typed(located.value())).as(expect.pointer()).isEqualTo(typed(expect.expected()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void hostRoutesPointAtTheirList(String file, String text, boolean json) {
        FileContent content = LoaderTexts.read(file, text);

        Located<Integer> routes = port(content, 1).routes();
        int key = text.indexOf("routes");
        int list = json || file.startsWith("flow") ? text.indexOf('[', key) : text.indexOf('-', key);
        int[] at = LoaderTexts.positionOf(text, list);
        assertThat(routes.value()).isEqualTo(1);
        assertThat(routes.location()).isEqualTo(new Location(file, at[0], at[1], "/device/network/interfaces/1/routes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void rootKeysAreLocatedAtTheKey(String file, String text, boolean json) {
        FileContent content = LoaderTexts.read(file, text);

        int[] device = LoaderTexts.position(text, json ? "\"device\"" : "device:", 0);
        int[] kubernetes = LoaderTexts.position(text, json ? "\"kubernetes\"" : "kubernetes:", 0);
        assertThat(content.deviceKey()).isEqualTo(new Location(file, device[0], device[1], "/device"));
        assertThat(content.kubernetesKey()).isEqualTo(new Location(file, kubernetes[0], kubernetes[1], "/kubernetes"));
    }

    @Test
    void keysWithSlashOrTildeAreEscapedInPointers() {
        String text = """
                kubernetes:
                  routes:
                    - interfaceAlias: Port3
                      "next/hop~1": 192.168.20.1
                  "a/b": { "c~d": 1 }
                device:
                  deviceInfo:
                    nodes: [ { id: x, id: y } ]
                  "network":
                    interfaces:
                      - name: Port2
                        "iPv4/": 1
                """;
        FileContent content = LoaderTexts.yaml(text);

        assertThat(LoaderTexts.problems(content, LoadProblem.UNKNOWN_KEY)).extracting(p -> p.location().pointer())
                .containsExactly("/kubernetes/routes/0/next~1hop~01", "/kubernetes/a~1b",
                        "/device/network/interfaces/0/iPv4~1");
        assertThat(LoaderTexts.problems(content, LoadProblem.UNKNOWN_KEY)).extracting(p -> p.location().line())
                .containsExactly(4, 5, 12);
        assertThat(LoaderTexts.problems(content, LoadProblem.DUPLICATE_KEY)).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo(
                        new Location("test.yaml", 8, 23, "/device/deviceInfo/nodes/0/id")));
    }

    private static Expect str(String text, int occurrence, String pointer, Function<FileContent, Located<?>> value) {
        return new Expect(text, occurrence, true, pointer, value, text);
    }

    private static Expect ip(String text, String pointer, Function<FileContent, Located<?>> value) {
        return new Expect(text, 0, true, pointer, value, parse(text));
    }

    private static Expect range(String text, String pointer, Function<FileContent, Located<?>> value) {
        return new Expect(text, 0, true, pointer, value, text);
    }

    private static NetInterface port(FileContent content, int index) {
        return content.device().interfaces().get(index);
    }

    /** Values compared by what they mean: an address by its value and prefix, a range by its text. */
    private static Object typed(Object value) {
        if (value instanceof IPAddress address) {
            return address.toNormalizedString();
        }
        if (value instanceof AddressRange range) {
            return range.text();
        }
        return value;
    }

    private static IPAddress parse(String text) {
        try {
            return Addresses.parse(text);
        } catch (AddressStringException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
