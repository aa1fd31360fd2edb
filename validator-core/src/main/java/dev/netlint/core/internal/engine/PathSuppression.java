package dev.netlint.core.internal.engine;

import java.nio.file.Path;

/**
 * A suppression from the config file: one rule (or {@code *}) on the files a glob matches, with a
 * reason.
 *
 * @param glob matched against the file's path relative to the config file's folder, as {@link Glob} says
 * @param base the folder of the config file that declared it
 */
public record PathSuppression(String rule, Glob glob, String reason, Path base) {

    /** Compiles the glob once: {@link #matches} runs for every finding of every device. */
    public PathSuppression(String rule, String glob, String reason, Path base) {
        this(rule, Glob.of(glob), reason, base);
    }

    public boolean matches(String ruleId, Path file) {
        if (!rule.equals("*") && !rule.equals(ruleId)) {
            return false;
        }
        return glob.matches(base, file);
    }
}
