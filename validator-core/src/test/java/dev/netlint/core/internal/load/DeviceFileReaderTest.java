package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader makes of values and keys: types, nulls, duplicates, unknown and missing keys. */
class DeviceFileReaderTest {

    private static FileContent vSwitch(String fields) {
        return LoaderTexts.yaml("""
                device:
                  network:
                    vSwitches:
                      - name: vSwitch1
                """ + "        " + fields + "\n");
    }

    private static FileContent iface(String fields) {
        return LoaderTexts.yaml("""
                device:
                  network:
                    interfaces:
                      - name: Port2
                """ + "        " + fields.replace("\n", "\n        ") + "\n");
    }

    @Nested
    class Types {

        @ParameterizedTest
        @CsvSource({"true,true", "false,false", "True,true", "FALSE,false"})
        void booleansArePlainTrueOrFalse(String written, boolean expected) {
            FileContent content = vSwitch("interfaceName: Port3\n        enabledForCompute: " + written);

            assertThat(content.problems()).isEmpty();
            assertThat(content.device().vSwitches().get(0).enabledForCompute().value()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"yes", "on", "1", "'true'", "\"false\"", "[true]", "{a: 1}"})
        void anythingElseWhereABooleanBelongsIsInvalid(String written) {
            FileContent content = vSwitch("interfaceName: Port3\n        enabledForCompute: " + written);

            assertThat(content.device().vSwitches().get(0).enabledForCompute()).isNull();
            assertThat(content.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.INVALID_VALUE);
                assertThat(p.location().line()).isEqualTo(6);
                assertThat(p.location().column()).isEqualTo(28);
                assertThat(p.location().pointer()).isEqualTo("/device/network/vSwitches/0/enabledForCompute");
            });
        }

        @ParameterizedTest
        @CsvSource({"1500,1500", "-1,-1", "+7,7", "0,0", "9223372036854775807,9223372036854775807"})
        void integersAreReadWithoutLosingAnything(String written, long expected) {
            FileContent content = vSwitch("interfaceName: Port3\n        mtu: " + written);

            assertThat(content.problems()).isEmpty();
            assertThat(content.device().vSwitches().get(0).mtu().value()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1500.0", "1e3", "0x5DC", "'1500'", "15OO", "--1", "1_500", "[1500]"})
        void somethingElseWhereAnIntegerBelongsIsInvalid(String written) {
            FileContent content = vSwitch("interfaceName: Port3\n        mtu: " + written);

            assertThat(content.device().vSwitches().get(0).mtu()).isNull();
            assertThat(content.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.INVALID_VALUE);
                assertThat(p.message()).contains("expected an integer");
                assertThat(p.location().pointer()).isEqualTo("/device/network/vSwitches/0/mtu");
            });
        }

        @Test
        void aNumberTooLargeForAnyIntegerIsInvalidNotACrash() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      network:
                        virtualNetworks:
                          - { name: vnet1, vlanId: 123456789012345678901234567890123 }
                    """);

            assertThat(content.device().virtualNetworks().get(0).vlanId()).isNull();
            assertThat(content.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.INVALID_VALUE);
                assertThat(p.message()).contains("too large");
                assertThat(p.location()).isEqualTo(new Location("test.yaml", 4, 32,
                        "/device/network/virtualNetworks/0/vlanId"));
            });
        }

        @Test
        void addressesAreIpAddressObjectsOfTheRightFamily() {
            FileContent content = iface("""
                    iPv4: { address: 10.57.48.10/24, subnetMask: 255.255.255.0, gateway: 10.57.48.1 }
                    iPv6: { address: 2001:db8::10, prefixLength: 64, gateway: fe80::1 }
                    dnsServerAddresses: [10.57.48.2, 2001:db8::53]""");

            assertThat(content.problems()).isEmpty();
            NetInterface port = content.device().interfaces().get(0);
            assertThat(port.ipv4().address().value().isIPv4()).isTrue();
            assertThat(port.ipv4().address().value().getNetworkPrefixLength()).isEqualTo(24);
            assertThat(port.ipv4().subnetMask().value().getBlockMaskPrefixLength(true)).isEqualTo(24);
            assertThat(port.ipv6().address().value().isIPv6()).isTrue();
            assertThat(port.ipv6().prefixLength().value()).isEqualTo(64L);
            assertThat(port.dnsServers()).extracting(d -> d.value().toCanonicalString())
                    .containsExactly("10.57.48.2", "2001:db8::53");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "iPv4: { address: 10.57.48.300 }                 | /device/network/interfaces/0/iPv4/address",
            "iPv4: { address: 2001:db8::10 }                 | /device/network/interfaces/0/iPv4/address",
            "iPv4: { address: 10.57.48.10/33 }               | /device/network/interfaces/0/iPv4/address",
            "iPv4: { address: 10.57.48.10/255.255.0.255 }    | /device/network/interfaces/0/iPv4/address",
            "iPv4: { address: 010.57.48.10 }                 | /device/network/interfaces/0/iPv4/address",
            "iPv4: { subnetMask: 255.255.255.0/24 }          | /device/network/interfaces/0/iPv4/subnetMask",
            "iPv4: { gateway: 10.57.48 }                     | /device/network/interfaces/0/iPv4/gateway",
            "iPv6: { address: 10.57.48.10 }                  | /device/network/interfaces/0/iPv6/address",
            "iPv6: { gateway: 2001:db8::1/64 }               | /device/network/interfaces/0/iPv6/gateway",
            "dnsServerAddresses: [dns.example.com]          | /device/network/interfaces/0/dnsServerAddresses/0"})
        void anAddressThatDoesNotParseOrHasTheWrongFamilyIsInvalid(String fields, String pointer) {
            FileContent content = iface(fields);

            assertThat(content.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.INVALID_VALUE);
                assertThat(p.location().pointer()).isEqualTo(pointer);
                assertThat(p.location().line()).isEqualTo(5);
                assertThat(p.message()).doesNotContain("IP Address error");
            });
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "192.168.20.30-192.168.20.20 | starts after it ends",
            "192.168.20.30-2001:db8::1   | mixes IPv4 and IPv6",
            "192.168.20.30-              | not an address range",
            "192.168.20.0/33             | not an address range"})
        void aRangeThatIsBackwardsOrMixesFamiliesIsInvalid(String range, String says) {
            FileContent content = vSwitch("interfaceName: Port3\n        ipAddressPools: [{ name: P, ipAddressRange: "
                    + range + " }]");

            assertThat(content.device().vSwitches().get(0).pools().get(0).range()).isNull();
            assertThat(content.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.INVALID_VALUE);
                assertThat(p.message()).contains(says);
                assertThat(p.location().pointer()).isEqualTo("/device/network/vSwitches/0/ipAddressPools/0/ipAddressRange");
            });
        }

        @Test
        void rangesMayBeOneAddressOrAPrefix() {
            FileContent content = vSwitch("interfaceName: Port3\n        ipAddressPools: [{ name: A, ipAddressRange:"
                    + " 192.168.20.7 }, { name: B, ipAddressRange: 192.168.20.16/28 }]");

            assertThat(content.problems()).isEmpty();
            assertThat(content.device().vSwitches().get(0).pools()).extracting(p -> p.range().value().describe())
                    .containsExactly("192.168.20.7", "192.168.20.16-192.168.20.31");
        }

        @Test
        void textValuesKeepNumbersAndBooleansAsWritten() {
            FileContent content = LoaderTexts.yaml("""
                    kubernetes:
                      routes:
                        - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 10.0.0.1, routeMetric: 100 }
                        - { interfaceAlias: Port3, destinationPrefix: 10.2.0.0/16, nextHop: 10.0.0.1, routeMetric: 1.5 }
                      services:
                        - { name: 007, type: LoadBalancer }
                    """);

            assertThat(content.problems()).isEmpty();
            assertThat(content.kubernetes().routes()).extracting(r -> r.routeMetric().value()).containsExactly("100", "1.5");
            assertThat(content.kubernetes().routes().get(1).metric()).isNull();
            assertThat(content.kubernetes().services().get(0).name().value()).isEqualTo("007");
        }

        @Test
        void aMappingOrListWhereAScalarBelongsIsInvalidAndTheRestIsStillRead() {
            FileContent content = iface("""
                    nodeName: [NODE-A, NODE-B]
                    iPv4: [10.57.48.10]
                    dnsServerAddresses: 10.57.48.2
                    dnsSuffix: plant.example.com""");

            assertThat(content.problems()).extracting(LoadProblem::rule, p -> p.location().pointer()).containsExactly(
                    tuple(LoadProblem.INVALID_VALUE, "/device/network/interfaces/0/nodeName"),
                    tuple(LoadProblem.INVALID_VALUE, "/device/network/interfaces/0/iPv4"),
                    tuple(LoadProblem.INVALID_VALUE,
                            "/device/network/interfaces/0/dnsServerAddresses"));
            assertThat(content.device().interfaces().get(0).dnsSuffix().value()).isEqualTo("plant.example.com");
        }
    }

    @Nested
    class Nulls {

        @Test
        void nullAndEmptyValuesAreAbsentWithoutAFinding() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      deviceInfo: null
                      network:
                        interfaces:
                          - name: Port6
                            isDhcpEnabled: ~
                            iPv4: null
                            iPv6:
                            dnsServerAddresses: Null
                            dnsSuffix: NULL
                            routes: null
                          - name: Port5
                            iPv4: { address: "", subnetMask: "", gateway: "" }
                            routes: []
                        vSwitches: null
                      webProxy: null
                    kubernetes:
                      podSubnet: null
                      routes: ~
                    """);

            assertThat(content.problems()).isEmpty();
            NetInterface port6 = content.device().interfaces().get(0);
            assertThat(port6.dhcpEnabled()).isNull();
            assertThat(port6.ipv4()).isNull();
            assertThat(port6.ipv6()).isNull();
            assertThat(port6.dnsServers()).isEmpty();
            assertThat(port6.dnsSuffix()).isNull();
            assertThat(port6.routes()).isNull();
            NetInterface port5 = content.device().interfaces().get(1);
            assertThat(port5.ipv4().address()).isNull();
            assertThat(port5.ipv4().gateway()).isNull();
            assertThat(port5.routes()).isNull();
            assertThat(content.device().vSwitches()).isEmpty();
            assertThat(content.device().webProxy()).isNull();
            assertThat(content.kubernetes().podSubnet()).isNull();
            assertThat(content.kubernetes().effectivePodSubnet().toCanonicalString()).isEqualTo("172.27.0.0/16");
        }

        @Test
        void aQuotedNullIsTextNotNull() {
            FileContent content = iface("dnsSuffix: 'null'");

            assertThat(content.device().interfaces().get(0).dnsSuffix().value()).isEqualTo("null");
        }

        @Test
        void aNullRootKeyStillDeclaresTheKey() {
            FileContent content = LoaderTexts.yaml("device:\nkubernetes: ~\n");

            assertThat(content.problems()).isEmpty();
            assertThat(content.deviceKey()).isEqualTo(new Location("test.yaml", 1, 1, "/device"));
            assertThat(content.kubernetesKey()).isEqualTo(new Location("test.yaml", 2, 1, "/kubernetes"));
            assertThat(content.device().interfaces()).isEmpty();
        }
    }

    @Nested
    class DuplicateKeys {

        @Test
        void theSecondKeyIsReportedWithTheFirstAsRelatedAndTheFirstValueIsRead() {
            FileContent content = iface("isDhcpEnabled: false\niPv4: { address: 10.57.48.10 }\nisDhcpEnabled: true");

            assertThat(content.device().interfaces().get(0).dhcpEnabled().value()).isFalse();
            assertThat(content.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.DUPLICATE_KEY);
                assertThat(p.location()).isEqualTo(new Location("test.yaml", 7, 9,
                        "/device/network/interfaces/0/isDhcpEnabled"));
                assertThat(p.message()).contains("'isDhcpEnabled'", "line 5");
                assertThat(p.related()).singleElement().satisfies(r -> assertThat(r.location())
                        .isEqualTo(new Location("test.yaml", 5, 9, "/device/network/interfaces/0/isDhcpEnabled")));
            });
        }

        @Test
        void duplicatesAreFoundInFlowMappingsJsonAndUnknownSubtreesAndInLargeMappings() {
            String json = """
                    {"kubernetes": {"routes": [{"nextHop": "10.0.0.1", "nextHop": "10.0.0.2"}]},
                     "device": {"certificates": {"a": 1, "a": 2}}}""";
            FileContent content = LoaderTexts.read("x.json", json);

            assertThat(LoaderTexts.problems(content, LoadProblem.DUPLICATE_KEY)).extracting(p -> p.location().pointer())
                    .containsExactly("/kubernetes/routes/0/nextHop");
            assertThat(content.kubernetes().routes().get(0).nextHop().value().toCanonicalString()).isEqualTo("10.0.0.1");

            StringBuilder many = new StringBuilder("device:\n  deviceInfo:\n");
            for (int i = 0; i < 20; i++) {
                many.append("    k").append(i).append(": ").append(i).append('\n');
            }
            many.append("    k3: again\n");
            assertThat(LoaderTexts.problems(LoaderTexts.yaml(many.toString()), LoadProblem.DUPLICATE_KEY))
                    .singleElement().satisfies(p -> assertThat(p.location().line()).isEqualTo(23));
        }

        @Test
        void aRootKeyTwiceInOneFileIsADuplicateNotAConflict() {
            FileContent content = LoaderTexts.yaml("device: {}\nkubernetes: {}\ndevice: {}\n");

            assertThat(content.problems()).extracting(LoadProblem::rule).containsExactly(LoadProblem.DUPLICATE_KEY);
            assertThat(content.deviceKey().line()).isEqualTo(1);
        }
    }

    @Nested
    class UnknownKeys {

        @Test
        void underDeviceOnlyNearMissesOfKnownKeysAreReported() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      certificates: { endpoint: x }
                      activation: { key: y }
                      netwrok: {}
                      deviceInfo: { modle: x, rackPosition: 12 }
                      webProxy: { isEnabeld: true, comment: behind the firewall }
                      time: { timezone: UTC }
                    """);

            assertThat(content.problems()).extracting(LoadProblem::message).containsExactly(
                    "unknown key 'netwrok' in device; did you mean 'network'? As written, device has no network, so it"
                            + " is not read and every check that needs it is skipped",
                    "unknown key 'modle' in deviceInfo; did you mean 'model'?",
                    "unknown key 'isEnabeld' in webProxy; did you mean 'isEnabled'?",
                    "unknown key 'timezone' in time; did you mean 'timeZone'?");
            assertThat(content.problems()).extracting(p -> p.location().line()).containsExactly(4, 5, 6, 7);
            // a misspelt structural key (the section is then absent) is an error; the others are warnings
            assertThat(content.problems()).extracting(LoadProblem::rule, LoadProblem::severity).containsExactly(
                    tuple(LoadProblem.UNKNOWN_KEY, Severity.ERROR), tuple(LoadProblem.UNKNOWN_KEY, null),
                    tuple(LoadProblem.UNKNOWN_KEY, null), tuple(LoadProblem.UNKNOWN_KEY, null));
        }

        @Test
        void underNetworkAndKubernetesEveryUnknownKeyIsReportedWithTheClosestKnownKey() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      network:
                        interfaces:
                          - { name: Port2, gatway: 10.0.0.1, iPv4: { adress: 10.0.0.2 } }
                        vSwitches:
                          - { name: vSwitch1, interfaceName: Port3, enabledForCompue: true, colour: blue }
                        firewall: {}
                    kubernetes:
                      podSubnets: 10.244.0.0/16
                      routes:
                        - { interfaceAlias: Port3, destinationPrefix: 10.1.0.0/16, nextHop: 10.0.0.1, metric: 5 }
                    """);

            assertThat(content.problems()).extracting(LoadProblem::message).containsExactly(
                    "unknown key 'gatway' in interface; the keys of interface are dnsServerAddresses, dnsSuffix, iPv4,"
                            + " iPv6, ipConfigType, isDhcpEnabled, name, nodeId, nodeName, routes",
                    "unknown key 'adress' in iPv4; did you mean 'address'?",
                    "unknown key 'enabledForCompue' in vSwitch; did you mean 'enabledForCompute'?",
                    "unknown key 'colour' in vSwitch; the keys of vSwitch are enableEmbeddedTeaming, enabledForCompute,"
                            + " enabledForMgmt, enabledForStorage, interfaceName, interfaces, ipAddressPools, mtu, name,"
                            + " supportsAcceleratedNetworking, type",
                    "unknown key 'firewall' in network; the keys of network are dhcpPolicy, interfaces, vSwitches,"
                            + " virtualNetworks",
                    "unknown key 'podSubnets' in kubernetes; did you mean 'podSubnet'?",
                    "unknown key 'metric' in route; did you mean 'routeMetric'?");
            assertThat(content.problems()).extracting(p -> p.location().pointer()).containsExactly(
                    "/device/network/interfaces/0/gatway", "/device/network/interfaces/0/iPv4/adress",
                    "/device/network/vSwitches/0/enabledForCompue", "/device/network/vSwitches/0/colour",
                    "/device/network/firewall", "/kubernetes/podSubnets", "/kubernetes/routes/0/metric");
            assertThat(content.kubernetes().routes()).hasSize(1);
        }

        @Test
        void aRootKeyInTheWrongCaseIsAnErrorNotASkippedFile() {
            FileContent content = LoaderTexts.yaml("Device:\n  network: {}\n");

            assertThat(content.problems()).extracting(LoadProblem::rule, LoadProblem::severity, LoadProblem::message)
                    .containsExactly(tuple(LoadProblem.UNKNOWN_KEY, Severity.ERROR,
                            "unknown key 'Device' in the file; did you mean 'device'? As written, the file has no"
                                    + " device, so it is not read and every check that needs it is skipped"));
        }

        /** A misspelt section is an error only while the section itself is absent. */
        @Test
        void aNearMissOfAStructuralKeyBesideTheKeyItselfStaysAWarning() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      network:
                        vSwitches: []
                        vswitches: []
                        interface: []
                    """);

            assertThat(content.problems()).extracting(p -> p.location().line(), LoadProblem::severity)
                    .containsExactly(tuple(4, null), tuple(5, Severity.ERROR));
        }

        @Test
        void teamDeclarationsAreCollectedNotReportedAsUnknown() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      network:
                        teams: [{ name: Team1 }]
                        interfaces:
                          - { name: Port2, bond: bond0 }
                    """);

            assertThat(content.problems()).isEmpty();
            assertThat(content.device().teamDeclarations()).extracting(Located::value, d -> d.location().line())
                    .containsExactly(tuple("teams", 3),
                            tuple("bond", 5));
        }

        /** Every key of the vendor's export (docs/file-format.md); none may be unknown. */
        @Test
        void everyKeyOfTheVendorsExportIsKnown() {
            Map<String, Object> export = Map.of("device", Map.of(
                    "deviceInfo", Map.of("model", "m", "softwareVersion", "v", "serialNumber", "s", "isActivated", true,
                            "nodes", List.of(Map.of("id", "i", "name", "n"))),
                    "deviceEndpoint", Map.of("name", "n", "dnsDomain", "d.example.com"),
                    "encryptionAtRestKeys", List.of(),
                    "network", Map.of("dhcpPolicy", "p",
                            "interfaces", List.of(Map.of("name", "Port1", "nodeName", "n", "nodeId", "i",
                                    "isDhcpEnabled", false,
                                    "iPv4", Map.of("address", "10.0.0.2", "subnetMask", "255.255.255.0", "gateway",
                                            "10.0.0.1"),
                                    "iPv6", Map.of("address", "2001:db8::2", "prefixLength", 64, "gateway", "2001:db8::1"),
                                    "dnsServerAddresses", List.of("10.0.0.3"), "dnsSuffix", "d.example.com",
                                    "routes", List.of(), "ipConfigType", "Static")),
                            "vSwitches", List.of(Map.of("name", "vSwitch1", "interfaceName", "Port1", "type", "External",
                                    "enabledForCompute", false, "enabledForStorage", false, "enabledForMgmt", true,
                                    "supportsAcceleratedNetworking", false, "enableEmbeddedTeaming", false,
                                    "ipAddressPools", List.of(Map.of("name", "p", "ipAddressRange", "10.0.0.9")),
                                    "mtu", 1500)),
                            "virtualNetworks", List.of(Map.of("name", "v", "vSwitchName", "vSwitch1", "vlanId", 7,
                                    "subnetMask", "255.255.255.0", "gateway", "10.7.0.1", "network", "10.7.0.0",
                                    "enabledForKubernetes", false,
                                    "ipAddressPools", List.of(Map.of("name", "q", "ipAddressRange", "10.7.0.9"))))),
                    "time", Map.of("timeZone", "UTC", "primaryTimeServer", "a", "secondaryTimeServer", "b"),
                    "update", Map.of("serverType", "s", "wsusServerURI", "http://wsus.example.com"),
                    "webProxy", Map.of("isEnabled", false, "connectionURI", "http://p.example.com:8080",
                            "authentication", "None", "username", "u", "password", "p"))
            );
            String json = toJson(export);

            FileContent content = LoaderTexts.read("export.json", json);

            assertThat(content.problems()).isEmpty();
            assertThat(json).contains("\"supportsAcceleratedNetworking\"", "\"wsusServerURI\"", "\"ipConfigType\"");
        }

        /** Device software 2312 and later writes a vSwitch's ports as a list under {@code interfaces}. */
        @Test
        void theInterfacesListOfSoftware2312BindsTheVSwitchLikeInterfaceName() {
            FileContent one = vSwitch("interfaces: [Port3]");
            FileContent two = vSwitch("interfaces: [Port3, Port4]");

            assertThat(one.problems()).isEmpty();
            assertThat(one.device().vSwitches().get(0).port()).isEqualTo("Port3");
            assertThat(two.problems()).isEmpty();
            assertThat(two.device().vSwitches().get(0).interfaceNames()).extracting(Located::value)
                    .containsExactly("Port3", "Port4");
            assertThat(two.device().vSwitches().get(0).interfaceNames().get(1).location().pointer())
                    .isEqualTo("/device/network/vSwitches/0/interfaces/1");
        }

        /** The declarations New-Package and Set-DeviceConfiguration take at the device root are known keys. */
        @Test
        void theDeclarationsOfAConfigurationPackageAreKnown() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      activation: { activationKey: k, serviceEncryptionKey: "" }
                      certificates: []
                      password: { currentPassword: a, newPassword: b }
                      vip: { acsVIP: null }
                    """);

            assertThat(content.problems()).isEmpty();
        }

        private static String toJson(Object value) {
            if (value instanceof Map<?, ?> map) {
                StringBuilder out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                        .append(toJson(v)));
                return out.append('}').toString();
            }
            if (value instanceof List<?> list) {
                return list.stream().map(UnknownKeys::toJson).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
            }
            return value instanceof String ? '"' + (String) value + '"' : String.valueOf(value);
        }
    }

    @Nested
    class MissingValues {

        @Test
        void aRouteWithoutInterfaceDestinationOrNextHopIsReportedAtTheEntry() {
            FileContent content = LoaderTexts.yaml("""
                    kubernetes:
                      routes:
                        - { interfaceAlias: Port3, destinationPrefix: 192.168.21.0/24 }
                        - { interfaceAlias: Port3, destinationPrefix: 192.168.22.0/24, nextHop: null }
                        - { interfaceAlias: Port3, destinationPrefix: 192.168.23.0/24, nextHop: "" }
                        - nextHop: 192.168.20.1
                          routeMetric: 5
                    """);

            assertThat(content.problems()).extracting(LoadProblem::rule).containsOnly(LoadProblem.MISSING_VALUE);
            assertThat(content.problems()).extracting(LoadProblem::message, p -> p.location().line(),
                    p -> p.location().column(), p -> p.location().pointer()).containsExactly(
                    tuple("route has no nextHop (Add-HcsNetRoute requires -NextHop)", 3, 7,
                            "/kubernetes/routes/0"),
                    tuple("route has no nextHop (Add-HcsNetRoute requires -NextHop)", 4, 7,
                            "/kubernetes/routes/1"),
                    tuple("route has no nextHop (Add-HcsNetRoute requires -NextHop)", 5, 7,
                            "/kubernetes/routes/2"),
                    tuple(
                            "route has no interfaceAlias (Add-HcsNetRoute requires -InterfaceAlias)", 6, 7,
                            "/kubernetes/routes/3"),
                    tuple(
                            "route has no destinationPrefix (Add-HcsNetRoute requires -DestinationPrefix)", 6, 7,
                            "/kubernetes/routes/3"));
            assertThat(content.kubernetes().routes()).hasSize(4);
        }

        @Test
        void poolsServicesRequiredNetworksAndVSwitchesNeedTheirKeyValues() {
            FileContent content = LoaderTexts.yaml("""
                    device:
                      network:
                        vSwitches:
                          - name: vSwitch1
                            enabledForCompute: true
                            ipAddressPools:
                              - { ipAddressRange: 192.168.20.20-192.168.20.22 }
                              - { name: KubernetesServiceIPs }
                              - { name: "", ipAddressRange: ~ }
                          - { name: vSwitch2, interfaceName: null }
                        virtualNetworks:
                          - { name: vnet1, ipAddressPools: [ { name: VirtualMachineIPs } ] }
                    kubernetes:
                      services:
                        - { type: LoadBalancer, loadBalancerIP: 192.168.20.31 }
                        - { name: web, type: ClusterIP }
                      requiredNetworks:
                        - { prefix: 192.168.21.0/24 }
                        - { name: plcs }
                    """);

            assertThat(content.problems()).extracting(LoadProblem::rule).containsOnly(LoadProblem.MISSING_VALUE);
            assertThat(content.problems()).extracting(LoadProblem::message, p -> p.location().pointer()).containsExactly(
                    tuple("pool 192.168.20.20-192.168.20.22 has no name",
                            "/device/network/vSwitches/0/ipAddressPools/0"),
                    tuple("pool 'KubernetesServiceIPs' has no ipAddressRange",
                            "/device/network/vSwitches/0/ipAddressPools/1"),
                    tuple("pool has no name",
                            "/device/network/vSwitches/0/ipAddressPools/2"),
                    tuple("pool '' has no ipAddressRange",
                            "/device/network/vSwitches/0/ipAddressPools/2"),
                    tuple(
                            "vSwitch 'vSwitch1' has no interfaceName (or interfaces, as device software 2312 and"
                                    + " later writes it): it is bound to no port",
                            "/device/network/vSwitches/0"),
                    tuple(
                            "vSwitch 'vSwitch2' has no interfaceName (or interfaces, as device software 2312 and"
                                    + " later writes it): it is bound to no port",
                            "/device/network/vSwitches/1"),
                    tuple("pool 'VirtualMachineIPs' has no ipAddressRange",
                            "/device/network/virtualNetworks/0/ipAddressPools/0"),
                    tuple("service has no name (CoreDNS publishes services by name)",
                            "/kubernetes/services/0"),
                    tuple("required network has no name", "/kubernetes/requiredNetworks/0"),
                    tuple("required network 'plcs' has no prefix",
                            "/kubernetes/requiredNetworks/1"));
            assertThat(content.problems().get(4).location().line()).isEqualTo(4);
        }
    }

    @Test
    void aFileWithNeitherRootKeyIsSkippedWithAnInfo() {
        FileContent content = LoaderTexts.read("settings.yaml", "profile: ase-pro-gpu\nfailOn: error\n");

        assertThat(content.deviceKey()).isNull();
        assertThat(content.kubernetesKey()).isNull();
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.UNKNOWN_KEY);
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.location()).isEqualTo(Location.ofFile("settings.yaml"));
        });
    }
}
