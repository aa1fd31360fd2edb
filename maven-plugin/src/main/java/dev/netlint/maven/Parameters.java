package dev.netlint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the goals' list parameters hold, as the core's request takes it. */
final class Parameters {

    private Parameters() {
    }

    /** The entries of a list parameter, each element of which may hold several separated by commas. */
    static List<String> entries(List<String> value) {
        List<String> entries = new ArrayList<>();
        if (value != null) {
            for (String entry : value) {
                for (String part : entry.split(",")) {
                    if (!part.isBlank()) {
                        entries.add(part.trim());
                    }
                }
            }
        }
        return entries;
    }

    /** The paths of a list of files; none when the parameter is not set. */
    static List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
