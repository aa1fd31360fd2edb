package dev.netlint.maven;

import dev.netlint.core.testing.FrontEnds;
import org.junit.jupiter.api.Test;

/** The Maven plugin is a thin front end: of the core it uses only the entry point, the formats and the findings. */
class FrontEndTest {

    @Test
    void thePluginUsesOnlyTheEntryPointTheFormatsAndTheFindings() {
        // The generated HelpMojo reads its descriptor with the JDK's XML parser.
        FrontEnds.useOnlyTheCoreApi("dev.netlint.maven", "javax.xml..", "org.w3c..", "org.xml..", "org.apache.maven..")
                .check(FrontEnds.classesOf("dev.netlint.maven"));
    }
}
