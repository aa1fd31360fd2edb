package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.result.Summary;
import dev.netlint.core.result.Timings;
import dev.netlint.core.testing.TestDevices;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

    @TempDir
    Path root;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Element suite, String name) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void aSuitePerDeviceACasePerFindingWithOneFailureEach() throws Exception {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        Document xml = parse(render(new JunitReporter(), report));
        Element all = xml.getDocumentElement();
        assertThat(all.getTagName()).isEqualTo("testsuites");
        assertThat(all.getAttribute("tests")).as("3 findings on broken, the one passing case of clean").isEqualTo("4");
        assertThat(all.getAttribute("failures")).isEqualTo("2");
        assertThat(all.getAttribute("skipped")).isEqualTo("1");

        NodeList suites = all.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element broken = (Element) suites.item(0);
        Element clean = (Element) suites.item(1);
        assertThat(broken.getAttribute("name")).isEqualTo("broken");
        assertThat(clean.getAttribute("name")).isEqualTo("clean");
        assertThat(clean.getElementsByTagName("testcase").getLength()).as("a clean device: one passing case")
                .isEqualTo(1);
        Element passing = (Element) clean.getElementsByTagName("testcase").item(0);
        assertThat(passing.getAttribute("name")).isEqualTo("all rules pass");
        assertThat(passing.getAttribute("classname")).isEqualTo("clean");
        assertThat(passing.getChildNodes().getLength()).isZero();
        assertThat(clean.getAttribute("failures")).isEqualTo("0");

        NodeList cases = broken.getElementsByTagName("testcase");
        assertThat(cases.getLength()).as("one case per finding").isEqualTo(3);
        assertThat(broken.getAttribute("tests")).isEqualTo("3");
        assertThat(broken.getAttribute("failures")).isEqualTo("2");
        assertThat(broken.getAttribute("skipped")).isEqualTo("1");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertThat(names.add(c.getAttribute("name"))).as("unique name %s", c.getAttribute("name")).isTrue();
            assertThat(c.getElementsByTagName("failure").getLength() + c.getElementsByTagName("skipped").getLength())
                    .as("one failure or skip in %s", c.getAttribute("name")).isEqualTo(1);
        }
        Element a = testcase(broken, "test-pool-names at broken/device.yaml:8:40");
        Element first = (Element) a.getElementsByTagName("failure").item(0);
        assertThat(first.getAttribute("type")).isEqualTo("error");
        assertThat(first.getAttribute("message")).isEqualTo("pool A");
        assertThat(first.getTextContent()).startsWith("broken/device.yaml:8:40: error: pool A [test-pool-names]\n")
                .contains("  broken/device.yaml:5:15: note: switch vSwitch1");
        Element hostile = (Element) ((Element) cases.item(2)).getElementsByTagName("failure").item(0);
        assertThat(hostile.getAttribute("message")).as("XML 1.0 cannot carry ESC: it is shown as text")
                .isEqualTo("pool evil\"<&>\n\\x1b[31mred");
        Element b = testcase(broken, "test-pool-names at broken/device.yaml:9:40");
        assertThat(((Element) b.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("suppressed (inline: B is retired)");
    }

    @Test
    void twoFindingsOfOneRuleAtOnePlaceAreTwoCasesWithTheirOwnNames() throws Exception {
        Location pool = new Location("d/device.yaml", 8, 40, "/device/pools/0");
        DeviceResult device = new DeviceResult("d", List.of("d/device.yaml"), List.of(
                new Finding("test-pool-names", Severity.ERROR, "overlaps B", pool, List.of(), null),
                new Finding("test-pool-names", Severity.ERROR, "overlaps C", pool, List.of(), null)), Map.of());
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings(), root);

        Document xml = parse(render(new JunitReporter(), report));

        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("test-pool-names at d/device.yaml:8:40");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("test-pool-names at d/device.yaml:8:40 #2");
        assertThat(((Element) cases.item(1)).getElementsByTagName("failure").item(0).getAttributes()
                .getNamedItem("message").getNodeValue()).isEqualTo("overlaps C");
    }

    @Test
    void aDeviceWhoseFindingsAreAllSuppressedPassesWithThem() throws Exception {
        TestDevices.write(root, "d/device.yaml", TestDevices.pools("A")
                .replace("10.0.0.2 }", "10.0.0.2 }  # netlint-disable-line test-pool-names -- A is retired"));
        Document xml = parse(render(new JunitReporter(), TestDevices.check(root)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        Element pools = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(pools.getAttribute("name")).startsWith("test-pool-names at d/device.yaml:");
        assertThat(pools.getElementsByTagName("failure").getLength()).isZero();
        assertThat(pools.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("suppressed (inline");
    }

    @Test
    void rulesTurnedOffAreNamedInAProperty() throws Exception {
        ReportsFixture.tree(root);
        Report report = TestDevices.check(root.resolve("clean"),
                input -> DeviceSettings.DEFAULT.withLevels(Map.of("unknown-key", RuleLevel.OFF, "duplicate-key", RuleLevel.OFF)));
        Document xml = parse(render(new JunitReporter(), report));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
        NodeList properties = suite.getElementsByTagName("property");
        Element off = (Element) properties.item(properties.getLength() - 1);
        assertThat(off.getAttribute("name")).isEqualTo("rules off");
        assertThat(off.getAttribute("value")).isEqualTo("duplicate-key, unknown-key");
    }

    @Test
    void escapesEverythingXmlCannotHoldLiterally() {
        assertThat(Xml.attribute("a\"b'c<d>&e\nf\tg\rh\u0001i\ud800j\uffff"))
                .isEqualTo("a&quot;b&apos;c&lt;d&gt;&amp;e&#10;f&#9;g&#13;h\\x01i\ufffdj\ufffd");
        assertThat(Xml.text("<a>&\n\"\u001b\ud83d\ude00")).isEqualTo("&lt;a&gt;&amp;\n\"\\x1b\ud83d\ude00");
    }
}
