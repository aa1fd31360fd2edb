package dev.netlint.core.internal.load;

import dev.netlint.core.internal.util.GlobMatcher;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Include and exclude patterns in the Ant style that Maven users know, relative to one folder:
 * {@code *} and {@code ?} stay within a path segment, {@code **} spans any number of segments,
 * {@code dir/} and {@code dir/**} stand for everything below the folder. A file is selected when an
 * include matches it and no exclude does. Patterns are matched by {@link GlobMatcher}, in time linear in
 * the path's length, never by a backtracking regular expression.
 */
public final class FileSelector {

    /** What Maven projects include by default: every config file below the folder. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.yaml", "**/*.yml", "**/*.ps1");

    private final Path base;
    private final List<GlobMatcher> includes;
    private final List<GlobMatcher> excludes;

    private FileSelector(Path base, List<GlobMatcher> includes, List<GlobMatcher> excludes) {
        this.base = base.toAbsolutePath().normalize();
        this.includes = includes;
        this.excludes = excludes;
    }

    /** A selector below {@code base}; empty includes mean {@link #DEFAULT_INCLUDES}. */
    public static FileSelector of(Path base, List<String> includes, List<String> excludes) {
        List<String> effective = includes.isEmpty() ? DEFAULT_INCLUDES : includes;
        return new FileSelector(base, compile(effective), compile(excludes));
    }

    /**
     * Whether the file is selected. The base itself (a device file given on its own) and files outside
     * the base are not judged: they are selected.
     */
    public boolean selects(Path file) {
        String relative = relative(file);
        return relative == null || matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    /**
     * The device when an include selects one of its files, with every file of it that no exclude
     * leaves out, or empty: a device is whole or not checked, so an include naming one file of a
     * folder ({@code dev/kubernetes.yaml}) checks that folder's device with its other files.
     */
    public Optional<DeviceInput> select(DeviceInput device) {
        if (device.files().stream().noneMatch(this::selects)) {
            return Optional.empty();
        }
        List<Path> files = device.files().stream().filter(file -> !excludes(file)).toList();
        return Optional.of(files.size() == device.files().size() ? device
                : device.withFiles(files));
    }

    /** Whether an exclude leaves the file out, whatever the includes say. */
    private boolean excludes(Path file) {
        String relative = relative(file);
        return relative != null && matchesAny(excludes, relative);
    }

    /** The file's path below the base with {@code /} separators, or {@code null} for the base itself or outside it. */
    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base) || absolute.equals(base)) {
            return null;
        }
        String relative = base.relativize(absolute).toString();
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }

    private static boolean matchesAny(List<GlobMatcher> patterns, String relative) {
        for (GlobMatcher pattern : patterns) {
            if (pattern.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private static List<GlobMatcher> compile(List<String> patterns) {
        return patterns.stream()
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .map(FileSelector::normal)
                .map(GlobMatcher::ant)
                .toList();
    }

    /** An Ant pattern with {@code /} for separators, relative, a trailing {@code /} meaning everything below. */
    static String normal(String pattern) {
        String p = pattern.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        return p;
    }
}
