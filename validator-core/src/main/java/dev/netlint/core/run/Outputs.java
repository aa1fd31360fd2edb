package dev.netlint.core.run;

import dev.netlint.core.finding.Spelling;
import dev.netlint.core.internal.config.ConfigResolver;
import dev.netlint.core.internal.io.AtomicFile;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.result.Report;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reports a request asks for, judged before any device is read: a known format for each, at most
 * one on standard output, no folder, no file named twice; and written once the report is made, each
 * file whole or not at all.
 */
final class Outputs {

    /** Where one report goes: a file, or standard output when {@code file} is {@code null}. */
    record Target(String format, Path file) {
    }

    private final CheckRequest request;
    private final List<Target> targets;

    private Outputs(CheckRequest request, List<Target> targets) {
        this.request = request;
        this.targets = List.copyOf(targets);
    }

    static Outputs of(CheckRequest request) throws CheckException {
        Vocabulary words = request.vocabulary();
        List<Target> targets = new ArrayList<>();
        Map<Path, String> named = new HashMap<>();
        if (request.noReports()) {
            targets.clear();
        } else if (request.reportDirectory() != null) {
            Map<String, String> byFile = new LinkedHashMap<>();
            for (String format : request.formats()) {
                String name = canonical(format, words);
                byFile.putIfAbsent(Reporters.fileName(name), name);
            }
            byFile.forEach((file, format) -> targets.add(new Target(format, request.reportDirectory().resolve(file))));
        } else {
            // --output FORMAT:FILE names its format itself; the other outputs pair with --format in order
            List<String> plainOutputs = new ArrayList<>();
            List<Target> paired = new ArrayList<>();
            for (String output : request.outputs()) {
                Optional<String> format = prefixFormat(output);
                if (format.isPresent()) {
                    String file = output.substring(output.indexOf(':') + 1);
                    if (file.equals("-")) {
                        paired.add(new Target(format.get(), null));
                    } else {
                        Path path = outputFile(file, words.name(RequestOption.OUTPUTS));
                        claim(named, path, words.name(RequestOption.OUTPUTS) + " " + output);
                        refuseOtherExtension(format.get(), file, words);
                        paired.add(new Target(format.get(), path));
                    }
                } else {
                    plainOutputs.add(output);
                }
            }
            List<String> wanted = request.formats().isEmpty() && paired.stream().noneMatch(t -> t.file() == null)
                    ? List.of("text") : request.formats();
            if (plainOutputs.size() > wanted.size()) {
                throw new CheckException("each " + words.name(RequestOption.OUTPUTS) + " needs a "
                        + words.name(RequestOption.FORMATS) + " before it");
            }
            int toStandardOutput = 0;
            for (int i = 0; i < wanted.size(); i++) {
                String format = canonical(wanted.get(i), words);
                String output = i < plainOutputs.size() ? plainOutputs.get(i) : "-";
                if (output.equals("-")) {
                    toStandardOutput++;
                    targets.add(new Target(format, null));
                } else {
                    Path file = outputFile(output, words.name(RequestOption.OUTPUTS));
                    claim(named, file, words.name(RequestOption.OUTPUTS) + " " + output);
                    refuseOtherExtension(format, output, words);
                    targets.add(new Target(format, file));
                }
            }
            for (Target target : paired) {
                toStandardOutput += target.file() == null ? 1 : 0;
                targets.add(target);
            }
            if (toStandardOutput > 1) {
                throw new CheckException("only one report can go to standard output; give an "
                        + words.name(RequestOption.OUTPUTS) + " for each other " + words.name(RequestOption.FORMATS));
            }
        }
        Path writeBaseline = request.writeBaseline();
        if (writeBaseline != null) {
            String option = words.name(RequestOption.WRITE_BASELINE);
            if (writeBaseline.toString().equals("-")) {
                throw new CheckException(option + " needs a file, not standard output");
            }
            Path file = outputFile(writeBaseline.toString(), option);
            claim(named, file, option + " " + writeBaseline);
            refuseSettings(request, file, option + " " + writeBaseline, false);
        }
        for (Target target : targets) {
            if (target.file() != null) {
                refuseSettings(request, target.file(), named.getOrDefault(identity(target.file()),
                        words.name(RequestOption.OUTPUTS) + " " + target.file()), true);
            }
        }
        return new Outputs(request, targets);
    }

    /** Whether a report asked for draws the devices, so that the engine must keep their models. */
    boolean needModels() {
        return targets.stream().anyMatch(target -> Reporters.named(target.format()).orElseThrow().needsModels());
    }

    /**
     * The format an output names before a colon ({@code sarif:netlint.sarif}, as golangci-lint pairs them),
     * if the text before the first colon is a format's name; else the output is a plain file name.
     */
    static Optional<String> prefixFormat(String output) {
        int colon = output.indexOf(':');
        return colon > 0 ? Reporters.canonicalName(output.substring(0, colon)) : Optional.empty();
    }

    /** The formats a file extension names; a file with one of these extensions must hold one of them. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "sarif", List.of("sarif"),
            "json", List.of("json", "gitlab"),
            "xml", List.of("junit", "checkstyle"),
            "html", List.of("html"),
            "htm", List.of("html"),
            "md", List.of("markdown"),
            "txt", List.of("text", "github"));

    /**
     * A report written to a file whose extension names other formats is a usage error: {@code --format github
     * --format sarif --output x.sarif} pairs the github lines with x.sarif, which a SARIF reader then rejects.
     */
    private static void refuseOtherExtension(String format, String file, Vocabulary words) throws CheckException {
        String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<String> formats = dot < 0 ? null : EXTENSIONS.get(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
        if (formats != null && !formats.contains(format)) {
            throw new CheckException(words.name(RequestOption.OUTPUTS) + " " + file + ": the extension names "
                    + String.join(" or ", formats) + ", but this report is " + format + "; give "
                    + words.name(RequestOption.OUTPUTS) + " " + format + ":FILE with a fitting name, or put the "
                    + words.name(RequestOption.FORMATS) + " options in the order of the files");
        }
    }

    /** The format's canonical name, whatever its case; an unknown format is a usage error. */
    private static String canonical(String format, Vocabulary words) throws CheckException {
        return Reporters.canonicalName(format).orElseThrow(() -> new CheckException("unknown format '" + format
                + "' in " + words.name(RequestOption.FORMATS) + " (" + Reporters.names() + ")"
                + Spelling.suggestion(format, List.of(Reporters.names().split(", ")))));
    }

    /** The file an output option names; a folder (or a name ending with /) is a usage error. */
    private static Path outputFile(String text, String option) throws CheckException {
        Path file = Path.of(text);
        if (Files.isDirectory(file)) {
            throw new CheckException(option + " " + text + ": is a folder; give a file name");
        }
        if (text.endsWith("/") || text.endsWith(File.separator)) {
            throw new CheckException(option + " " + text + ": names a folder (it ends with /); give a file name");
        }
        return file;
    }

    /** Records that an option writes {@code file}; two options writing one file is a usage error. */
    private static void claim(Map<Path, String> named, Path file, String option) throws CheckException {
        String earlier = named.putIfAbsent(identity(file), option);
        if (earlier != null) {
            throw new CheckException(option + " and " + earlier + " name one file; each report needs a file of its own");
        }
    }

    /**
     * A report (or, when {@code report} is false, a baseline written) that would replace a file the run
     * reads for its settings is a usage error: the configuration file given, any {@code .netlint.yaml},
     * and for a report the baseline read (a baseline written over the one read is a refresh).
     */
    private static void refuseSettings(CheckRequest request, Path file, String option, boolean report)
            throws CheckException {
        Vocabulary words = request.vocabulary();
        Path target = identity(file);
        String what = null;
        if (request.configFile() != null && target.equals(identity(request.configFile()))) {
            what = "the configuration file of " + words.name(RequestOption.CONFIG_FILE);
        } else if (ConfigResolver.isConfigFileName(target) || ConfigResolver.isConfigFileName(file)) {
            what = "a configuration file";
        } else if (report && request.baseline() != null && target.equals(identity(request.baseline()))) {
            what = "the baseline of " + words.name(RequestOption.BASELINE);
        }
        if (what != null) {
            throw new CheckException(option + ": is " + what + " this run reads; a report must not replace it");
        }
    }

    /** A file's identity: its real path when it exists (links resolved), else its absolute path. */
    static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** The files this run writes: its reports and the baseline it records. */
    private List<Path> written() {
        List<Path> written = new ArrayList<>();
        for (Target target : targets) {
            if (target.file() != null) {
                written.add(target.file());
            }
        }
        if (request.writeBaseline() != null) {
            written.add(request.writeBaseline());
        }
        return written;
    }

    /**
     * The files this run writes or reads besides devices, never checked as devices themselves: the
     * baseline read, and each report or baseline written that does not exist yet or that netlint wrote
     * (any other file there is a device file, which {@link #refuseReplacing} protects).
     */
    Predicate<Path> ownFiles() {
        Set<Path> own = new HashSet<>();
        for (Path file : written()) {
            if (!Files.exists(file) || Reporters.isOwnOutput(file)) {
                own.add(file.toAbsolutePath().normalize());
            }
        }
        if (request.baseline() != null) {
            own.add(request.baseline().toAbsolutePath().normalize());
        }
        return path -> own.contains(path.toAbsolutePath().normalize());
    }

    /**
     * A report or baseline that would replace a device file this run checks is a usage error, and so is
     * a report written to a report folder over a device-named file that netlint did not write.
     */
    void refuseReplacing(List<DeviceInput> inputs) throws CheckException {
        Set<Path> checked = new HashSet<>();
        for (DeviceInput input : inputs) {
            for (Path file : input.files()) {
                checked.add(identity(file));
            }
        }
        for (Path file : written()) {
            if (Files.exists(file) && checked.contains(identity(file))) {
                throw new CheckException(file + ": is a device file this run checks; a report must not replace it");
            }
            if (request.reportDirectory() != null && !file.equals(request.writeBaseline()) && Files.isRegularFile(file)
                    && DeviceFinder.isDeviceFile(file) && !Reporters.isOwnOutput(file) && !isEmptyList(file)) {
                // A report folder's file names are netlint's, not the user's: a device file of that name
                // there is a device even when this run does not check it (left out by the excludes).
                throw new CheckException(file + ": is a device file, not a report or baseline netlint wrote;"
                        + " a report must not replace it");
            }
        }
    }

    /**
     * Whether a file holds an empty JSON list and nothing else: what the gitlab report of a run without
     * findings is, and no device (a device file is a mapping), so nothing is lost by replacing it.
     */
    private static boolean isEmptyList(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            return in.read() < 0 && new String(head, java.nio.charset.StandardCharsets.UTF_8).strip().equals("[]");
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes every report; the file names written, for a note, when the reports go to one folder. */
    List<String> write(Report report, DeviceFinder.PathDisplay paths) throws CheckException {
        List<String> names = new ArrayList<>();
        for (Target target : targets) {
            if (target.file() != null) {
                write(target.file(), Reporters.named(target.format(), false, false).orElseThrow(), report, paths);
                names.add(target.file().getFileName().toString());
            } else {
                Reporter reporter = Reporters.named(target.format(), request.colour(), request.quiet()).orElseThrow();
                Writer out = request.standardOutput();
                if (out == null) {
                    throw new IllegalStateException("a report goes to standard output, but the request gives none");
                }
                try {
                    reporter.write(report, out);
                    out.flush();
                } catch (IOException e) {
                    throw new CheckException("cannot write the report: " + e.getMessage(), e);
                }
            }
        }
        return names;
    }

    /** Writes one report to a file, whole or not at all. */
    static void write(Path file, Reporter reporter, Report report, DeviceFinder.PathDisplay paths) throws CheckException {
        try {
            AtomicFile.write(file, out -> reporter.write(report, out));
        } catch (AtomicFile.CannotWrite e) {
            throw new CheckException("cannot write " + paths.display(file) + ": " + e.reason(), e);
        } catch (IOException e) {
            throw new CheckException("cannot write " + paths.display(file) + ": " + e, e);
        }
    }
}
