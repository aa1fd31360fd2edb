package dev.netlint.core.run;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.config.ConfigException;
import dev.netlint.core.internal.config.ConfigResolver;
import dev.netlint.core.internal.load.DeviceExports;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.FileSelector;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.run.Note.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The devices of a request, with their configuration files resolved: below the paths given (each must
 * be a device file or hold one), or below the source directories (a missing or empty one is a note).
 * Netlint's own reports and baselines are never devices.
 */
final class Devices {

    private Devices() {
    }

    static List<DeviceInput> find(CheckRequest request, ConfigResolver configs, DeviceFinder.PathDisplay paths,
                                  Predicate<Path> ownFiles, Netlint.Notes notes) throws CheckException {
        Predicate<Path> excluded = ownFiles.or(Devices::isOwnReport);
        if (request.fromSourceDirectories()) {
            return inSourceDirectories(request, configs, paths, excluded, notes);
        }
        List<Path> roots = request.paths().isEmpty() ? List.of(Path.of(".")) : request.paths();
        for (Path root : roots) {
            refuseNonDeviceFile(root);
        }
        try {
            List<DeviceInput> devices = exportsApart(configs.find(paths, roots, excluded), roots, paths, notes);
            configs.resolve(devices);
            return devices;
        } catch (ConfigException e) {
            throw invalid(e, paths);
        } catch (IOException e) {
            throw new CheckException(Netlint.describe(e), e);
        }
    }

    /**
     * A file given on its own that cannot be a device file: not named like one ({@code pom.xml}), or a
     * report or baseline that netlint wrote. Said in words rather than left to the parser.
     */
    private static void refuseNonDeviceFile(Path root) throws CheckException {
        if (!Files.isRegularFile(root)) {
            return;
        }
        if (Reporters.isOwnOutput(root)) {
            throw new CheckException(root + ": a report, baseline or schema that netlint wrote, not a device file");
        }
        if (!DeviceFinder.isDeviceFile(root)) {
            throw new CheckException(root + ": not a device file: netlint reads *.json, *.yaml and *.yml device"
                    + " files and *.ps1 runbooks");
        }
    }

    /** Whether a device-file candidate in a tree is a report or baseline netlint wrote (it is then skipped). */
    private static boolean isOwnReport(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && Reporters.isOwnOutput(path);
    }

    /**
     * The devices below the source directories, sorted by path, each once, with the {@code ignore}
     * globs of their config files and the includes and excludes applied, never the reports of an
     * earlier run.
     */
    private static List<DeviceInput> inSourceDirectories(CheckRequest request, ConfigResolver configs,
                                                         DeviceFinder.PathDisplay paths, Predicate<Path> excluded,
                                                         Netlint.Notes notes) throws CheckException {
        Map<String, DeviceInput> devices = new TreeMap<>();
        String option = request.vocabulary().name(RequestOption.SOURCE_DIRECTORIES);
        for (Path dir : request.sourceDirectories()) {
            if (!Files.exists(dir)) {
                if (!request.sourceDirectoriesByDefault()) {
                    throw new CheckException(option + " " + paths.display(dir) + ": no such folder; it is named"
                            + " explicitly, so a misspelt name would pass without checking anything");
                }
                notes.add(Severity.WARNING, Stage.SETUP, "no source directory " + paths.display(dir) + ", skipped");
                continue;
            }
            // The report folder is not left out: it may be a device folder, or hold every device. Netlint's
            // own reports in it are left out by name and content (excluded), a device file there is refused
            // as a report's target (Outputs.refuseReplacing).
            FileSelector selector = FileSelector.of(dir, request.includes(), request.excludes());
            try {
                for (DeviceInput found : exportsApart(configs.find(paths, List.of(dir), excluded,
                        withinProject(dir, request.workingDirectory())), List.of(), paths, notes)) {
                    selector.select(found).ifPresent(input -> devices.putIfAbsent(input.display(), input));
                }
            } catch (ConfigException e) {
                throw invalid(e, paths);
            } catch (DeviceFinder.NotADevice e) {
                if (!Files.isDirectory(dir)) {
                    throw new CheckException(option + " " + paths.display(dir) + ": " + e.problem(), e);
                }
                notes.add(Severity.INFO, Stage.SETUP, paths.display(dir) + ": " + e.problem() + ", skipped");
            } catch (IOException e) {
                throw new CheckException("cannot read " + paths.display(dir) + ": " + e, e);
            }
        }
        List<DeviceInput> found = List.copyOf(devices.values());
        try {
            configs.resolve(found);
        } catch (ConfigException e) {
            throw invalid(e, paths);
        }
        return found;
    }

    /**
     * Each folder of whole-device exports with nodes of their own becomes one device per export, said in
     * a note; of a folder reached through files given one by one, only the exports given are kept.
     */
    private static List<DeviceInput> exportsApart(List<DeviceInput> found, List<Path> roots,
                                                  DeviceFinder.PathDisplay paths, Netlint.Notes notes) {
        Set<Path> given = new HashSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                given.add(root.toAbsolutePath().normalize());
            }
        }
        Map<String, DeviceInput> devices = new TreeMap<>();
        for (DeviceInput device : found) {
            Optional<List<DeviceInput>> split = DeviceExports.split(device, paths::display);
            if (split.isEmpty()) {
                devices.putIfAbsent(device.display(), device);
                continue;
            }
            List<DeviceInput> exports = split.get();
            boolean throughFiles = exports.stream().anyMatch(e -> given.contains(e.path().toAbsolutePath().normalize()));
            notes.add(Severity.INFO, Stage.SETUP, device.display() + ": " + exports.size() + " whole-device exports"
                    + " whose nodes differ (" + exports.stream().map(e -> e.path().getFileName().toString())
                    .collect(Collectors.joining(", ")) + "), each checked as a device of its own");
            for (DeviceInput export : exports) {
                if (!throughFiles || given.contains(export.path().toAbsolutePath().normalize())) {
                    devices.putIfAbsent(export.display(), export);
                }
            }
        }
        return List.copyOf(devices.values());
    }

    /**
     * The tree that symbolic links below a source directory may point into: the project's base
     * directory (the request's working directory) when the source directory is in it, else the source
     * directory itself.
     */
    private static Path withinProject(Path dir, Path base) {
        Path absolute = dir.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base : absolute;
    }

    /** A configuration file or baseline that cannot be used: {@code FILE:LINE: problem}. */
    static CheckException invalid(ConfigException e, DeviceFinder.PathDisplay paths) {
        String where = e.file() == null ? "" : paths.display(e.file()) + (e.line() > 0 ? ":" + e.line() : "") + ": ";
        return new CheckException(where + e.problem(), e);
    }
}
