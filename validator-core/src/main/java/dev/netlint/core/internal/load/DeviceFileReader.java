package dev.netlint.core.internal.load;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.schema.DeviceSchema;
import dev.netlint.core.internal.load.schema.ManifestSchema;
import dev.netlint.core.internal.load.schema.Reading;
import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.internal.load.source.EventPipe;
import dev.netlint.core.internal.load.source.JsonCursor;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceComment;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.internal.load.source.SourceReader;
import dev.netlint.core.internal.load.source.YamlCursor;
import dev.netlint.core.model.JsonPointer;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Service;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one device file, JSON or YAML, in one streaming pass from the parser's events straight into the
 * model: JSON with jackson-core's strict parser, YAML with snakeyaml's event parser, both behind one
 * {@link Cursor} so that the model is built by the tables of {@link DeviceSchema} alone. No tag is ever
 * resolved, nothing is constructed from a tag, and every value keeps its line, column and JSON pointer.
 * A syntax error or a passed limit stops the file; the file then declares nothing (a half-read device
 * would make the rules report things that are not there), unless the error comes after its one
 * document was read completely.
 */
public final class DeviceFileReader {

    private final String display;
    private final boolean json;
    private final LoadLimits limits;
    private final List<LoadProblem> problems = new ArrayList<>();
    /** Whether the file parsed and is not a device file: nothing of it is quoted. */
    private boolean notADevice;
    private DeviceSchema.Root root;
    /** The services of the Kubernetes manifests the file holds. */
    private final List<Service> services = new ArrayList<>();
    private List<SourceComment> comments = List.of();

    private DeviceFileReader(String display, LoadLimits limits) {
        this.display = display;
        this.json = display.toLowerCase(Locale.ROOT).endsWith(".json");
        this.limits = limits;
    }

    /** Reads text that is already in memory; never throws for bad content. */
    public static FileContent read(SourceFile source, LoadLimits limits) {
        DeviceFileReader reader = new DeviceFileReader(source.path(), limits);
        String content = source.inMemoryText();
        SourceReader text = SourceReader.of(content, reader.json ? 0 : limits.maxTokenChars());
        reader.parse(text, false);
        return reader.content(source);
    }

    /**
     * Reads a file from disk, streaming; a file over the size limit is refused unread. I/O failures are
     * thrown; bad content never is.
     */
    public static FileContent read(Path file, String display, LoadLimits limits) throws IOException {
        return read(file, display, limits, sizeOrZero(file) >= PIPED_FROM_BYTES);
    }

    /**
     * The size from which a YAML file is parsed on a thread of its own while the model is built from
     * its events ({@link EventPipe}): the huge benchmark device (12.9 MB) loads in about three quarters
     * of the time (2.27 s against 3.07 s in a fresh JVM); below a megabyte a thread costs more than it
     * saves, and the devices of a tree already share the cores.
     */
    public static final long PIPED_FROM_BYTES = 1 << 20;

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** As {@link #read(Path, String, LoadLimits)}, with the YAML parser on a thread of its own or not. */
    public static FileContent read(Path file, String display, LoadLimits limits, boolean piped) throws IOException {
        DeviceFileReader reader = new DeviceFileReader(display, limits);
        try (InputStream in = new Bounded(Files.newInputStream(file), limits.maxFileBytes())) {
            SourceReader text;
            try {
                text = SourceReader.of(in, reader.json ? 0 : limits.maxTokenChars());
            } catch (SourceReader.Refused e) {
                reader.problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(display), e.getMessage()));
                return reader.content(new SourceFile(display, ""));
            }
            reader.parse(text, piped && !reader.json);
            return reader.content(SourceFile.onDisk(display, file,
                    text.charset() == null ? StandardCharsets.UTF_8 : text.charset(), text.lines()));
        }
    }

    private FileContent content(SourceFile read) {
        SourceFile source = notADevice ? read.notQuoted() : root == null ? read.ownLinesOnly() : read;
        Kubernetes contribution = services.isEmpty() ? null
                : new Kubernetes(null, null, null, List.of(), List.copyOf(services), List.of());
        if (root == null) {
            return new FileContent(source, null, null, null, null, List.copyOf(problems), comments, contribution, List.of());
        }
        return new FileContent(source, root.deviceKey(), root.device(), root.kubernetesKey(), root.kubernetes(),
                List.copyOf(problems), comments, contribution, List.of());
    }

    private void parse(SourceReader text, boolean piped) {
        boolean rootRead = false;
        YamlCursor yaml = null;
        Cursor.Stop stop = null;
        try {
            Cursor cursor;
            boolean empty;
            if (json) {
                JsonCursor c = new JsonCursor(text, limits);
                cursor = c;
                empty = c.empty();
            } else {
                YamlCursor c = new YamlCursor(text, limits, piped);
                yaml = c;
                cursor = c;
                empty = c.empty();
                comments = c.comments();
            }
            Reading reading = new Reading(display, cursor);
            int index = 0;
            // a stream of manifests may start with empty documents (helm template writes them)
            boolean nothing = empty;
            while (!nothing && !json && cursor.isNull()) {
                cursor.advance();
                if (nextDocument(cursor)) {
                    index++;
                } else {
                    nothing = true;
                }
            }
            JsonPointer document = JsonPointer.document();
            if (nothing || cursor.isNull()) {
                skipped("the file is empty");
            } else if (cursor.kind() != Cursor.Kind.MAPPING) {
                String found = cursor.kind() == Cursor.Kind.SEQUENCE ? "a list" : "a value";
                cursor.skipNode();
                skipped("the file holds " + found + ", not a mapping");
            } else {
                root = DeviceSchema.ROOT.read(reading, document);
                if (root != null && root.manifest() != null) {
                    document.indexDocument(index);
                    ManifestSchema.services(root.manifest(), reading, services);
                } else if (root != null && root.deviceKey() == null && root.kubernetesKey() == null
                        && reading.structuralErrors() == 0) {
                    problems.add(new LoadProblem(LoadProblem.UNKNOWN_KEY, Severity.INFO, Location.ofFile(display),
                            "not a device file: its root mapping has neither a 'device' nor a 'kubernetes' key (nor"
                                    + " apiVersion and kind), and it is skipped", List.of()));
                }
            }
            rootRead = true;
            boolean manifests = root != null && root.manifest() != null;
            while (nextDocument(cursor)) {
                index++;
                if (!manifests || json) {
                    secondDocument(cursor);
                    break;
                }
                if (!manifestDocument(cursor, reading, index)) {
                    break;
                }
            }
            if (!notADevice) {
                problems.addAll(reading.problems());
            }
        } catch (Cursor.Stop e) {
            stop = e;
        } finally {
            // a YAML parser's own thread is stopped before the text is read on this one
            if (yaml != null) {
                yaml.close();
            }
        }
        drain(text);
        if (stop != null) {
            int[] at = text.lines().clamp(stop.line(), stop.column());
            fail(rootRead, new Location(display, at[0], at[1], ""), stop.getMessage());
        }
        if (comments == null) {
            comments = List.of();
        }
    }

    private boolean nextDocument(Cursor cursor) {
        return json ? ((JsonCursor) cursor).nextDocument() : ((YamlCursor) cursor).nextDocument();
    }

    /** A device file holds one document: a second one is an error, and it is not read. */
    private void secondDocument(Cursor cursor) {
        int[] at = json ? new int[] {cursor.line(), cursor.column()} : ((YamlCursor) cursor).documentStart();
        problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, new Location(display, at[0], at[1], ""), json
                ? "a second JSON value starts here; a device file holds exactly one, and the rest of the file is"
                        + " not read"
                : "a second YAML document starts here; a config file holds exactly one document, and the rest of"
                        + " the file is not read"));
    }

    /**
     * The next document of a manifest file: read when it is a manifest, passed over when empty or not a
     * mapping; false (after reporting) when it is a device document, which a manifest file cannot hold.
     */
    private boolean manifestDocument(Cursor cursor, Reading reading, int index) {
        if (cursor.isNull() || cursor.kind() != Cursor.Kind.MAPPING) {
            cursor.skipNode();
            return true;
        }
        JsonPointer document = JsonPointer.document();
        document.indexDocument(index);
        DeviceSchema.Root next = DeviceSchema.ROOT.read(reading, document);
        if (next != null && next.manifest() != null) {
            ManifestSchema.services(next.manifest(), reading, services);
            return true;
        }
        if (next != null && (next.deviceKey() != null || next.kubernetesKey() != null)) {
            Location at = next.deviceKey() != null ? next.deviceKey() : next.kubernetesKey();
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, at, "a device document in a file of Kubernetes"
                    + " manifests; keep the device in a file of its own, and the rest of this file is not read"));
            return false;
        }
        return true;
    }

    /** Reads the rest of the text, so that its lines are all measured; a further error is not reported. */
    private static void drain(SourceReader text) {
        char[] buffer = new char[8192];
        try {
            while (text.read(buffer, 0, buffer.length) >= 0) {
                // only the measuring matters
            }
        } catch (IOException e) {
            // the first error was reported; what follows it is not read
        }
    }

    /** Records a parse error; before the document was read completely, the file declares nothing. */
    private void fail(boolean rootRead, Location at, String message) {
        if (!rootRead) {
            // what was read before the syntax error is an artefact of it; the error alone is the finding
            problems.clear();
            root = null;
            services.clear();
        }
        problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, at, message));
    }

    /**
     * A file that parsed and is not a device file: one finding that says so, and nothing of its content
     * (it may be any file that was named like a device file), in the message or quoted by a report.
     */
    private void skipped(String why) {
        notADevice = true;
        problems.add(new LoadProblem(LoadProblem.UNKNOWN_KEY, Severity.INFO, Location.ofFile(display),
                "not a device file: " + why + "; it has neither a 'device' nor a 'kubernetes' root key and is"
                        + " skipped", List.of()));
    }

    /** The file is over the size limit: thrown by {@link Bounded} as soon as one byte too many is read. */
    static final class TooLarge extends SourceReader.Refused {

        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the file is over the size limit of " + limit + " bytes and is not read", 1, 1);
        }
    }

    /** A stream that refuses to deliver more than {@code limit} bytes: the size on disk may lie. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > limit) {
                throw new TooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new TooLarge(limit);
                }
            }
            return n;
        }
    }
}
