package dev.netlint.core.config;

import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.Summary;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.io.AtomicFile;
import dev.netlint.core.io.JsonWriter;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The findings accepted when netlint was introduced, so that only new ones fail the build. A finding
 * matches an entry by rule, file and JSON pointer, not by line, so edits elsewhere in the file keep
 * it matched. Matched findings stay in the report, suppressed with kind {@code baseline}.
 *
 * <p>Files are recorded relative to the baseline file's folder, so the baseline is valid from any
 * working directory. When several findings share rule, file and pointer, the entries match as a
 * multiset: each entry accepts one finding, those with the same message first.
 */
public final class Baseline {

    /** The format version written in the file, checked on reading. */
    static final int FORMAT = 1;

    /** The largest baseline read: checked before the file is read. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** One accepted finding. */
    public record Entry(String rule, String file, String pointer, String message) {
    }

    private record Key(String rule, String file, String pointer) {
    }

    /** A report with the baseline applied, and how many entries matched nothing (fixed since). */
    public record Applied(Report report, int matched, int stale) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::pointer).thenComparing(Entry::rule).thenComparing(Entry::message);

    private final Path file;
    private final List<Entry> entries;

    private Baseline(Path file, List<Entry> entries) {
        this.file = file;
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The counted (not otherwise suppressed) findings of a report, as a baseline to write at {@code file}. */
    public static Baseline of(Report report, Path file) {
        Path folder = folderOf(file);
        List<Entry> entries = new ArrayList<>();
        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    entries.add(entry(finding, report.root(), folder));
                }
            }
        }
        return new Baseline(file, entries);
    }

    private static Entry entry(Finding finding, Path root, Path folder) {
        Path absolute = root.resolve(finding.location().file()).toAbsolutePath().normalize();
        String relative = folder.relativize(absolute).toString();
        if (File.separatorChar != '/') {
            relative = relative.replace(File.separatorChar, '/');
        }
        return new Entry(finding.rule(), relative, finding.location().pointer(), finding.text());
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** Marks the findings of the report that this baseline accepts as suppressed. */
    public Applied apply(Report report) {
        Path folder = folderOf(file);
        Map<Key, Deque<Entry>> open = new HashMap<>();
        for (Entry entry : entries) {
            open.computeIfAbsent(new Key(entry.rule(), entry.file(), entry.pointer()), k -> new ArrayDeque<>())
                    .add(entry);
        }
        String justification = "accepted in the baseline " + file;
        int matched = 0;
        List<DeviceResult> devices = new ArrayList<>();
        for (DeviceResult device : report.devices()) {
            List<Finding> findings = new ArrayList<>(device.findings());
            boolean[] done = new boolean[findings.size()];
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < findings.size(); i++) {
                    Finding finding = findings.get(i);
                    if (done[i] || finding.suppressed()) {
                        continue;
                    }
                    Entry probe = entry(finding, report.root(), folder);
                    Deque<Entry> candidates = open.get(new Key(probe.rule(), probe.file(), probe.pointer()));
                    if (candidates == null || candidates.isEmpty()) {
                        continue;
                    }
                    boolean hit = pass == 0 ? candidates.removeFirstOccurrence(probe) : candidates.pollFirst() != null;
                    if (hit) {
                        done[i] = true;
                        matched++;
                        findings.set(i, finding.suppressedBy(new Suppression("baseline", justification)));
                    }
                }
            }
            devices.add(device.withFindings(findings));
        }
        int stale = open.values().stream().mapToInt(Deque::size).sum();
        Report applied = new Report(devices, Summary.of(devices), report.rules(), report.timings(), report.root());
        return new Applied(applied, matched, stale);
    }

    /** Writes the baseline, sorted for stable diffs, atomically. */
    public void write() throws IOException {
        AtomicFile.write(file, out -> {
            JsonWriter json = new JsonWriter(out);
            json.beginObject().field("netlintBaseline", FORMAT);
            json.name("findings").beginArray();
            for (Entry entry : entries) {
                json.beginObject()
                        .field("rule", entry.rule())
                        .field("file", entry.file())
                        .field("pointer", entry.pointer())
                        .field("message", entry.message())
                        .endObject();
            }
            json.endArray().endObject();
            out.write('\n');
        });
    }

    /** Reads a baseline written by {@link #write()}; a broken one is a usage error with its line. */
    public static Baseline read(Path file) throws ConfigException {
        String text;
        try {
            byte[] bytes = ConfigParser.readBounded(file, MAX_BYTES, "a baseline");
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, "no such baseline file; write one with --write-baseline");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, "not a valid baseline: not UTF-8");
        } catch (ConfigParser.Refused e) {
            throw new ConfigException(file, 0, e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(file, 0, "cannot read the baseline: " + e.getMessage());
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(file, line, "not a valid baseline: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(file, 1, "not a valid baseline: " + e.getMessage());
        }
        if (!(root instanceof MappingNode top)) {
            throw new ConfigException(file, 1, "not a netlint baseline: expected {\"netlintBaseline\": 1, \"findings\": [...]}");
        }
        Map<String, Node> keys = fields(file, top);
        Node format = keys.get("netlintBaseline");
        if (!(format instanceof ScalarNode s) || !s.getValue().equals(Integer.toString(FORMAT))) {
            throw new ConfigException(file, line(format == null ? top : format),
                    "not a netlint baseline of format " + FORMAT + " (\"netlintBaseline\": " + FORMAT + ")");
        }
        Node findings = keys.get("findings");
        if (!(findings instanceof SequenceNode list)) {
            throw new ConfigException(file, line(findings == null ? top : findings), "\"findings\" must be a list");
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                throw new ConfigException(file, line(item), "each finding must be an object");
            }
            Map<String, Node> values = fields(file, entry);
            entries.add(new Entry(text(file, entry, values, "rule"), text(file, entry, values, "file"),
                    text(file, entry, values, "pointer"), text(file, entry, values, "message")));
        }
        return new Baseline(file, entries);
    }

    private static Map<String, Node> fields(Path file, MappingNode node) throws ConfigException {
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigException(file, line(tuple.getKeyNode()), "keys must be strings");
            }
            fields.put(key.getValue(), tuple.getValueNode());
        }
        return fields;
    }

    private static String text(Path file, Node owner, Map<String, Node> values, String key) throws ConfigException {
        Node value = values.get(key);
        if (!(value instanceof ScalarNode scalar)) {
            throw new ConfigException(file, line(value == null ? owner : value), "each finding needs a \"" + key
                    + "\" string");
        }
        return scalar.getValue();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
