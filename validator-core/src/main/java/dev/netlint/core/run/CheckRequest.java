package dev.netlint.core.run;

import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a front end asks of a check, as its user wrote it: settings are text, parsed and judged by
 * {@link Netlint#run}, so that the command line and the Maven plugin accept and refuse the same things
 * in the same words. Built with {@link #builder()}; every setting is optional.
 */
public final class CheckRequest {

    private final Path workingDirectory;
    private final List<Path> paths;
    private final List<Path> sourceDirectories;
    private final boolean fromSourceDirectories;
    private final boolean sourceDirectoriesByDefault;
    private final List<String> includes;
    private final List<String> excludes;
    private final Path configFile;
    private final String profile;
    private final String failOn;
    private final Map<String, String> ruleLevels;
    private final String maxFileSize;
    private final Path baseline;
    private final Path writeBaseline;
    private final List<String> formats;
    private final List<String> outputs;
    private final Path reportDirectory;
    private final Writer standardOutput;
    private final boolean colour;
    private final boolean quiet;
    private final boolean failOnViolation;
    private final int maxAllowedViolations;
    private final boolean timings;
    private final boolean keepModels;
    private final boolean noReports;
    private final boolean filesAlone;
    private final Vocabulary vocabulary;
    private final ClassLoader classLoader;
    private final Consumer<Note> listener;

    private CheckRequest(Builder b) {
        this.workingDirectory = b.workingDirectory.toAbsolutePath().normalize();
        this.paths = List.copyOf(b.paths);
        this.sourceDirectories = List.copyOf(b.sourceDirectories);
        this.fromSourceDirectories = b.fromSourceDirectories;
        this.sourceDirectoriesByDefault = b.sourceDirectoriesByDefault;
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.configFile = b.configFile;
        this.profile = blankToNull(b.profile);
        this.failOn = blankToNull(b.failOn);
        this.ruleLevels = Collections.unmodifiableMap(new LinkedHashMap<>(b.ruleLevels));
        this.maxFileSize = blankToNull(b.maxFileSize);
        this.baseline = b.baseline;
        this.writeBaseline = b.writeBaseline;
        this.formats = List.copyOf(b.formats);
        this.outputs = List.copyOf(b.outputs);
        this.reportDirectory = b.reportDirectory;
        this.standardOutput = b.standardOutput;
        this.colour = b.colour;
        this.quiet = b.quiet;
        this.failOnViolation = b.failOnViolation;
        this.maxAllowedViolations = b.maxAllowedViolations;
        this.timings = b.timings;
        this.keepModels = b.keepModels;
        this.noReports = b.noReports;
        this.filesAlone = b.filesAlone;
        this.vocabulary = Objects.requireNonNull(b.vocabulary, "vocabulary");
        this.classLoader = b.classLoader;
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The folder paths are shown relative to (the working directory, or where the build started). */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Paths given to check: each must be a device file or a folder holding one. */
    public List<Path> paths() {
        return paths;
    }

    /**
     * Folders to check (the Maven plugin's source directories): one without a device file is a note; a
     * missing one is an error when the user named it, a warning when it is the front end's default
     * ({@link #sourceDirectoriesByDefault()}).
     */
    public List<Path> sourceDirectories() {
        return sourceDirectories;
    }

    /** Whether the source directories are the front end's default rather than folders the user named. */
    public boolean sourceDirectoriesByDefault() {
        return sourceDirectoriesByDefault;
    }

    /** Whether the devices are those of {@link #sourceDirectories()} rather than of {@link #paths()}. */
    public boolean fromSourceDirectories() {
        return fromSourceDirectories;
    }

    /** Ant-style patterns, relative to each source directory, of the files to check (empty: every device file). */
    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    public Path configFile() {
        return configFile;
    }

    public String profile() {
        return profile;
    }

    public String failOn() {
        return failOn;
    }

    public Map<String, String> ruleLevels() {
        return ruleLevels;
    }

    public String maxFileSize() {
        return maxFileSize;
    }

    public Path baseline() {
        return baseline;
    }

    public Path writeBaseline() {
        return writeBaseline;
    }

    /** The formats of the reports, in order; with {@link #outputs()} pairwise, or under {@link #reportDirectory()}. */
    public List<String> formats() {
        return formats;
    }

    /** Where each report of {@link #formats()} goes, in the same order; {@code -} (or none) is standard output. */
    public List<String> outputs() {
        return outputs;
    }

    /** A folder every report goes to, each under the file name of its format; {@code null} for {@link #outputs()}. */
    public Path reportDirectory() {
        return reportDirectory;
    }

    public Writer standardOutput() {
        return standardOutput;
    }

    /** Whether a text report on standard output is coloured. */
    public boolean colour() {
        return colour;
    }

    /** Whether a text report lists the findings only, without the summary line. */
    public boolean quiet() {
        return quiet;
    }

    /** {@code false}: findings never fail, whatever the fail-on level (they are reported only). */
    public boolean failOnViolation() {
        return failOnViolation;
    }

    /** How many findings at or above the fail-on level are allowed before the check fails. */
    public int maxAllowedViolations() {
        return maxAllowedViolations;
    }

    /** Whether the time spent in each phase is noted. */
    public boolean timings() {
        return timings;
    }

    /**
     * Whether each device of the report keeps the model the rules saw ({@code DeviceResult.context}),
     * for a front end that draws the devices or writes their plan; a report format that draws them asks
     * for it anyway.
     */
    public boolean keepModels() {
        return keepModels;
    }

    /** Whether no report is written (the front end writes what it needs from the outcome). */
    public boolean noReports() {
        return noReports;
    }

    /** Whether a file given is a device of that file alone, not of its folder. */
    public boolean filesAlone() {
        return filesAlone;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The class loader the rules are found with; {@code null} for the core's. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Receives each note as it arises (also listed in the outcome); {@code null} for none. */
    public Consumer<Note> listener() {
        return listener;
    }

    /** Collects the settings of a request. */
    public static final class Builder {

        private Path workingDirectory = Path.of("");
        private final List<Path> paths = new ArrayList<>();
        private final List<Path> sourceDirectories = new ArrayList<>();
        private boolean fromSourceDirectories;
        private boolean sourceDirectoriesByDefault;
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Path configFile;
        private String profile;
        private String failOn;
        private final Map<String, String> ruleLevels = new LinkedHashMap<>();
        private String maxFileSize;
        private Path baseline;
        private Path writeBaseline;
        private final List<String> formats = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private Path reportDirectory;
        private Writer standardOutput;
        private boolean colour;
        private boolean quiet;
        private boolean failOnViolation = true;
        private int maxAllowedViolations;
        private boolean timings;
        private boolean keepModels;
        private boolean noReports;
        private boolean filesAlone;
        private Vocabulary vocabulary;
        private ClassLoader classLoader;
        private Consumer<Note> listener;

        private Builder() {
        }

        public Builder workingDirectory(Path value) {
            workingDirectory = Objects.requireNonNull(value);
            return this;
        }

        public Builder paths(List<Path> value) {
            paths.addAll(value);
            return this;
        }

        /** Folders the user named: each must exist. */
        public Builder sourceDirectories(List<Path> value) {
            sourceDirectories.addAll(value);
            fromSourceDirectories = true;
            return this;
        }

        /** The front end's default folders, used when the user names none: a missing one is skipped with a warning. */
        public Builder defaultSourceDirectories(List<Path> value) {
            sourceDirectories.addAll(value);
            fromSourceDirectories = true;
            sourceDirectoriesByDefault = true;
            return this;
        }

        public Builder includes(List<String> value) {
            includes.addAll(value);
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes.addAll(value);
            return this;
        }

        public Builder configFile(Path value) {
            configFile = value;
            return this;
        }

        public Builder profile(String value) {
            profile = value;
            return this;
        }

        public Builder failOn(String value) {
            failOn = value;
            return this;
        }

        /** Rule ids to levels ({@code off}, {@code info}, {@code warning}, {@code error}), as written. */
        public Builder ruleLevels(Map<String, String> value) {
            ruleLevels.putAll(value);
            return this;
        }

        public Builder maxFileSize(String value) {
            maxFileSize = value;
            return this;
        }

        public Builder baseline(Path value) {
            baseline = value;
            return this;
        }

        public Builder writeBaseline(Path value) {
            writeBaseline = value;
            return this;
        }

        /** Reports in pairs, as the command line takes them: the i-th format goes to the i-th output. */
        public Builder reports(List<String> formatNames, List<String> outputNames) {
            formats.addAll(formatNames);
            outputs.addAll(outputNames);
            return this;
        }

        /** Reports of these formats, each in {@code folder} under its format's file name. */
        public Builder reportsIn(Path folder, List<String> formatNames) {
            reportDirectory = folder;
            formats.addAll(formatNames);
            return this;
        }

        /** Where a report sent to standard output is written, and whether a text report there is coloured. */
        public Builder standardOutput(Writer out, boolean coloured) {
            standardOutput = out;
            colour = coloured;
            return this;
        }

        public Builder quiet(boolean value) {
            quiet = value;
            return this;
        }

        public Builder failOnViolation(boolean value) {
            failOnViolation = value;
            return this;
        }

        public Builder maxAllowedViolations(int value) {
            maxAllowedViolations = value;
            return this;
        }

        public Builder timings(boolean value) {
            timings = value;
            return this;
        }

        /** Each device of the report keeps its model, as the rules saw it. */
        public Builder keepingModels() {
            keepModels = true;
            return this;
        }

        /** No report at all, not even the text report on standard output that a run without formats writes. */
        public Builder withoutReports() {
            noReports = true;
            return this;
        }

        /** A file given is a device of that file alone, not of its folder (each side of a transition). */
        public Builder filesAlone() {
            filesAlone = true;
            return this;
        }

        public Builder vocabulary(Vocabulary value) {
            vocabulary = value;
            return this;
        }

        public Builder classLoader(ClassLoader value) {
            classLoader = value;
            return this;
        }

        public Builder listener(Consumer<Note> value) {
            listener = value;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(this);
        }
    }
}
