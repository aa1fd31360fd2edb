package dev.netlint.core.internal.engine;

import dev.netlint.core.internal.util.GlobMatcher;
import java.io.File;
import java.nio.file.Path;

/**
 * A path glob of the config file, matched against a path relative to the config file's folder.
 * {@code *} stays within one folder, {@code **} crosses folders, and a leading {@code **}{@code /}
 * also matches at the top (so {@code **}{@code /lab/**} matches {@code lab/a.yaml}), as in .gitignore.
 * The syntax is the JDK's {@code glob:}; the matching is {@link GlobMatcher}'s, in time linear in the
 * path's length, since the JDK's backtracking regular expression can take hours on a hostile glob.
 */
public final class Glob {

    private final String pattern;
    private final GlobMatcher matcher;
    private final GlobMatcher topLevel;

    private Glob(String pattern) {
        this.pattern = pattern;
        this.matcher = GlobMatcher.glob(pattern);
        this.topLevel = pattern.startsWith("**/") ? GlobMatcher.glob(pattern.substring(3)) : null;
    }

    /**
     * @throws IllegalArgumentException when the pattern is not a valid glob, or is longer than
     *     {@value GlobMatcher#MAX_LENGTH} characters or has more than {@value GlobMatcher#MAX_DOUBLE_STARS}
     *     {@code **}
     */
    public static Glob of(String pattern) {
        String normal = pattern.replace('\\', '/');
        while (normal.startsWith("./")) {
            normal = normal.substring(2);
        }
        if (normal.isEmpty()) {
            throw new IllegalArgumentException("an empty glob matches nothing");
        }
        if (normal.startsWith("/")) {
            throw new IllegalArgumentException("glob '" + pattern + "' must be relative to the config file's folder");
        }
        return new Glob(normal);
    }

    public String pattern() {
        return pattern;
    }

    /** Whether the path (relative to the config file's folder) matches. */
    public boolean matches(Path relative) {
        String path = relative.toString();
        if (File.separatorChar != '/') {
            path = path.replace(File.separatorChar, '/');
        }
        return matcher.matches(path) || topLevel != null && topLevel.matches(path);
    }

    /** The steps the matcher took on {@code relative}: what a test bounds instead of time. */
    public long steps(String relative) {
        return matcher.match(relative).steps() + (topLevel == null ? 0 : topLevel.match(relative).steps());
    }

    /** Whether {@code path} lies under {@code base} and its path relative to {@code base} matches. */
    public boolean matches(Path base, Path path) {
        Path root = base.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) && !absolute.equals(root) && matches(root.relativize(absolute));
    }

    /** Two globs are equal when their (normalised) patterns are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Glob g && g.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
