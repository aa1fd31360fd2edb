package dev.netlint.core.load;

import dev.netlint.core.load.FileContent.DevicePart;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import dev.netlint.core.rule.Related;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    public LoadedDevice load(DeviceInput input) {
        List<FileContent> contents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (Path file : input.files()) {
            String name = display.apply(file);
            files.add(name);
            SourceFile source = readText(file, name, problems);
            if (source != null) {
                sources.put(name, source);
                FileContent content = ConfigReader.read(source, limits);
                problems.addAll(content.problems());
                contents.add(content);
            }
        }
        return new LoadedDevice(merge(input.display(), files, contents, problems), problems, sources);
    }

    /** Reads and decodes a file, or records why it cannot be read. */
    private SourceFile readText(Path file, String name, List<LoadProblem> problems) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name), "file is " + size
                        + " bytes, over the limit of " + limits.maxFileBytes() + " bytes"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            return new SourceFile(name, decode(bytes));
        } catch (MalformedInputException e) {
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name), e.getMessage()));
        } catch (IOException e) {
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name),
                    "cannot read the file: " + ConfigReader.oneLine(String.valueOf(e.getMessage()))));
        }
        return null;
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
        try {
            String text = decoder.decode(buffer).toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw new Malformed("binary content: a NUL character at line " + lineAt(bytes, nul + offset));
            }
            return text;
        } catch (Malformed e) {
            throw e;
        } catch (CharacterCodingException e) {
            int at = buffer.position();
            throw new Malformed("not valid " + charset.name() + ": malformed bytes at offset " + at + " (line "
                    + lineAt(bytes, at) + ")");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
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
                "'" + key + "' is declared again here; it is already declared in " + earlier.file() + " line "
                        + earlier.line() + ", and one device has one '" + key + "'",
                List.of(new Related(earlier, "first '" + key + "'")));
    }
}
