package dev.netlint.core.load;

import dev.netlint.core.model.Device;
import java.util.List;
import java.util.Map;

/** A device as loaded: its model, what the loader found wrong, and the text of each file by path. */
public record LoadedDevice(Device device, List<LoadProblem> problems, Map<String, SourceFile> sources) {
}
