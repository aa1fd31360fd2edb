package dev.netlint.core.engine;

import java.nio.file.Path;

/**
 * A suppression from the config file: one rule (or {@code *}) on the files a glob matches, with a
 * reason.
 *
 * @param glob matched against the file's path relative to the config file's folder, as {@link Glob} says
 * @param base the folder of the config file that declared it
 */
public record PathSuppression(String rule, String glob, String reason, Path base) {

    public boolean matches(String ruleId, Path file) {
        if (!rule.equals("*") && !rule.equals(ruleId)) {
            return false;
        }
        return Glob.of(glob).matches(base, file);
    }
}
