package dev.netlint.core.internal.config;

import dev.netlint.core.internal.engine.Glob;
import dev.netlint.core.internal.engine.PathSuppression;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code .netlint.yaml}. Absent keys are {@code null} (profile, failOn) or empty, so that
 * the command line or the defaults decide.
 *
 * @param file the config file, or {@code null} for {@link #NONE}
 * @param rules rule id to level, in file order
 * @param ignore globs relative to the file's folder: matching files and folders are not checked
 * @param suppressions findings of a rule on matching files count as suppressed
 * @param maxFileBytes the size over which a device file is not read, or {@code null} for the default
 * @param root whether the file says {@code root: true}: the search for a config file ends here
 */
record NetlintConfig(Path file, Profile profile, FailOn failOn, Map<String, RuleLevel> rules,
                            List<Glob> ignore, List<PathSuppression> suppressions, Long maxFileBytes,
                            boolean root) {

    /** No config file: everything at its default. */
    static final NetlintConfig NONE = new NetlintConfig(null, null, null, Map.of(), List.of(), List.of(),
            null, false);

    static final String FILE_NAME = ".netlint.yaml";

    NetlintConfig {
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        ignore = List.copyOf(ignore);
        suppressions = List.copyOf(suppressions);
    }

    /** The folder the globs are relative to, or {@code null} for {@link #NONE}. */
    Path folder() {
        return file == null ? null : file.toAbsolutePath().normalize().getParent();
    }

    /** Whether an {@code ignore} glob matches the file or folder. */
    boolean ignores(Path path) {
        if (file == null) {
            return false;
        }
        Path base = folder();
        for (Glob glob : ignore) {
            if (glob.matches(base, path)) {
                return true;
            }
        }
        return false;
    }
}
