package dev.netlint.core.engine;

import dev.netlint.core.load.SourceFile;
import java.util.List;
import java.util.Map;

/** The findings of one device, sorted by file, line, column and rule, with the files' text. */
public record DeviceResult(String path, List<String> files, List<Finding> findings, Map<String, SourceFile> sources) {

    public DeviceResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        sources = Map.copyOf(sources);
    }
}
