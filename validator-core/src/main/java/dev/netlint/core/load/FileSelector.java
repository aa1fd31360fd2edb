package dev.netlint.core.load;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Include and exclude patterns in the Ant style that Maven users know, relative to one folder:
 * {@code *} and {@code ?} stay within a path segment, {@code **} spans any number of segments,
 * {@code dir/} and {@code dir/**} stand for everything below the folder. A file is selected when an
 * include matches it and no exclude does.
 */
public final class FileSelector {

    /** What Maven projects include by default: every config file below the folder. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.yaml", "**/*.yml", "**/*.ps1");

    private final Path base;
    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    private final List<Path> excludedFolders;

    private FileSelector(Path base, List<Pattern> includes, List<Pattern> excludes, List<Path> excludedFolders) {
        this.base = base.toAbsolutePath().normalize();
        this.includes = includes;
        this.excludes = excludes;
        this.excludedFolders = excludedFolders;
    }

    /** A selector below {@code base}; empty includes mean {@link #DEFAULT_INCLUDES}. */
    public static FileSelector of(Path base, List<String> includes, List<String> excludes) {
        List<String> effective = includes.isEmpty() ? DEFAULT_INCLUDES : includes;
        return new FileSelector(base, compile(effective), compile(excludes), List.of());
    }

    /**
     * This selector, also leaving out every file below {@code folder}: where the reports of a run go,
     * so that they are never read as device files by the next run.
     */
    public FileSelector excludingFolder(Path folder) {
        List<Path> folders = new ArrayList<>(excludedFolders);
        folders.add(folder.toAbsolutePath().normalize());
        return new FileSelector(base, includes, excludes, List.copyOf(folders));
    }

    /**
     * Whether the file is selected. Apart from the excluded folders, the base itself (a device file
     * given on its own) and files outside the base are not judged: they are selected.
     */
    public boolean selects(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path folder : excludedFolders) {
            if (absolute.startsWith(folder)) {
                return false;
            }
        }
        if (!absolute.startsWith(base) || absolute.equals(base)) {
            return true;
        }
        String relative = base.relativize(absolute).toString();
        if (File.separatorChar != '/') {
            relative = relative.replace(File.separatorChar, '/');
        }
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
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
                : new DeviceInput(device.path(), device.display(), files));
    }

    /** Whether an exclude or an excluded folder leaves the file out, whatever the includes say. */
    private boolean excludes(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path folder : excludedFolders) {
            if (absolute.startsWith(folder)) {
                return true;
            }
        }
        if (!absolute.startsWith(base) || absolute.equals(base)) {
            return false;
        }
        String relative = base.relativize(absolute).toString();
        if (File.separatorChar != '/') {
            relative = relative.replace(File.separatorChar, '/');
        }
        return matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<Pattern> patterns, String relative) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(relative).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream()
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .map(FileSelector::toRegex)
                .map(Pattern::compile)
                .toList();
    }

    /** Ant pattern to regular expression. */
    static String toRegex(String pattern) {
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
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                regex.append("(?:[^/]*/)*");
                i += 3;
            } else if (p.startsWith("/**", i) && i + 3 == p.length()) {
                regex.append("(?:/.*)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}
