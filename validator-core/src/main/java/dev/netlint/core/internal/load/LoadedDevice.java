package dev.netlint.core.internal.load;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.SourceComment;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.model.Device;
import java.util.List;
import java.util.Map;

/**
 * A device as loaded: its model, what the loader found wrong, the lines of each file by path, and the
 * comments of each YAML file that hold a suppression directive.
 *
 * @param deviceFiles whether a file of it is a device file (it declares {@code device} or
 *     {@code kubernetes}, is a manifest or a runbook) or could not be read as one; false for a folder
 *     whose files are all plainly something else (a repository's {@code package.json},
 *     {@code renovate.json}, {@code docker-compose.yml}), which is then no device in the summary
 */
public record LoadedDevice(Device device, List<LoadProblem> problems, Map<String, SourceFile> sources,
                           Map<String, List<SourceComment>> comments, boolean deviceFiles) {

    public LoadedDevice {
        comments = Map.copyOf(comments);
    }

    /** A device with a device file. */
    public LoadedDevice(Device device, List<LoadProblem> problems, Map<String, SourceFile> sources,
                        Map<String, List<SourceComment>> comments) {
        this(device, problems, sources, comments, true);
    }

    /** A device whose files have no suppression comment. */
    public LoadedDevice(Device device, List<LoadProblem> problems, Map<String, SourceFile> sources) {
        this(device, problems, sources, Map.of());
    }
}
