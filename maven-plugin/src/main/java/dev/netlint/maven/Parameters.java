package dev.netlint.maven;

import dev.netlint.core.run.CheckRequest;
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

    /** The folder a project keeps its devices in when its POM names none. */
    static final String DEFAULT_SOURCE_DIRECTORY = "src/main/network";

    /**
     * The source directories of a goal: those the POM names, each of which must exist, or when it names
     * none, {@link #DEFAULT_SOURCE_DIRECTORY} below the project, skipped with a warning when missing.
     */
    static void sourceDirectories(CheckRequest.Builder request, List<File> named, File basedir) {
        if (named == null || named.isEmpty()) {
            request.defaultSourceDirectories(List.of(basedir.toPath().resolve(DEFAULT_SOURCE_DIRECTORY)));
        } else {
            request.sourceDirectories(paths(named));
        }
    }

    /** The paths of a list of files; none when the parameter is not set. */
    static List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
