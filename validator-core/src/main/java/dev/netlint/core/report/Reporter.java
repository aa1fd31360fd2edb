package dev.netlint.core.report;

import dev.netlint.core.result.Report;
import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. */
public interface Reporter {

    void write(Report report, Writer out) throws IOException;

    /**
     * Whether the report draws the devices and so needs the engine to keep their models
     * ({@code Engine.keepingModels}); the other reports need only the findings.
     */
    default boolean needsModels() {
        return false;
    }
}
