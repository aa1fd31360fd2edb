package dev.netlint.core.load;

import dev.netlint.core.model.Device;
import java.util.List;
import java.util.Map;

/**
 * A device as loaded: its model, what the loader found wrong, the lines of each file by path, and the
 * comments of each YAML file that hold a suppression directive.
 */
public record LoadedDevice(Device device, List<LoadProblem> problems, Map<String, SourceFile> sources,
                           Map<String, List<SourceComment>> comments) {

    public LoadedDevice {
        comments = Map.copyOf(comments);
    }

    /** A device whose files have no suppression comment. */
    public LoadedDevice(Device device, List<LoadProblem> problems, Map<String, SourceFile> sources) {
        this(device, problems, sources, Map.of());
    }
}
