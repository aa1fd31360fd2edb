package dev.netlint.core.internal.load;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the devices below the given paths: a file is a device; in a folder tree each folder that
 * holds config files ({@code *.json}, {@code *.yaml}, {@code *.yml}, not starting with {@code .}) is
 * one device. Hidden folders and build output ({@code target}, {@code node_modules}) are not entered.
 *
 * <p>A folder holding a Helm chart ({@code Chart.yaml}) is one input of that file alone, and nothing below
 * it is walked: the loader reports the chart as skipped. A folder holding only Kubernetes manifests or
 * runbooks belongs to the device folder above it ({@link ManifestFolders}).
 *
 * <p>Symbolic links to files and folders are followed while they stay in the tree being checked: the
 * real paths of the paths given (or the folder set by {@link #within}). A link whose real path leaves
 * it, at any depth, is never read nor entered: it becomes a device of its own whose one file is the
 * link, which the loader reports as {@code link-outside-tree} without opening it. A path given that is
 * itself a link must stay in the folder it is in. A pull request can commit a link named
 * {@code gc.yaml} to {@code ~/.aws/credentials} or {@code /proc/self/environ}; reading it would put
 * the secret into the reports that CI publishes.
 *
 * <p>Each folder is checked once, however many
 * paths lead to it (loops included): a folder is named by its path without symbolic links below the
 * path given when it has one, else by the first link (in path order) that leads to it; a folder that
 * several given paths lead to is named below the first of them.
 */
public final class DeviceFinder {

    /** Lists a folder; {@link Files#list} but for tests, which cannot make a folder unreadable as root. */
    @FunctionalInterface
    interface Lister {
        Stream<Path> list(Path dir) throws IOException;
    }

    /**
     * A path given to check that cannot be one: a FIFO, a device file, a socket, or a folder without a
     * single config file below it. A usage error, not zero devices.
     */
    public static final class NotADevice extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path path;
        private final String problem;

        NotADevice(Path path, String problem) {
            super(path + ": " + problem);
            this.path = path;
            this.problem = problem;
        }

        public Path path() {
            return path;
        }

        /** What is wrong, without the path. */
        public String problem() {
            return problem;
        }
    }

    private final PathDisplay paths;
    private final Predicate<Path> ignored;
    private final Predicate<Path> excluded;
    private final Lister lister;
    /** The folder that links may point into, or {@code null} for the paths given. */
    private final Path within;
    /** Whether a file given is its own device ({@link #filesAlone}) rather than its folder's. */
    private final boolean filesAlone;

    /**
     * @param ignored files and folders to leave out (from the {@code ignore} globs of the config)
     */
    public DeviceFinder(PathDisplay paths, Predicate<Path> ignored) {
        this(paths, ignored, path -> false, Files::list);
    }

    /**
     * @param ignored files and folders to leave out below a path given (the {@code ignore} globs of the
     *     config); a path given that they match is checked all the same, whole
     * @param excluded files never read as devices, wherever they are (the reports and baselines of the run)
     */
    public static DeviceFinder of(PathDisplay paths, Predicate<Path> ignored, Predicate<Path> excluded) {
        return new DeviceFinder(paths, ignored, excluded, Files::list);
    }

    DeviceFinder(PathDisplay paths, Predicate<Path> ignored, Lister lister) {
        this(paths, ignored, path -> false, lister);
    }

    DeviceFinder(PathDisplay paths, Predicate<Path> ignored, Predicate<Path> excluded, Lister lister) {
        this(paths, ignored, excluded, lister, null);
    }

    private DeviceFinder(PathDisplay paths, Predicate<Path> ignored, Predicate<Path> excluded, Lister lister,
                         Path within) {
        this(paths, ignored, excluded, lister, within, false);
    }

    private DeviceFinder(PathDisplay paths, Predicate<Path> ignored, Predicate<Path> excluded, Lister lister,
                         Path within, boolean filesAlone) {
        this.paths = paths;
        this.ignored = ignored;
        this.excluded = excluded;
        this.lister = lister;
        this.within = within;
        this.filesAlone = filesAlone;
    }

    /**
     * This finder, with {@code folder} as the tree that symbolic links may point into rather than the
     * paths given: a Maven project's base directory, whose source directories are the paths given.
     */
    public DeviceFinder within(Path folder) {
        return new DeviceFinder(paths, ignored, excluded, lister, folder, filesAlone);
    }

    /**
     * The same finder where a file given is a device of that file alone, not of its folder: the two sides
     * of {@code netlint diff current.yaml proposed.yaml} may lie in one folder.
     */
    public DeviceFinder filesAlone() {
        return new DeviceFinder(paths, ignored, excluded, lister, within, true);
    }

    /**
     * How paths are shown: relative to the working directory when below it, with {@code /} for the
     * platform's separator (a {@code \} in a file name on Unix stays as it is).
     */
    public record PathDisplay(Path workingDirectory) {

        public static PathDisplay current() {
            return new PathDisplay(Path.of("").toAbsolutePath());
        }

        public String display(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            String text = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
                    : absolute.toString();
            if (File.separatorChar != '/') {
                text = text.replace(File.separatorChar, '/');
            }
            return text.isEmpty() ? "." : text;
        }
    }

    public static boolean isDeviceFile(Path file) {
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
     * error (a usage error for the CLI), and so is a root that is neither a file nor a folder, or a
     * folder without a device below it ({@link NotADevice}). A folder below a root that cannot be read
     * is not: it becomes a {@link DeviceInput#unreadable} input, which the loader reports as a
     * {@code parse-error} on that folder, and the rest of the tree is still checked.
     */
    public List<DeviceInput> find(List<Path> roots) throws IOException {
        Walk walk = new Walk(trees(roots));
        for (Path root : roots) {
            if (walk.outside(root)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(root, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(root.toString(), null, Files.isSymbolicLink(root)
                        ? "a symbolic link to nothing" : "no such file or folder");
            }
            if (attributes.isRegularFile()) {
                walk.file(root);
            } else if (attributes.isDirectory()) {
                if (walk.tree(root) == 0) {
                    throw new NotADevice(root, "no device file (*.json, *.yaml, *.yml, *.ps1) in this folder"
                            + (walk.left > 0 ? " that an ignore glob of the configuration leaves in" : ""));
                }
            } else {
                throw new NotADevice(root, kindOf(root) + ", not a device file or folder");
            }
        }
        return ManifestFolders.attach(List.copyOf(walk.devices.values()));
    }

    /**
     * The real paths of the trees being checked: {@link #within}, or each path given that exists,
     * a link given only when it stays in its own folder.
     */
    private List<Path> trees(List<Path> roots) throws IOException {
        if (within != null) {
            return List.of(within.toRealPath());
        }
        List<Path> trees = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            Path real = root.toRealPath();
            if (Files.isSymbolicLink(root) && !real.startsWith(folderOf(root))) {
                continue;
            }
            // a file given brings its folder's other device files along (see Walk.file): its folder is the tree
            trees.add(Files.isDirectory(real) || real.getParent() == null ? real : real.getParent());
        }
        return trees;
    }

    /** The real path of the folder a path given is in. */
    private static Path folderOf(Path path) throws IOException {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null ? path.toAbsolutePath().getRoot() : parent.toRealPath();
    }

    /** Whether a real path is in one of the trees. */
    private static boolean inside(Path real, List<Path> trees) {
        for (Path tree : trees) {
            if (real.startsWith(tree)) {
                return true;
            }
        }
        return false;
    }

    /** What a path that is neither a file nor a folder is, in words: {@code a FIFO (named pipe)}. */
    public static String kindOf(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** One walk over the roots: what was found, and the real paths already seen. */
    private final class Walk {

        final Map<String, DeviceInput> devices = new TreeMap<>();
        /** The real paths of the trees being checked. */
        private final List<Path> trees;
        /** The real paths of the folders and files that are devices. */
        private final Set<Path> deviceReals = new HashSet<>();
        /** The real paths of the folders walked. */
        private final Set<Path> visited = new HashSet<>();
        /** Files and folders below the current root that an ignore glob left out: says why it is empty. */
        int left;

        Walk(List<Path> trees) {
            this.trees = trees;
        }

        /**
         * Whether a path given is a symbolic link out of the trees (out of its own folder, for a link
         * given): then it is a device of its own, the link alone, which the loader refuses to read.
         */
        boolean outside(Path root) throws IOException {
            if (!Files.isSymbolicLink(root) || !Files.exists(root)) {
                return false;
            }
            Path real = root.toRealPath();
            if (inside(real, trees) && (within != null || real.startsWith(folderOf(root)))) {
                return false;
            }
            refuse(root);
            return true;
        }

        /** A link out of the trees: a device whose one file is the link, for the loader to report. */
        private void refuse(Path link) {
            String display = paths.display(link);
            devices.putIfAbsent(display, new DeviceInput(link, display, List.of(link), trees));
        }

        /**
         * A file given on its own: the device of its folder, with the folder's other device files, so
         * that the device is whole (pre-commit hooks and {@code git diff --name-only | xargs netlint
         * check} pass the changed files one by one); the file alone when it is its folder's only one.
         * Files of one folder given one by one make one device.
         */
        void file(Path file) throws IOException {
            Path folder = file.toAbsolutePath().normalize().getParent();
            Path given = file.getParent() == null ? Path.of(".") : file.getParent();
            boolean chart = file.getFileName() != null && file.getFileName().toString().equals(DeviceLoader.CHART_FILE);
            List<Path> siblings = folder == null || chart || filesAlone ? List.of() : siblings(given, file);
            if (siblings.size() <= 1) {
                if (deviceReals.add(file.toRealPath())) {
                    String display = paths.display(file);
                    devices.putIfAbsent(display, new DeviceInput(file, display, List.of(file), trees));
                }
                return;
            }
            Path real = given.toRealPath();
            if (deviceReals.add(real)) {
                String display = paths.display(given);
                devices.putIfAbsent(display, new DeviceInput(given, display, siblings, trees));
            }
        }

        /**
         * The device files of a given file's folder, as a walk of the folder would list them, with the
         * file itself whatever the ignore globs say; just the file when the folder cannot be listed.
         */
        private List<Path> siblings(Path folder, Path file) {
            List<Path> files = new ArrayList<>();
            Path self = file.getFileName();
            try (Stream<Path> listed = lister.list(folder)) {
                for (Path child : listed.sorted(Comparator.comparing(Path::toString)).toList()) {
                    boolean isSelf = child.getFileName().equals(self);
                    if (isSelf || isDeviceFile(child) && Files.isRegularFile(child) && !excluded.test(child)
                            && !ignored.test(child)) {
                        files.add(isSelf ? file : child);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                return List.of(file);
            }
            return files;
        }

        /** Walks a folder given: its tree without links first, then the links, in path order; how many devices. */
        int tree(Path root) throws IOException {
            if (visited.contains(root.toRealPath())) {
                return 1;
            }
            boolean honourIgnore = !ignored.test(root);
            left = 0;
            int found = 0;
            Deque<Path> links = new ArrayDeque<>();
            found += walk(root, root, honourIgnore, links);
            List<Path> pending = new ArrayList<>(links);
            while (!pending.isEmpty()) {
                pending.sort(Comparator.comparing(Path::toString));
                List<Path> next = new ArrayList<>();
                for (Path link : pending) {
                    Deque<Path> more = new ArrayDeque<>();
                    found += walk(root, link, honourIgnore, more);
                    next.addAll(more);
                }
                pending = next;
            }
            return found;
        }

        /**
         * Walks the tree below {@code start} without entering symbolic links, which it adds to
         * {@code links}; returns how many devices it reached (new or seen before).
         */
        /**
         * A folder still to walk, with its real path when its parent's is known and it is no link (the
         * real path of a folder's own entry is the folder's real path and the entry's name: no system
         * call), else {@code null}.
         */
        private record Folder(Path path, Path real) {
        }

        private int walk(Path root, Path start, boolean honourIgnore, Deque<Path> links)
                throws IOException {
            int found = 0;
            Deque<Folder> stack = new ArrayDeque<>();
            stack.push(new Folder(start, null));
            while (!stack.isEmpty()) {
                Folder next = stack.pop();
                Path dir = next.path();
                Path real;
                List<Path> children;
                try {
                    real = next.real() != null ? next.real() : dir.toRealPath();
                    if (!visited.add(real)) {
                        found += deviceReals.contains(real) ? 1 : 0;
                        continue;
                    }
                    try (Stream<Path> listed = lister.list(dir)) {
                        children = listed.sorted(Comparator.comparing(Path::toString)).toList();
                    }
                } catch (IOException | UncheckedIOException e) {
                    IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause()
                            : (IOException) e;
                    if (dir.equals(root)) {
                        throw cause;
                    }
                    String display = paths.display(dir);
                    devices.putIfAbsent(display, DeviceInput.unreadable(dir, display, DeviceLoader.ioReason(cause)));
                    found++;
                    continue;
                }
                Path chart = dir.resolve(DeviceLoader.CHART_FILE);
                if (children.contains(chart) && Files.isRegularFile(chart) && !excluded.test(chart)) {
                    // a Helm chart: its templates are not manifests, and nothing below it is walked
                    found++;
                    deviceReals.add(real);
                    String display = paths.display(dir);
                    devices.putIfAbsent(display, new DeviceInput(dir, display, List.of(chart)));
                    continue;
                }
                List<Path> files = new ArrayList<>();
                Set<Path> realFiles = new HashSet<>();
                List<Path> folders = new ArrayList<>();
                for (Path child : children) {
                    BasicFileAttributes own;
                    try {
                        own = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        continue;
                    }
                    if (excluded.test(child)) {
                        continue;
                    }
                    boolean link = own.isSymbolicLink();
                    boolean folder = link ? Files.isDirectory(child) : own.isDirectory();
                    // null for a link to nothing, which reading reports
                    Path linkedTo = link ? realOrNull(child) : null;
                    boolean out = linkedTo != null && !inside(linkedTo, trees);
                    if (folder) {
                        if (isSkipped(child)) {
                            continue;
                        }
                        if (honourIgnore && ignored.test(child)) {
                            left++;
                            continue;
                        }
                        if (out) {
                            refuse(child);
                            found++;
                        } else if (link) {
                            links.add(child);
                        } else {
                            folders.add(child);
                        }
                    } else if (isDeviceFile(child) && (link ? out || linkedTo == null || Files.isRegularFile(child)
                            : own.isRegularFile())) {
                        // A link to nothing is kept: reading it is a parse-error, never a silent skip.
                        if (honourIgnore && ignored.test(child)) {
                            left++;
                        } else if (realFiles.add(link ? realOrSelf(child) : real.resolve(child.getFileName()))) {
                            files.add(child);
                        }
                    }
                }
                if (!files.isEmpty()) {
                    found++;
                    deviceReals.add(real);
                    String display = paths.display(dir);
                    devices.putIfAbsent(display, new DeviceInput(dir, display, files, trees));
                }
                for (int i = folders.size() - 1; i >= 0; i--) {
                    Path folder = folders.get(i);
                    stack.push(new Folder(folder, real.resolve(folder.getFileName())));
                }
            }
            return found;
        }
    }

    private static Path realOrNull(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static Path realOrSelf(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static boolean isSkipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || name.equals("target") || name.equals("node_modules");
    }
}
