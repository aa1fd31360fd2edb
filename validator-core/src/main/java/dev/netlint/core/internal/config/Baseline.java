package dev.netlint.core.internal.config;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.internal.engine.FindingAcceptance;
import dev.netlint.core.internal.io.AtomicFile;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.internal.load.ElementKeys;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
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
 * matches an entry by rule, file, the element it stands at and the value there, never by line nor by a
 * position in a list: the element is named by what it is ({@link ElementKeys}: a route by its
 * destination, next hop and interface, a pool by its vSwitch and name, a service by its namespace and
 * name), so that edits elsewhere in the file, entries inserted before it or lists reordered keep it
 * matched, and a new element never takes over the entry of a removed one. Matched findings stay in the
 * report, suppressed with kind {@code baseline}.
 *
 * <p>Findings are matched one by one as the rules report them, before a rule's findings on a device
 * are capped ({@link #run}): an entry accepts one finding, not the "and N more" finding that stands for
 * those not listed, which is suppressed only when every finding it stands for is. A baseline records
 * every counted finding the same way, capped or not.
 *
 * <p>Files are recorded relative to the baseline file's folder, so the baseline is valid from any
 * working directory. When several findings share rule, file, element and value, the entries match as
 * a multiset: each entry accepts one finding, one with the same message first.
 */
public final class Baseline {

    /** The format version written in the file, checked on reading. */
    static final int FORMAT = 2;

    /** The largest baseline read: checked before the file is read. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /**
     * One accepted finding.
     *
     * @param element where it stands, as {@link ElementKeys} names it: a JSON pointer whose list positions
     *     are replaced by what the elements are
     * @param value the value it stands at, as written, or {@code null} for a mapping, a list or a file
     */
    public record Entry(String rule, String file, String element, String value, String message) {
    }

    private record Key(String rule, String file, String element, String value) {

        static Key of(Entry entry) {
            return new Key(entry.rule(), entry.file(), entry.element(), entry.value());
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::element).thenComparing(Entry::rule)
            .thenComparing(Entry::value, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Entry::message);

    private final Path file;
    private final List<Entry> entries;

    private Baseline(Path file, List<Entry> entries) {
        this.file = file;
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /**
     * The same baseline with each entry's rule named by its id today: an entry recorded under the former
     * id of a renamed rule keeps accepting that rule's finding.
     */
    public Baseline withRuleIds(java.util.function.UnaryOperator<String> canonical) {
        List<Entry> renamed = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            String rule = canonical.apply(entry.rule());
            renamed.add(rule.equals(entry.rule()) ? entry
                    : new Entry(rule, entry.file(), entry.element(), entry.value(), entry.message()));
        }
        return new Baseline(file, renamed);
    }

    /** A baseline of these entries, to be written at {@code file}. */
    public static Baseline of(Path file, List<Entry> entries) {
        return new Baseline(file, entries);
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        return entries;
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** The absolute file an entry names. */
    private Path fileOf(Entry entry) {
        return folderOf(file).resolve(entry.file()).normalize();
    }

    private static String relative(Path folder, Path absolute) {
        String relative = folder.relativize(absolute).toString();
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }

    /**
     * One check's use of baselines: {@code read} (or {@code null}) accepts the findings it records, and
     * when {@code writeTo} is given every counted finding is recorded there, and accepted. Findings are
     * named relative to {@code root}, the folder the report's paths are relative to.
     */
    public static Run run(Baseline read, Path writeTo, Path root) {
        return new Run(read, writeTo, root.toAbsolutePath().normalize());
    }

    /** A baseline applied and recorded finding by finding, as the engine reports them. */
    public static final class Run implements FindingAcceptance {

        private final Baseline read;
        private final Path writeTo;
        private final Path root;
        private final Map<Key, Deque<Entry>> open = new HashMap<>();
        private final List<Entry> recorded = new ArrayList<>();
        private final String readJustification;
        private final String writeJustification;

        private Run(Baseline read, Path writeTo, Path root) {
            this.read = read;
            this.writeTo = writeTo;
            this.root = root;
            if (read != null) {
                for (Entry entry : read.entries) {
                    open.computeIfAbsent(Key.of(entry), k -> new ArrayDeque<>()).add(entry);
                }
            }
            this.readJustification = read == null ? null : "accepted in the baseline " + read.file;
            this.writeJustification = writeTo == null ? null : "accepted in the baseline " + writeTo;
        }

        @Override
        public UnaryOperator<Finding> forDevice(Map<String, SourceFile> sources, LoadLimits limits) {
            Map<String, ElementKeys> keys = new HashMap<>();
            return finding -> {
                if (finding.suppressed()) {
                    return finding;
                }
                String pointer = finding.location().pointer();
                SourceFile source = sources.get(finding.location().file());
                ElementKeys.Keyed at = new ElementKeys.Keyed(pointer, null);
                if (!pointer.isEmpty() && source != null) {
                    // the file is read again only for a finding inside it, never for one about the whole file
                    synchronized (keys) {
                        at = keys.computeIfAbsent(finding.location().file(), f -> ElementKeys.of(source, limits))
                                .key(pointer);
                    }
                }
                Path absolute = root.resolve(finding.location().file()).normalize();
                Finding result = finding;
                if (read != null && match(entry(finding, folderOf(read.file), absolute, at))) {
                    result = finding.suppressedBy(new Suppression("baseline", readJustification));
                }
                if (writeTo != null) {
                    synchronized (recorded) {
                        recorded.add(entry(finding, folderOf(writeTo), absolute, at));
                    }
                    if (!result.suppressed()) {
                        result = finding.suppressedBy(new Suppression("baseline", writeJustification));
                    }
                }
                return result;
            };
        }

        private static Entry entry(Finding finding, Path folder, Path absolute, ElementKeys.Keyed at) {
            return new Entry(finding.rule(), relative(folder, absolute), at.path(), at.value(), finding.text());
        }

        /** Takes the entry that accepts the finding: one with its message first, else any of its key. */
        private synchronized boolean match(Entry probe) {
            Deque<Entry> candidates = open.get(Key.of(probe));
            if (candidates == null || candidates.isEmpty()) {
                return false;
            }
            if (!candidates.removeFirstOccurrence(probe)) {
                candidates.pollFirst();
            }
            return true;
        }

        /**
         * How many entries of the baseline read, of the files this run checked, matched no finding (they
         * were fixed since); entries of other files are not judged.
         */
        public synchronized int stale(Report report) {
            if (read == null) {
                return 0;
            }
            Set<Path> checked = checkedFiles(report);
            int stale = 0;
            for (Deque<Entry> left : open.values()) {
                for (Entry entry : left) {
                    if (checked.contains(read.fileOf(entry))) {
                        stale++;
                    }
                }
            }
            return stale;
        }

        /**
         * The baseline to write: every counted finding of this run, and the entries of the baseline read
         * whose files this run did not check, so that refreshing a baseline on some of the devices keeps
         * the others' entries.
         */
        public synchronized Baseline recorded(Report report) {
            List<Entry> entries = new ArrayList<>(recorded);
            if (read != null) {
                Set<Path> checked = checkedFiles(report);
                Path folder = folderOf(writeTo);
                for (Entry entry : read.entries) {
                    Path absolute = read.fileOf(entry);
                    if (!checked.contains(absolute)) {
                        entries.add(new Entry(entry.rule(), relative(folder, absolute), entry.element(),
                                entry.value(), entry.message()));
                    }
                }
            }
            return new Baseline(writeTo, entries);
        }

        private Set<Path> checkedFiles(Report report) {
            Set<Path> checked = new HashSet<>();
            for (DeviceResult device : report.devices()) {
                for (String checkedFile : device.files()) {
                    checked.add(root.resolve(checkedFile).normalize());
                }
                for (Finding finding : device.findings()) {
                    checked.add(root.resolve(finding.location().file()).normalize());
                }
            }
            return checked;
        }
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
                        .field("element", entry.element());
                if (entry.value() != null) {
                    json.field("value", entry.value());
                }
                json.field("message", entry.message()).endObject();
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
            throw new ConfigException(file, 1, "not a netlint baseline: expected {\"netlintBaseline\": " + FORMAT
                    + ", \"findings\": [...]}");
        }
        Map<String, Node> keys = fields(file, top);
        Node format = keys.get("netlintBaseline");
        if (format instanceof ScalarNode s && s.getValue().equals("1")) {
            throw new ConfigException(file, line(format), "a baseline of format 1, which matched findings by their"
                    + " positions in lists (an entry inserted before one moved it onto another); write it again"
                    + " with --write-baseline, without --baseline");
        }
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
            String value = values.containsKey("value") ? text(file, entry, values, "value") : null;
            entries.add(new Entry(text(file, entry, values, "rule"), text(file, entry, values, "file"),
                    text(file, entry, values, "element"), value, text(file, entry, values, "message")));
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
