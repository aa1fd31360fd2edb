package dev.netlint.core.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A path glob of the config file, matched against a path relative to the config file's folder.
 * {@code *} stays within one folder, {@code **} crosses folders, and a leading {@code **}{@code /}
 * also matches at the top (so {@code **}{@code /lab/**} matches {@code lab/a.yaml}), as in .gitignore.
 */
public final class Glob {

    private final String pattern;
    private final PathMatcher matcher;
    private final PathMatcher topLevel;

    private Glob(String pattern) {
        this.pattern = pattern;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.topLevel = pattern.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)) : null;
    }

    /**
     * @throws IllegalArgumentException when the pattern is not a valid glob
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
        return matcher.matches(relative) || topLevel != null && topLevel.matches(relative);
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
