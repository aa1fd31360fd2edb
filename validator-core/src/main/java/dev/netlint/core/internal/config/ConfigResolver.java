package dev.netlint.core.internal.config;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Decides the settings of each device: the {@code .netlint.yaml} nearest to it (found by walking up
 * from the device's folder, never above the repository root, the first folder that holds
 * {@code .git}; the nearest wins whole, configs are not merged) or the one file given explicitly,
 * with the command line's {@link Overrides} on top. The entry point ({@code dev.netlint.core.run})
 * uses it so:
 *
 * <pre>{@code
 * ConfigResolver configs = ConfigResolver.discovering(rules, overrides);   // or explicit(file, ...)
 * List<DeviceInput> inputs = configs.find(paths, roots);                  // applies the ignore globs
 * Report report = new Engine(rules, paths).check(inputs, configs::settings);
 * FailOn level = configs.failOn(input);                                    // each device's own
 * }</pre>
 *
 * A caller that lists its devices itself calls {@link #resolve(List)} before checking them.
 */
public final class ConfigResolver {

    private final RuleRegistry rules;
    private final Overrides overrides;
    private final NetlintConfig explicit;
    private final Map<Path, NetlintConfig> nearest = new ConcurrentHashMap<>();
    private final Map<String, NetlintConfig> byDevice = new ConcurrentHashMap<>();
    /** Whether a file given is its own device (the sides of a transition), not its folder's. */
    private volatile boolean filesAlone;

    private ConfigResolver(RuleRegistry rules, Overrides overrides, NetlintConfig explicit) {
        this.rules = rules;
        this.overrides = overrides;
        this.explicit = explicit;
    }

    /** Whether a file is named as the configuration files that are found by walking up ({@code .netlint.yaml}). */
    public static boolean isConfigFileName(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(NetlintConfig.FILE_NAME);
    }

    /** Each device uses the {@code .netlint.yaml} nearest above it, if any. */
    /** Makes a file given a device of that file alone, not of its folder ({@link DeviceFinder#filesAlone}). */
    public ConfigResolver filesAlone() {
        filesAlone = true;
        return this;
    }

    public static ConfigResolver discovering(RuleRegistry rules, Overrides overrides) {
        return new ConfigResolver(rules, overrides, null);
    }

    /** Every device uses {@code configFile} (as {@code --config} asks); no discovery. */
    public static ConfigResolver explicit(Path configFile, RuleRegistry rules, Overrides overrides)
            throws ConfigException {
        if (!Files.isRegularFile(configFile)) {
            throw new ConfigException(configFile, 0, Files.exists(configFile) ? "not a file" : "no such file");
        }
        return new ConfigResolver(rules, overrides, ConfigParser.parse(configFile, rules));
    }

    /** No config file at all: defaults and overrides only. */
    public static ConfigResolver none(RuleRegistry rules, Overrides overrides) {
        return new ConfigResolver(rules, overrides, NetlintConfig.NONE);
    }

    /** The config that governs a file or folder: the explicit one, or the nearest above it. */
    public NetlintConfig configFor(Path path) throws ConfigException {
        if (explicit != null) {
            return explicit;
        }
        Path absolute = path.toAbsolutePath().normalize();
        return nearest(Files.isDirectory(absolute) ? absolute : absolute.getParent());
    }

    private NetlintConfig nearest(Path folder) throws ConfigException {
        if (folder == null) {
            return NetlintConfig.NONE;
        }
        NetlintConfig known = nearest.get(folder);
        if (known != null) {
            return known;
        }
        Path candidate = folder.resolve(NetlintConfig.FILE_NAME);
        NetlintConfig found;
        if (Files.exists(candidate)) {
            refuseLinkOut(candidate, folder);
            found = ConfigParser.parse(candidate, rules);
        } else if (isRepositoryRoot(folder)) {
            // A config above the repository (a home folder, a CI workspace) must not steer its checks.
            found = NetlintConfig.NONE;
        } else {
            found = nearest(folder.getParent());
        }
        nearest.put(folder, found);
        return found;
    }

    /**
     * A {@code .netlint.yaml} found by discovery that is a symbolic link out of its repository (out of its
     * own folder when there is none) is not read: its errors would quote a file from outside the tree
     * into the build's log.
     */
    private static void refuseLinkOut(Path candidate, Path folder) throws ConfigException {
        if (!Files.isSymbolicLink(candidate)) {
            return;
        }
        try {
            Path tree = folder;
            for (Path up = folder; up != null; up = up.getParent()) {
                if (isRepositoryRoot(up)) {
                    tree = up;
                    break;
                }
            }
            if (candidate.toRealPath().startsWith(tree.toRealPath())) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        throw new ConfigException(candidate, 0, "a symbolic link out of the repository; netlint does not read it");
    }

    /** Whether the folder holds {@code .git} (a folder, or the file of a worktree or submodule). */
    static boolean isRepositoryRoot(Path folder) {
        return Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The devices below the roots, leaving out what an {@code ignore} glob of the governing config
     * matches, with the config of each device resolved.
     */
    public List<DeviceInput> find(DeviceFinder.PathDisplay paths, List<Path> roots) throws IOException, ConfigException {
        return find(paths, roots, path -> false);
    }

    /**
     * As {@link #find(DeviceFinder.PathDisplay, List)}, also leaving out what {@code excluded} matches (the
     * baseline and report files of this run, which would otherwise be read as device files next time).
     */
    public List<DeviceInput> find(DeviceFinder.PathDisplay paths, List<Path> roots, Predicate<Path> excluded)
            throws IOException, ConfigException {
        return find(paths, roots, excluded, null);
    }

    /**
     * As {@link #find(DeviceFinder.PathDisplay, List, Predicate)}, with symbolic links allowed to point
     * anywhere in {@code within} (a Maven project's base directory) rather than only into the roots;
     * {@code null} for the roots.
     */
    public List<DeviceInput> find(DeviceFinder.PathDisplay paths, List<Path> roots, Predicate<Path> excluded,
                                  Path within) throws IOException, ConfigException {
        List<DeviceInput> inputs;
        try {
            DeviceFinder finder = DeviceFinder.of(paths, this::ignored, excluded);
            if (filesAlone) {
                finder = finder.filesAlone();
            }
            inputs = (within == null ? finder : finder.within(within)).find(roots);
        } catch (Unchecked e) {
            throw e.getCause();
        }
        resolve(inputs);
        return inputs;
    }

    private boolean ignored(Path path) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        try {
            NetlintConfig config = explicit != null ? explicit : nearest(parent);
            return config.ignores(path);
        } catch (ConfigException e) {
            throw new Unchecked(e);
        }
    }

    /** Finds and parses the config of each device; {@link #settings} needs this first. */
    public void resolve(List<DeviceInput> inputs) throws ConfigException {
        for (DeviceInput input : inputs) {
            byDevice.put(input.display(), configFor(input.path()));
        }
    }

    /** The config file a device uses, if any. */
    public Optional<Path> configFile(DeviceInput input) {
        return Optional.ofNullable(config(input.display()).file());
    }

    /**
     * Which configuration files the devices use, as lines to show: {@code configuration: PATH} for
     * each file (with how many devices use it when they do not all use one), and
     * {@code no configuration file} for devices that have none. The CLI writes them on standard error,
     * the Maven plugin logs them, so that a configuration found far away never goes unnoticed.
     */
    public List<String> describe(List<DeviceInput> inputs, DeviceFinder.PathDisplay paths) {
        Map<String, Integer> byFile = new TreeMap<>();
        int none = 0;
        for (DeviceInput input : inputs) {
            Path file = config(input.display()).file();
            if (file == null) {
                none++;
            } else {
                byFile.merge(paths.display(file), 1, Integer::sum);
            }
        }
        boolean counted = byFile.size() + (none > 0 ? 1 : 0) > 1;
        List<String> lines = new ArrayList<>();
        byFile.forEach((file, count) -> lines.add("configuration: " + file + (counted ? devices(count) : "")));
        if (none > 0) {
            lines.add("no configuration file" + (counted ? devices(none) : ""));
        }
        return lines;
    }

    private static String devices(int count) {
        return " (" + count + (count == 1 ? " device)" : " devices)");
    }

    /**
     * The settings of a device: its config file's, with the overrides on top; when neither names a
     * profile, the device file's {@code deviceInfo.model} picks it.
     */
    public DeviceSettings settings(DeviceInput input) {
        NetlintConfig config = config(input.display());
        Profile profile = overrides.profile() != null ? overrides.profile() : config.profile();
        Map<String, RuleLevel> levels = new LinkedHashMap<>(config.rules());
        levels.putAll(overrides.rules());
        Long maxFileBytes = overrides.maxFileBytes() != null ? overrides.maxFileBytes() : config.maxFileBytes();
        // Named by nothing, the profile is the device file's model's, else the default.
        DeviceSettings settings = (profile != null ? DeviceSettings.DEFAULT.withProfile(profile)
                : DeviceSettings.DEFAULT.withProfileFromModel(Profile.DEFAULT))
                .withLevels(levels).withSuppressions(config.suppressions());
        return maxFileBytes == null ? settings : settings.withLimits(settings.limits().withMaxFileBytes(maxFileBytes));
    }

    /** The level at which a device's findings fail: the override, the config file's, or {@code error}. */
    public FailOn failOn(DeviceInput input) {
        if (overrides.failOn() != null) {
            return overrides.failOn();
        }
        FailOn configured = config(input.display()).failOn();
        return configured != null ? configured : FailOn.ERROR;
    }

    private NetlintConfig config(String devicePath) {
        if (explicit != null) {
            return explicit;
        }
        NetlintConfig config = byDevice.get(devicePath);
        if (config == null) {
            throw new IllegalStateException("the config of " + devicePath + " was not resolved; call resolve() first");
        }
        return config;
    }

    /** Carries a config error out of the device finder's filter, which cannot throw it. */
    private static final class Unchecked extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unchecked(ConfigException cause) {
            super(cause);
        }

        @Override
        public synchronized ConfigException getCause() {
            return (ConfigException) super.getCause();
        }
    }
}
