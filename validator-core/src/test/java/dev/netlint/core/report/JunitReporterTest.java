package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.RuleLevel;
import dev.netlint.core.engine.Settings;
import dev.netlint.core.testing.TestDevices;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private static Element testcase(Element suite, String rule) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no testcase " + rule);
    }

    @Test
    void aSuitePerDeviceACasePerRuleAFailurePerFinding() throws Exception {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        Document xml = parse(render(new JunitReporter(), report));
        Element all = xml.getDocumentElement();
        int rules = TestDevices.RULES.all().size();
        assertThat(all.getTagName()).isEqualTo("testsuites");
        assertThat(all.getAttribute("tests")).isEqualTo(Integer.toString(2 * rules));
        assertThat(all.getAttribute("failures")).isEqualTo("1");

        NodeList suites = all.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element broken = (Element) suites.item(0);
        Element clean = (Element) suites.item(1);
        assertThat(broken.getAttribute("name")).isEqualTo("broken");
        assertThat(clean.getAttribute("name")).isEqualTo("clean");
        assertThat(clean.getElementsByTagName("testcase").getLength()).as("passing rules show as passed")
                .isEqualTo(rules);
        assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
        assertThat(clean.getAttribute("failures")).isEqualTo("0");

        assertThat(broken.getAttribute("tests")).isEqualTo(Integer.toString(rules));
        assertThat(broken.getAttribute("failures")).isEqualTo("1");
        Element pools = testcase(broken, "test-pool-names");
        NodeList failures = pools.getElementsByTagName("failure");
        assertThat(failures.getLength()).as("A and the hostile pool; B is suppressed").isEqualTo(2);
        Element first = (Element) failures.item(0);
        assertThat(first.getAttribute("type")).isEqualTo("error");
        assertThat(first.getAttribute("message")).isEqualTo("pool A");
        assertThat(first.getTextContent()).startsWith("broken/device.yaml:8:40: error: pool A [test-pool-names]\n")
                .contains("  broken/device.yaml:5:15: note: switch vSwitch1");
        Element hostile = (Element) failures.item(1);
        assertThat(hostile.getAttribute("message")).as("XML 1.0 cannot carry ESC: it is shown as text")
                .isEqualTo("pool evil\"<&>\n\\x1b[31mred");
        assertThat(pools.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("suppressed (inline: B is retired) broken/device.yaml:9:40");
        assertThat(testcase(broken, "parse-error").getChildNodes().getLength()).isZero();
    }

    @Test
    void aRuleTurnedOffIsSkipped() throws Exception {
        ReportsFixture.tree(root);
        Report report = TestDevices.check(root.resolve("clean"),
                input -> Settings.DEFAULT.withLevels(Map.of("unknown-key", RuleLevel.OFF)));
        Document xml = parse(render(new JunitReporter(), report));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(xml.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(testcase(suite, "unknown-key").getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void escapesEverythingXmlCannotHoldLiterally() {
        assertThat(Xml.attribute("a\"b'c<d>&e\nf\tg\rh\u0001i\ud800j\uffff"))
                .isEqualTo("a&quot;b&apos;c&lt;d&gt;&amp;e&#10;f&#9;g&#13;h\\x01i\ufffdj\ufffd");
        assertThat(Xml.text("<a>&\n\"\u001b\ud83d\ude00")).isEqualTo("&lt;a&gt;&amp;\n\"\\x1b\ud83d\ude00");
    }
}
