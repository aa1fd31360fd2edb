package dev.netlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.load.FileSelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code mvn validate} judges the files {@code netlint check} judges: the check goal's default includes,
 * as its generated plugin descriptor declares them, are the ones the command line applies to a folder.
 */
class DefaultIncludesTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void theCheckGoalIncludesWhatTheCommandLineReads() throws Exception {
        assertThat(DESCRIPTOR).as("the plugin descriptor, written before the tests run").isRegularFile();
        Document plugin;
        try (var in = Files.newInputStream(DESCRIPTOR)) {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> defaults = new ArrayList<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!mojo.getElementsByTagName("goal").item(0).getTextContent().equals("check")) {
                continue;
            }
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            Element includes = (Element) configuration.getElementsByTagName("includes").item(0);
            defaults.addAll(List.of(includes.getAttribute("default-value").split(",")));
        }
        assertThat(defaults).containsExactlyElementsOf(FileSelector.DEFAULT_INCLUDES);
    }
}
