package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.HOSTILE;
import static dev.netlint.core.report.ReportsFixture.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.result.Report;
import dev.netlint.core.testing.TestDevices;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Checkstyle XML as Jenkins warnings-ng reads it (analysis-model's {@code CheckStyleParser}): the
 * elements {@code checkstyle/file/error}, whose attributes are set as bean properties ({@code line} and
 * {@code column} as integers, {@code severity}, {@code message}, {@code source}); the issue's type is
 * the part of {@code source} after its last dot, its category the part before it, capitalized; its
 * severity {@code error}, {@code warning} or {@code info}.
 */
class CheckstyleReporterTest {

    @TempDir
    Path root;

    /** An issue as warnings-ng makes it from one {@code error} element. */
    private record Issue(String file, int line, int column, String severity, String message, String type,
                         String category) {
    }

    private static List<Issue> readAsWarningsNg(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element checkstyle = document.getDocumentElement();
        assertThat(checkstyle.getTagName()).isEqualTo("checkstyle");
        assertThat(checkstyle.getAttribute("version")).isNotEmpty();
        List<Issue> issues = new ArrayList<>();
        NodeList files = checkstyle.getChildNodes();
        for (int i = 0; i < files.getLength(); i++) {
            if (!(files.item(i) instanceof Element file)) {
                continue;
            }
            assertThat(file.getTagName()).isEqualTo("file");
            assertThat(file.getAttribute("name")).isNotEmpty();
            NodeList errors = file.getChildNodes();
            for (int j = 0; j < errors.getLength(); j++) {
                if (!(errors.item(j) instanceof Element error)) {
                    continue;
                }
                assertThat(error.getTagName()).isEqualTo("error");
                assertThat(attributeNames(error)).as("only the attributes the parser sets")
                        .isSubsetOf("line", "column", "severity", "message", "source");
                String source = error.getAttribute("source");
                String before = source.substring(0, source.lastIndexOf('.'));
                String category = before.substring(before.lastIndexOf('.') + 1);
                issues.add(new Issue(file.getAttribute("name"), Integer.parseInt(error.getAttribute("line")),
                        error.hasAttribute("column") ? Integer.parseInt(error.getAttribute("column")) : 0,
                        error.getAttribute("severity"), error.getAttribute("message"),
                        source.substring(source.lastIndexOf('.') + 1),
                        category.substring(0, 1).toUpperCase(Locale.ROOT) + category.substring(1)));
            }
        }
        return issues;
    }

    private static List<String> attributeNames(Element element) {
        List<String> names = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            names.add(attribute.getNodeName());
        }
        return names;
    }

    @Test
    void eachCountedFindingIsAnErrorOfItsFile() throws Exception {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        String xml = render(new CheckstyleReporter(), report);

        assertThat(readAsWarningsNg(xml)).containsExactly(
                new Issue("broken/device.yaml", 8, 40, "error", "pool A", "test-pool-names", "Addressing"),
                new Issue("broken/device.yaml", 10, 61, "error", "pool " + HOSTILE.replace("\u001b", "\\x1b"),
                        "test-pool-names", "Addressing"));
        assertThat(xml).as("every file checked is listed, a clean one empty")
                .contains("<file name=\"clean/device.yaml\"/>")
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    }

    @Test
    void severitiesAreCheckstyles() throws Exception {
        TestDevices.write(root, "d/device.yaml", "device:\n  netwrk: {}\n");
        List<Issue> issues = readAsWarningsNg(render(new CheckstyleReporter(), TestDevices.check(root)));
        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isIn(Set.of("error", "warning", "info"));
            assertThat(issue.type()).isEqualTo("unknown-key");
            assertThat(issue.category()).isEqualTo("Input");
        });
    }
}
