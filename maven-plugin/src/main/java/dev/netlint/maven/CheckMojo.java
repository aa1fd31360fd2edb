package dev.netlint.maven;

import dev.netlint.core.config.Baseline;
import dev.netlint.core.config.ConfigException;
import dev.netlint.core.config.ConfigResolver;
import dev.netlint.core.config.FailOn;
import dev.netlint.core.config.Overrides;
import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.RuleLevel;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.io.AtomicFile;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.load.FileSelector;
import dev.netlint.core.load.LoadLimits;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.report.Text;
import dev.netlint.core.report.TextReporter;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the network configurations of the devices below the source directories, logs every finding
 * with its file, line and column, writes the reports and fails the build when findings reach
 * {@code failOn}. Each folder that holds config files ({@code *.json}, {@code *.yaml},
 * {@code *.yml}) is one device; devices are checked in parallel.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * The folders holding the device folders to check (a device file may be given too). A folder
     * that does not exist is logged and skipped. Hidden folders and {@code target} folders are never
     * entered.
     */
    @Parameter(defaultValue = "${project.basedir}/src/main/network")
    private List<File> sourceDirectories;

    /**
     * Ant-style patterns, relative to each source directory, of the files to check. Only
     * {@code .json}, {@code .yaml} and {@code .yml} files can be device files; includes narrow them.
     */
    @Parameter(defaultValue = "**/*.json,**/*.yaml,**/*.yml")
    private List<String> includes;

    /**
     * Ant-style patterns, relative to each source directory, of the files and folders to leave out,
     * for example <code>pom.xml</code> or <code>archive/**</code>. Default: none.
     */
    @Parameter
    private List<String> excludes;

    /**
     * A {@code .netlint.yaml} to use for every device instead of the one discovered by walking up from
     * each device folder.
     */
    @Parameter(property = "netlint.config")
    private File configFile;

    /**
     * The device profile: {@code ase-pro-gpu}, {@code ase-pro-2} or {@code generic}. Default: the
     * config file's profile, else {@code ase-pro-gpu}.
     */
    @Parameter(property = "netlint.profile")
    private String profile;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or
     * {@code never} (findings are then reported only). Default: the config file's {@code failOn},
     * else {@code error}.
     */
    @Parameter(property = "netlint.failOn")
    private String failOn;

    /**
     * Levels of rules by id, over those of the config file: {@code off}, {@code info},
     * {@code warning} or {@code error}, for example
     * {@code <rules><route-redundant>off</route-redundant></rules>}. An unknown rule id breaks the
     * build configuration.
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * The report formats written under {@code outputDirectory}, each as {@code netlint.<extension>}:
     * {@code json} ({@code netlint.json}), {@code sarif} ({@code netlint.sarif}), {@code junit}
     * ({@code netlint.junit.xml}), {@code text} ({@code netlint.txt}). Comma-separated in the user
     * property.
     */
    @Parameter(property = "netlint.formats", defaultValue = "json,sarif")
    private List<String> formats;

    /** The folder the reports are written to; each report is written whole or not at all. */
    @Parameter(defaultValue = "${project.build.directory}/netlint")
    private File outputDirectory;

    /**
     * A baseline written by {@code netlint check --write-baseline FILE}: findings it records (matched by
     * rule, file and JSON pointer, so edits elsewhere in a file do not break it) count as suppressed,
     * so only new findings fail the build. A baseline that does not exist is a configuration error.
     */
    @Parameter(property = "netlint.baseline")
    private File baseline;

    /**
     * The size over which a device file is not read (a {@code parse-error} says so): a number of bytes,
     * or a number followed by {@code KiB}, {@code MiB} or {@code GiB}, up to {@code 1GiB}. Default: the
     * config file's {@code maxFileSize}, else {@code 64MiB}.
     */
    @Parameter(property = "netlint.maxFileSize")
    private String maxFileSize;

    /** Skips the check: no device is read and no report is written. */
    @Parameter(property = "netlint.skip", defaultValue = "false")
    private boolean skip;

    /** Paths in the log and the reports are shown relative to the folder the build was started in. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRootDirectory;

    /** The fallback for {@link #executionRootDirectory} where an embedding Maven does not set it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("netlint: skipped");
            return;
        }
        RuleRegistry registry = RuleRegistry.load(CheckMojo.class.getClassLoader());
        Overrides overrides = overrides(registry);
        Map<String, Reporter> reporters = reporters();
        File root = executionRootDirectory != null ? executionRootDirectory : basedir;
        DeviceFinder.Paths paths = new DeviceFinder.Paths(root.toPath().toAbsolutePath().normalize());
        ConfigResolver configs = configs(registry, overrides, paths);

        List<DeviceInput> inputs = findDevices(paths, configs);
        for (String line : configs.describe(inputs, paths)) {
            log.info(safe("netlint: " + line));
        }
        Report report = new Engine(registry, paths).check(inputs, configs::settings);
        if (baseline != null) {
            report = applyBaseline(report, paths);
        }

        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    logFinding(finding);
                }
            }
        }
        writeReports(report, reporters, paths);
        String summary = "netlint: " + TextReporter.summary(report.summary());
        int unreadable = configs.suppressedParseErrors(report);
        if (unreadable > 0) {
            log.error("netlint: " + unreadable + " suppressed parse-error finding" + (unreadable == 1 ? "" : "s")
                    + " still fail" + (unreadable == 1 ? "s" : "") + " the build: a device whose file cannot be read"
                    + " cannot pass");
        }
        if (configs.fails(report)) {
            log.error(summary);
            throw new MojoFailureException(summary + " (" + failOnOf(report, configs) + ")");
        }
        log.info(summary);
    }

    private Report applyBaseline(Report report, DeviceFinder.Paths paths) throws MojoExecutionException {
        try {
            Baseline.Applied applied = Baseline.read(baseline.toPath()).apply(report);
            if (applied.stale() > 0) {
                getLog().info(safe("netlint: " + applied.stale() + " entr" + (applied.stale() == 1 ? "y" : "ies")
                        + " of the baseline " + paths.display(baseline.toPath()) + " no longer match a finding"));
            }
            return applied.report();
        } catch (ConfigException e) {
            throw invalid(e, paths);
        }
    }

    /** The parameters that win over the config file. */
    private Overrides overrides(RuleRegistry registry) throws MojoExecutionException {
        Profile chosenProfile = null;
        if (profile != null && !profile.isBlank()) {
            chosenProfile = Profile.named(profile).orElseThrow(() -> new MojoExecutionException(
                    safe("netlint: unknown profile '" + profile + "' (" + Profile.names() + ")")));
        }
        FailOn chosenFailOn = null;
        if (failOn != null && !failOn.isBlank()) {
            try {
                chosenFailOn = FailOn.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(safe("netlint: failOn: " + e.getMessage()), e);
            }
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        if (rules != null) {
            for (Map.Entry<String, String> entry : rules.entrySet()) {
                String id = entry.getKey();
                if (!registry.contains(id)) {
                    throw new MojoExecutionException(safe("netlint: unknown rule '" + id
                            + "' in <rules>; 'netlint rules' lists them"));
                }
                String level = entry.getValue() == null ? "" : entry.getValue();
                try {
                    levels.put(id, RuleLevel.forRule(id, level));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException(safe("netlint: <rules><" + id + ">: " + e.getMessage()), e);
                }
            }
        }
        Long maxFileBytes = null;
        if (maxFileSize != null && !maxFileSize.isBlank()) {
            try {
                maxFileBytes = LoadLimits.parseSize(maxFileSize);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(safe("netlint: maxFileSize: " + e.getMessage()), e);
            }
        }
        return new Overrides(chosenProfile, chosenFailOn, levels, maxFileBytes);
    }

    private ConfigResolver configs(RuleRegistry registry, Overrides overrides, DeviceFinder.Paths paths)
            throws MojoExecutionException {
        if (configFile == null) {
            return ConfigResolver.discovering(registry, overrides);
        }
        try {
            return ConfigResolver.explicit(configFile.toPath(), registry, overrides);
        } catch (ConfigException e) {
            throw invalid(e, paths);
        }
    }

    private static MojoExecutionException invalid(ConfigException e, DeviceFinder.Paths paths) {
        String where = e.file() == null ? ""
                : paths.display(e.file()) + (e.line() > 0 ? ":" + e.line() : "") + ": ";
        return new MojoExecutionException(safe("netlint: invalid configuration " + where + e.problem()), e);
    }

    /** How the failure names its threshold: the level all devices share, else the configs' own. */
    private static String failOnOf(Report report, ConfigResolver configs) {
        Set<String> levels = new TreeSet<>();
        for (DeviceResult device : report.devices()) {
            levels.add(configs.failOn(device.path()).label());
        }
        return levels.size() == 1 ? "failOn: " + levels.iterator().next() : "failOn of each device's config";
    }

    /** The reporters by file name, in the order given; a format named twice is written once. */
    private Map<String, Reporter> reporters() throws MojoExecutionException {
        Map<String, Reporter> byFile = new LinkedHashMap<>();
        for (String format : formatNames()) {
            Reporter reporter = Reporters.named(format, false).orElseThrow(() -> new MojoExecutionException(
                    safe("netlint: unknown format '" + format + "' in formats (" + Reporters.names() + ")")));
            byFile.put("netlint." + extension(format), reporter);
        }
        return byFile;
    }

    private List<String> formatNames() {
        return list(formats).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    private static String extension(String format) {
        return switch (format) {
            case "text" -> "txt";
            case "junit" -> "junit.xml";
            default -> format;
        };
    }

    /**
     * The devices below the source directories, sorted by path, each once, with the {@code ignore}
     * globs of their config files and the includes and excludes applied, never the reports of an
     * earlier run; their configs are resolved by {@link ConfigResolver#find}.
     */
    private List<DeviceInput> findDevices(DeviceFinder.Paths paths, ConfigResolver configs)
            throws MojoExecutionException {
        Map<String, DeviceInput> devices = new TreeMap<>();
        List<File> roots = sourceDirectories == null ? List.of() : sourceDirectories;
        for (File root : roots) {
            Path dir = root.toPath();
            if (!Files.exists(dir)) {
                getLog().info(safe("netlint: no source directory " + paths.display(dir) + ", skipped"));
                continue;
            }
            FileSelector selector = FileSelector.of(dir, list(includes), list(excludes))
                    .excludingFolder(outputDirectory.toPath());
            try {
                for (DeviceInput found : configs.find(paths, List.of(dir))) {
                    selector.select(found).ifPresent(input -> devices.putIfAbsent(input.display(), input));
                }
            } catch (ConfigException e) {
                throw invalid(e, paths);
            } catch (DeviceFinder.NotADevice e) {
                if (!Files.isDirectory(dir)) {
                    throw new MojoExecutionException(safe("netlint: source directory " + paths.display(dir) + ": "
                            + e.problem()), e);
                }
                getLog().info(safe("netlint: " + paths.display(dir) + ": " + e.problem()));
            } catch (IOException e) {
                throw new MojoExecutionException(safe("netlint: cannot read " + paths.display(dir) + ": " + e), e);
            }
        }
        return List.copyOf(devices.values());
    }

    /** The patterns of a list parameter, whose entries may each hold several separated by commas. */
    private static List<String> list(List<String> value) {
        List<String> patterns = new ArrayList<>();
        if (value != null) {
            for (String entry : value) {
                for (String pattern : entry.split(",")) {
                    if (!pattern.isBlank()) {
                        patterns.add(pattern.trim());
                    }
                }
            }
        }
        return patterns;
    }

    /**
     * A log line or exception message with the control characters of file names and values made
     * visible: a folder named with a line break and {@code [ERROR] ...} must not forge a line of the
     * build log, nor an escape sequence repaint the terminal.
     */
    private static String safe(String text) {
        return Text.printable(text);
    }

    private void logFinding(Finding finding) {
        StringBuilder text = new StringBuilder()
                .append(safe(finding.location().toString())).append(' ')
                .append(safe(finding.message()))
                .append(" [").append(finding.rule()).append(']');
        for (Related related : finding.related()) {
            text.append(System.lineSeparator()).append("    ").append(safe(related.location().toString()))
                    .append(": note: ").append(safe(related.message()));
        }
        switch (finding.severity()) {
            case ERROR -> getLog().error(text);
            case WARNING -> getLog().warn(text);
            case INFO -> getLog().info(text);
        }
    }

    private void writeReports(Report report, Map<String, Reporter> reporters, DeviceFinder.Paths paths)
            throws MojoExecutionException {
        for (Map.Entry<String, Reporter> entry : reporters.entrySet()) {
            Path target = outputDirectory.toPath().resolve(entry.getKey());
            try {
                AtomicFile.write(target, out -> entry.getValue().write(report, out));
            } catch (IOException e) {
                throw new MojoExecutionException(safe("netlint: cannot write " + paths.display(target) + ": "
                        + (e instanceof AtomicFile.CannotWrite cannot ? cannot.reason() : e.toString())), e);
            }
        }
        if (!reporters.isEmpty()) {
            getLog().info(safe("netlint: " + String.join(", ", reporters.keySet()) + " written to "
                    + paths.display(outputDirectory.toPath())));
        }
    }
}
