package dev.netlint.core.load;

import dev.netlint.core.load.FileContent.DevicePart;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import dev.netlint.core.rule.Related;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Loads a device: reads each file once, and merges the files of one folder into one model. */
public final class DeviceLoader {

    private final LoadLimits limits;
    private final Function<Path, String> display;

    /**
     * @param display how a file's path is written in findings (relative to the working directory)
     */
    public DeviceLoader(LoadLimits limits, Function<Path, String> display) {
        this.limits = limits;
        this.display = display;
    }

    /**
     * Loads one device. Never throws: every file that cannot be read or parsed becomes a
     * {@code parse-error}, and the other files are still read.
     */
    public LoadedDevice load(DeviceInput input) {
        List<FileContent> contents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        if (input.unreadable() != null) {
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(input.display()),
                    "cannot read the folder: " + ConfigReader.oneLine(input.unreadable())
                            + "; the config files in it and below it are not checked"));
        }
        for (Path file : input.files()) {
            String name = display.apply(file);
            files.add(name);
            try {
                SourceFile source = readText(file, name, problems);
                if (source != null) {
                    sources.put(name, source);
                    FileContent content = ConfigReader.read(source, limits);
                    problems.addAll(content.problems());
                    contents.add(content);
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name), "netlint failed to read"
                        + " this file (" + e.getClass().getSimpleName() + ": " + ConfigReader.abbreviate(
                        String.valueOf(e.getMessage())) + "); this is a defect in netlint, please report it"));
            }
        }
        return new LoadedDevice(merge(input.display(), files, contents, problems), problems, sources);
    }

    /** Reads and decodes a file, or records why it cannot be read. */
    private SourceFile readText(Path file, String name, List<LoadProblem> problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name),
                        "is a folder, not a config file"));
                return null;
            }
            byte[] bytes;
            // Read at most one byte over the limit: the size on disk may lie (a device file, a growing file).
            try (InputStream stream = Files.newInputStream(file)) {
                bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
            }
            if (bytes.length > limits.maxFileBytes()) {
                problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name), "the file is over the"
                        + " size limit of " + limits.maxFileBytes() + " bytes and is not read"));
                return null;
            }
            return new SourceFile(name, decode(bytes));
        } catch (MalformedInputException e) {
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name), e.getMessage()));
        } catch (IOException e) {
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name),
                    "cannot read the file: " + ioReason(e)));
        }
        return null;
    }

    /** An I/O failure in words: the JDK's messages are often just the path. */
    static String ioReason(IOException e) {
        String kind = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such file"
                : e.getClass().getSimpleName();
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? kind : ConfigReader.oneLine(reason);
    }

    /** UTF-8 (with or without BOM), or UTF-16 with a BOM, as Windows PowerShell writes it. */
    static String decode(byte[] bytes) throws MalformedInputException {
        int offset = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int at = buffer.position();
            throw new Malformed("not valid " + charset.name() + " text: malformed bytes at byte offset " + at
                    + " (line " + lineAt(bytes, offset, at, charset) + "); save the file as UTF-8");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            boolean utf16 = charset == StandardCharsets.UTF_8 && bytes.length >= 4 && (bytes[0] == 0 || bytes[1] == 0);
            throw new Malformed(utf16 ? "the file looks like UTF-16 without a byte-order mark; save it as UTF-8"
                    : "binary content: a NUL character at line " + lineOf(text, nul));
        }
        return text;
    }

    /** The 1-based line of the byte at {@code at}, counting line feeds in the file's own encoding. */
    private static int lineAt(byte[] bytes, int from, int at, Charset charset) {
        int line = 1;
        int end = Math.min(at, bytes.length);
        if (charset == StandardCharsets.UTF_8) {
            for (int i = from; i < end; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
        int low = charset == StandardCharsets.UTF_16LE ? 0 : 1;
        for (int i = from; i + 1 < end; i += 2) {
            if (bytes[i + low] == '\n' && bytes[i + 1 - low] == 0) {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A decoding failure with a message fit for a finding. */
    private static final class Malformed extends MalformedInputException {

        private final String message;

        Malformed(String message) {
            super(0);
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    private static Device merge(String path, List<String> files, List<FileContent> contents,
                                List<LoadProblem> problems) {
        FileContent deviceFile = null;
        FileContent kubernetesFile = null;
        for (FileContent content : contents) {
            if (content.deviceKey() != null) {
                if (deviceFile == null) {
                    deviceFile = content;
                } else {
                    problems.add(conflict("device", content.deviceKey(), deviceFile.deviceKey()));
                }
            }
            if (content.kubernetesKey() != null) {
                if (kubernetesFile == null) {
                    kubernetesFile = content;
                } else {
                    problems.add(conflict("kubernetes", content.kubernetesKey(), kubernetesFile.kubernetesKey()));
                }
            }
        }
        DevicePart device = deviceFile == null || deviceFile.device() == null ? DevicePart.empty() : deviceFile.device();
        Kubernetes kubernetes = kubernetesFile == null || kubernetesFile.kubernetes() == null
                ? Kubernetes.absent() : kubernetesFile.kubernetes();
        return new Device(path, files, deviceFile == null ? null : deviceFile.deviceKey(), device.nodes(),
                device.interfaces(), device.vSwitches(), device.virtualNetworks(), device.webProxy(),
                device.dnsDomain(), device.teamDeclarations(), kubernetes);
    }

    private static LoadProblem conflict(String key, Location later, Location earlier) {
        return new LoadProblem(LoadProblem.CONFLICTING_DECLARATION, null, later,
                "'" + key + "' is declared here and in " + earlier.file() + " (line " + earlier.line()
                        + "); a device declares '" + key + "' in one file only, and only the one in "
                        + earlier.file() + " is checked",
                List.of(new Related(earlier, "'" + key + "' first declared here")));
    }
}
