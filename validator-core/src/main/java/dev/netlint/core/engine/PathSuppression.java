package dev.netlint.core.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A suppression from the config file: one rule (or {@code *}) on the files a glob matches, with a
 * reason.
 *
 * @param glob matched against the file's path relative to the config file's folder
 * @param base the folder of the config file that declared it
 */
public record PathSuppression(String rule, String glob, String reason, Path base) {

    public boolean matches(String ruleId, Path file) {
        if (!rule.equals("*") && !rule.equals(ruleId)) {
            return false;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return false;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(root.relativize(absolute));
    }
}
