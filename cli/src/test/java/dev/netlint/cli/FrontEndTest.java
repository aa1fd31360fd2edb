package dev.netlint.cli;

import dev.netlint.core.testing.FrontEnds;
import org.junit.jupiter.api.Test;

/** The command line is a thin front end: of the core it uses only the entry point, the formats and the findings. */
class FrontEndTest {

    @Test
    void theCommandLineUsesOnlyTheEntryPointTheFormatsAndTheFindings() {
        FrontEnds.useOnlyTheCoreApi("dev.netlint.cli", "picocli..").check(FrontEnds.classesOf("dev.netlint.cli"));
    }
}
