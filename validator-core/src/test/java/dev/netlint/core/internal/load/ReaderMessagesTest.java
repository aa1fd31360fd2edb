package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact words of the reader's problems: what was expected, what was found, and where. */
class ReaderMessagesTest {

    private static FileContent iface(String fields) {
        return LoaderTexts.yaml("device:\n  network:\n    interfaces:\n      - name: Port2\n        "
                + fields.replace("\n", "\n        ") + "\n");
    }

    private static LoadProblem only(FileContent content) {
        assertThat(content.problems()).hasSize(1);
        return content.problems().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "isDhcpEnabled: \"true\"       | expected true or false, found the quoted text \"true\"",
        "isDhcpEnabled: yes            | expected true or false, found 'yes'",
        "isDhcpEnabled: [true]         | expected true or false, found a list",
        "nodeName: { a: 1 }            | expected a text value, found a mapping",
        "iPv4: 5                       | iPv4 must be a mapping, found '5'",
        "iPv4: [10.0.0.1]              | iPv4 must be a mapping, found a list",
        "dnsServerAddresses: { a: 1 }  | dnsServerAddresses must be a list, found a mapping",
        "dnsServerAddresses: 'x'       | dnsServerAddresses must be a list, found the quoted text \"x\"",
        "iPv6: { prefixLength: 6.4 }   | expected an integer, found '6.4'",
        "iPv4: { address: 2001:db8::1 } | '2001:db8::1' is an IPv6 address where an IPv4 address is expected",
        "iPv6: { address: 10.0.0.1 }   | '10.0.0.1' is an IPv4 address where an IPv6 address is expected",
        "iPv4: { gateway: 10.0.0.1/8 } | '10.0.0.1/8' is not an IPv4 gateway: it has a prefix length where one address is expected",
        "iPv4: { zzz: 1 }              | unknown key 'zzz' in iPv4; the keys of iPv4 are address, gateway, subnetMask",
        "iPv4: { adress: 10.0.0.1 }    | unknown key 'adress' in iPv4; did you mean 'address'?",
        "nodeName: !!str NODE-A        | the tag !!str is not allowed: netlint reads plain values and never builds objects from tags",
        "nodeName: !local NODE-A       | the tag !local is not allowed: netlint reads plain values and never builds objects from tags",
        "iPv4: !!map { address: 10.0.0.1 } | the tag !!map is not allowed: netlint reads plain values and never builds objects from tags",
        "dnsServerAddresses: !!seq [10.0.0.1] | the tag !!seq is not allowed: netlint reads plain values and never builds objects from tags"})
    void aValueOfTheWrongKindSaysWhatWasExpectedAndWhatWasFound(String fields, String message) {
        LoadProblem problem = only(iface(fields));

        assertThat(problem.message()).isEqualTo(message);
        assertThat(problem.location().line()).isEqualTo(5);
        assertThat(problem.severity()).isNull();
    }

    @Test
    void theNonSpecificTagAndQuotesAreNoTags() {
        FileContent content = iface("nodeName: ! NODE-A\ndnsSuffix: \"a.example.com\"\niPv4: ! { address: 10.0.0.1/24 }");

        assertThat(content.problems()).isEmpty();
        assertThat(content.device().interfaces().get(0).nodeName().value()).isEqualTo("NODE-A");
        assertThat(content.device().interfaces().get(0).dnsSuffix().value()).isEqualTo("a.example.com");
        assertThat(content.device().interfaces().get(0).ipv4().address()).isNotNull();
    }

    @Test
    void aTaggedNullIsNotANull() {
        LoadProblem problem = only(iface("nodeName: !!null ~"));

        assertThat(problem.message()).startsWith("the tag !!null is not allowed");
        assertThat(problem.location()).isEqualTo(new Location("test.yaml", 5, 19, "/device/network/interfaces/0/nodeName"));
    }

    @Test
    void longAndMultiLineValuesAreShownAbbreviatedOnOneLine() {
        String sixty = "a".repeat(60);
        String sixtyOne = "b".repeat(61);

        assertThat(only(iface("isDhcpEnabled: " + sixty)).message()).isEqualTo("expected true or false, found '"
                + sixty + "'");
        assertThat(only(iface("isDhcpEnabled: " + sixtyOne)).message()).isEqualTo("expected true or false, found '"
                + "b".repeat(57) + "...'");
        assertThat(only(iface("isDhcpEnabled: \"two\\n   lines\\tand  tabs \"")).message())
                .isEqualTo("expected true or false, found the quoted text \"two lines and tabs\"");
    }

    @Test
    void aPodSubnetNeedsAPrefixLength() {
        FileContent content = LoaderTexts.yaml("kubernetes:\n  podSubnet: 10.244.0.0\n  serviceSubnet: 10.96.0.0/12\n");

        assertThat(only(content).message()).isEqualTo("'10.244.0.0' is not a pod subnet prefix: it needs a prefix"
                + " length, such as 10.244.0.0/16");
        assertThat(content.kubernetes().podSubnet()).isNull();
        assertThat(content.kubernetes().serviceSubnet().value().toCanonicalString()).isEqualTo("10.96.0.0/12");
    }

    @Test
    void clusterIpNoneIsAHeadlessServiceAndOtherTextIsNotAnAddress() {
        FileContent content = LoaderTexts.yaml("""
                kubernetes:
                  services:
                    - { name: a, clusterIP: None }
                    - { name: b, clusterIP: none }
                    - { name: c, clusterIP: 10.96.0.10 }
                """);

        assertThat(content.kubernetes().services()).extracting(s -> s.clusterIp() == null).containsExactly(true, true,
                false);
        assertThat(only(content).message()).startsWith("'none' is not a cluster IP: ");
        assertThat(only(content).location().pointer()).isEqualTo("/kubernetes/services/1/clusterIP");
    }

    @Test
    void interfaceNameMayListSeveralPorts() {
        FileContent content = LoaderTexts.yaml("""
                device:
                  network:
                    vSwitches:
                      - { name: a, interfaceName: " Port2 " }
                      - { name: b, interfaceName: "Port2, Port3,,  " }
                      - { name: c, interfaceName: [Port4, Port5] }
                      - { name: d, interfaceName: "  " }
                      - { name: e, interfaceName: ~ }
                """);

        assertThat(content.device().vSwitches()).extracting(v -> v.interfaceNames().stream()
                .map(n -> n.value()).toList()).containsExactly(java.util.List.of("Port2"),
                java.util.List.of("Port2", "Port3"), java.util.List.of("Port4", "Port5"), java.util.List.of(),
                java.util.List.of());
        assertThat(content.device().vSwitches().get(1).interfaceNames().get(1).location().line()).isEqualTo(5);
        assertThat(content.problems()).extracting(LoadProblem::rule, LoadProblem::message).containsExactly(
                tuple(LoadProblem.MISSING_VALUE, "vSwitch 'd' has no interfaceName (or interfaces, as device software 2312 and later"
                        + " writes it): it is bound to no port"),
                tuple(LoadProblem.MISSING_VALUE, "vSwitch 'e' has no interfaceName (or interfaces, as device software 2312 and later"
                        + " writes it): it is bound to no port"));
    }

    @Test
    void routesOnAHostInterfaceAreCountedWhereTheListStarts() {
        FileContent content = iface("routes:\n  - { destinationPrefix: 0.0.0.0/0 }\n  - x\n");
        FileContent empty = iface("routes: []");

        assertThat(content.problems()).isEmpty();
        assertThat(content.device().interfaces().get(0).routes().value()).isEqualTo(2);
        assertThat(content.device().interfaces().get(0).routes().location())
                .isEqualTo(new Location("test.yaml", 6, 11, "/device/network/interfaces/0/routes"));
        assertThat(empty.device().interfaces().get(0).routes()).isNull();
    }

    @Test
    void aMappingWithManyKeysStillFindsADuplicate() {
        FileContent content = LoaderTexts.yaml("""
                device:
                  network:
                    vSwitches:
                      - name: vSwitch1
                        interfaceName: Port3
                        type: External
                        enabledForCompute: true
                        enabledForStorage: false
                        enabledForMgmt: false
                        supportsAcceleratedNetworking: false
                        enableEmbeddedTeaming: false
                        mtu: 1500
                        ipAddressPools: []
                        name: vSwitch2
                        mtu: 9000
                """);

        assertThat(content.device().vSwitches().get(0).name().value()).isEqualTo("vSwitch1");
        assertThat(content.device().vSwitches().get(0).mtu().value()).isEqualTo(1500L);
        assertThat(content.problems()).extracting(LoadProblem::rule, p -> p.location().line()).containsExactly(
                tuple(LoadProblem.DUPLICATE_KEY, 14), tuple(LoadProblem.DUPLICATE_KEY, 15));
        assertThat(content.problems().get(0).message()).isEqualTo("key 'name' appears twice in vSwitch; the first, on"
                + " line 4, is the one read");
        assertThat(content.problems().get(0).related()).containsExactly(new Related(
                new Location("test.yaml", 4, 9, "/device/network/vSwitches/0/name"), "first 'name'"));
    }

    @Test
    void whatAFileHoldsInsteadOfARootMappingIsNamed() {
        assertThat(only(LoaderTexts.yaml("[1, 2]\n")).message()).isEqualTo("not a device file: the file holds a list, not"
                + " a mapping; it has neither a 'device' nor a 'kubernetes' root key and is skipped");
        assertThat(only(LoaderTexts.yaml("https://ci:s3cret@example.com\n")).message()).as("its content is never echoed")
                .isEqualTo("not a device file: the file holds a value, not a mapping; it has neither a 'device' nor"
                        + " a 'kubernetes' root key and is skipped");
        assertThat(only(LoaderTexts.yaml("{}\n")).message()).isEqualTo("not a device file: its root mapping has neither a"
                + " 'device' nor a 'kubernetes' key (nor apiVersion and kind), and it is skipped");
        assertThat(LoaderTexts.yaml("aws_access_key_id: AKIA1234\naws_secret_access_key: s3cret\n").problems())
                .as("no unknown-key finding quotes the keys of a file that is not a device file").singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not a device file: its root mapping"));
        assertThat(only(LoaderTexts.yaml("null\n")).message()).startsWith("not a device file: the file is empty;");
        assertThat(only(LoaderTexts.yaml("")).message()).startsWith("not a device file: the file is empty;");
        assertThat(only(LoaderTexts.yaml("[1, 2]\n")).severity()).isEqualTo(Severity.INFO);
        assertThat(only(LoaderTexts.yaml("[1, 2]\n")).rule()).isEqualTo(LoadProblem.UNKNOWN_KEY);
    }

    @Test
    void aRootKeyNearADeviceKeyIsAnErrorAndOneFarFromItIsIgnored() {
        FileContent near = LoaderTexts.yaml("devise: {}\nkubernetes: {}\n");
        FileContent far = LoaderTexts.yaml("comment: hello\nkubernetes: {}\n");

        // a misspelt 'device' switches every device check off: an error, not a warning
        assertThat(only(near).message()).isEqualTo("unknown key 'devise' in the file; did you mean 'device'? As"
                + " written, the file has no device, so it is not read and every check that needs it is skipped");
        assertThat(only(near).severity()).isEqualTo(Severity.ERROR);
        assertThat(only(near).location()).isEqualTo(new Location("test.yaml", 1, 1, "/devise"));
        assertThat(far.problems()).isEmpty();
    }

    @Test
    void aSyntaxErrorAfterTheDocumentKeepsWhatTheDocumentDeclared() {
        FileContent content = LoaderTexts.yaml("{kubernetes: {podSubnet: 10.244.0.0/16}}\n}\n");

        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
            assertThat(p.location().line()).isEqualTo(2);
        });
        assertThat(content.kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.244.0.0/16");
    }

    @Test
    void aSyntaxErrorInsideTheDocumentDropsTheFileAndTheProblemsBeforeIt() {
        FileContent content = LoaderTexts.yaml("kubernetes:\n  podSubnet: nonsense\n  routes: [\n");

        // the parser stops at the end of the text, past the last line: reported at the last character
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
            assertThat(p.message()).doesNotContain("\n").contains("while parsing");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().column()).isEqualTo("  routes: [".length());
        });
        assertThat(content.kubernetes()).isNull();
        assertThat(content.kubernetesKey()).isNull();
    }

    @Test
    void aControlCharacterIsNamedAtItsLineAndColumn() {
        FileContent lf = LoaderTexts.read("c.yaml", "device:\n  network: {}\nkubernetes: ab\u0007\n");
        FileContent crlf = LoaderTexts.read("c.yaml", "device:\r\n  network: {}\r\nkubernetes: ab\u0007\r\n");
        FileContent cr = LoaderTexts.read("c.yaml", "device:\r  network: {}\rkubernetes: ab\u0007\r");

        for (FileContent content : java.util.List.of(lf, crlf, cr)) {
            assertThat(content.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
                assertThat(p.message()).isEqualTo("the character U+0007 is not allowed in YAML or JSON (binary content?)");
                assertThat(p.location()).isEqualTo(new Location("c.yaml", 3, 15, ""));
            });
            assertThat(content.device()).isNull();
        }
    }

    /** IPAddress's own words ("non-segmented single value", "invalid character number 9") never reach a message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "iPv4: { address: 192.168.20.10, subnetMask: 24 }       | '24' is not a subnet mask: it is a single number, not an address; a subnet mask is written dotted (/24 is 255.255.255.0) and an address has four parts, such as 192.168.20.10",
        "iPv4: { address: '10.20.0.0 /24' }                     | '10.20.0.0 /24' is not an IPv4 address: it contains a space; write it without one, as 10.20.0.0/24",
        "iPv4: { address: 10.20.0.0/33 }                        | '10.20.0.0/33' is not an IPv4 address: the prefix length /33 is over 32",
        "iPv4: { address: 10.20.0.010 }                         | '10.20.0.010' is not an IPv4 address: the part 010 has a leading zero, which some tools read as octal; write 10",
        "iPv4: { address: 10.20.0 }                             | '10.20.0' is not an IPv4 address: it has 3 parts where an IPv4 address has 4, such as 192.168.20.10",
        "iPv4: { address: 10.20.x.1 }                           | '10.20.x.1' is not an IPv4 address: the character 'x' cannot appear in an IPv4 address",
        "iPv6: { address: '2001:db8::1::2' }                    | '2001:db8::1::2' is not an IPv6 address: '::' may stand only once in an IPv6 address",
    })
    void addressMessagesSayWhatIsWrongInTheFilesTerms(String fields, String message) {
        FileContent content = LoaderTexts.yaml("device:\n  network:\n    interfaces:\n      - { name: Port2, " + fields.strip()
                + " }\n");

        assertThat(only(content).message()).isEqualTo(message.strip());
        assertThat(only(content).message()).doesNotContain("IP Address error", "segment", "character number");
    }

    @Test
    void aHeadlessServiceIsNoneWithACapitalN() {
        FileContent content = LoaderTexts.yaml("kubernetes:\n  services:\n    - { name: db, clusterIP: none }\n");

        assertThat(only(content).message()).isEqualTo("'none' is not a cluster IP: a headless service writes None, with a"
                + " capital N");
        assertThat(LoaderTexts.yaml("kubernetes:\n  services:\n    - { name: db, clusterIP: None }\n").problems()).isEmpty();
    }

    @Test
    void aServiceTypeOutsideKubernetesTypesIsInvalidWithTheClosest() {
        FileContent content = LoaderTexts.yaml("kubernetes:\n  services:\n    - { name: web, type: LoadBalancr }\n");

        assertThat(only(content).rule()).isEqualTo(LoadProblem.INVALID_VALUE);
        assertThat(only(content).message()).isEqualTo("'LoadBalancr' is not a Kubernetes service type: did you mean"
                + " 'LoadBalancer'? the values are ClusterIP, ExternalName, LoadBalancer, NodePort");
        assertThat(content.kubernetes().services().get(0).unknown(Service.TYPE)).isTrue();
    }

    /** snakeyaml counts U+2028, U+2029 and U+0085 as line breaks; editors do not, and findings must land where editors show them. */
    @Test
    void unicodeLineSeparatorsInAValueDoNotMoveTheLinesOfWhatFollows() {
        FileContent content = LoaderTexts.yaml("device:\n  deviceEndpoint: { name: \"a\u2028b\u2029c\u0085d\" }\nkubernetes:\n"
                + "  podSubnet: nonsense\n");

        assertThat(only(content).location()).isEqualTo(new Location("test.yaml", 4, 14, "/kubernetes/podSubnet"));
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsReportedInsideTheFile() {
        FileContent content = LoaderTexts.yaml("kubernetes:\n  podSubnet: \"10.244.0.0/16\n");

        LoadProblem error = only(content);
        assertThat(error.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
        assertThat(error.location().line()).isEqualTo(2);
        assertThat(error.location().column()).isBetween(1, "  podSubnet: \"10.244.0.0/16".length());
    }

    @Test
    void aWebProxyAuthenticationIsNoneOrNtlmInAnyCase() {
        FileContent wrong = LoaderTexts.yaml("device:\n  webProxy: { isEnabled: true, authentication: Basic }\n");

        assertThat(only(wrong).message()).isEqualTo("'Basic' is not a web proxy authentication: the values are NTLM,"
                + " None");
        assertThat(LoaderTexts.yaml("device:\n  webProxy: { authentication: ntlm }\n").problems()).isEmpty();
        assertThat(LoaderTexts.yaml("device:\n  webProxy: { authentication: None }\n").problems()).isEmpty();
    }
}
