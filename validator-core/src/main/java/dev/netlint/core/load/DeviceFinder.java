package dev.netlint.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the devices below the given paths: a file is a device; in a folder tree each folder that
 * holds config files ({@code *.json}, {@code *.yaml}, {@code *.yml}, not starting with {@code .}) is
 * one device. Hidden folders and build output ({@code target}, {@code node_modules}) are not entered.
 */
public final class DeviceFinder {

    /** Lists a folder; {@link Files#list} but for tests, which cannot make a folder unreadable as root. */
    @FunctionalInterface
    interface Lister {
        Stream<Path> list(Path dir) throws IOException;
    }

    private final Paths paths;
    private final Predicate<Path> ignored;
    private final Lister lister;

    /**
     * @param ignored files and folders to leave out (from the {@code ignore} globs of the config)
     */
    public DeviceFinder(Paths paths, Predicate<Path> ignored) {
        this(paths, ignored, Files::list);
    }

    DeviceFinder(Paths paths, Predicate<Path> ignored, Lister lister) {
        this.paths = paths;
        this.ignored = ignored;
        this.lister = lister;
    }

    /** How paths are shown: relative to the working directory when below it, with {@code /}. */
    public record Paths(Path workingDirectory) {

        public static Paths current() {
            return new Paths(Path.of("").toAbsolutePath());
        }

        public String display(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            String text = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
                    : absolute.toString();
            text = text.replace('\\', '/');
            return text.isEmpty() ? "." : text;
        }
    }

    public static boolean isConfigFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".ps1");
    }

    /** Whether a file of a device is a PowerShell runbook, read for the cmdlets that change the cluster's network. */
    public static boolean isRunbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ps1");
    }

    /**
     * The devices below the roots, sorted by path. A root that does not exist or cannot be read is an
     * error (a usage error for the CLI). A folder below a root that cannot be read is not: it becomes a
     * {@link DeviceInput#unreadable} input, which the loader reports as a {@code parse-error} on that
     * folder, and the rest of the tree is still checked.
     */
    public List<DeviceInput> find(List<Path> roots) throws IOException {
        Map<String, DeviceInput> devices = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            }
            if (Files.isRegularFile(root)) {
                String display = paths.display(root);
                devices.putIfAbsent(display, new DeviceInput(root, display, List.of(root)));
            } else {
                walk(root, devices);
            }
        }
        return List.copyOf(devices.values());
    }

    private void walk(Path root, Map<String, DeviceInput> devices) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && (isSkipped(dir) || ignored.test(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                List<Path> files;
                try (Stream<Path> children = lister.list(dir)) {
                    files = children.filter(Files::isRegularFile)
                            .filter(DeviceFinder::isConfigFile)
                            .filter(f -> !ignored.test(f))
                            .sorted(Comparator.comparing(Path::toString))
                            .toList();
                } catch (IOException | UncheckedIOException e) {
                    if (dir.equals(root)) {
                        throw e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
                    }
                    unreadable(dir, e instanceof UncheckedIOException unchecked ? unchecked.getCause()
                            : (IOException) e);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!files.isEmpty()) {
                    String display = paths.display(dir);
                    devices.putIfAbsent(display, new DeviceInput(dir, display, new ArrayList<>(files)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                if (!ignored.test(file) && !isSkipped(file)) {
                    unreadable(file, e);
                }
                return FileVisitResult.CONTINUE;
            }

            private void unreadable(Path path, IOException e) {
                String display = paths.display(path);
                devices.putIfAbsent(display, DeviceInput.unreadable(path, display, DeviceLoader.ioReason(e)));
            }
        });
    }

    private static boolean isSkipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || name.equals("target") || name.equals("node_modules");
    }
}
