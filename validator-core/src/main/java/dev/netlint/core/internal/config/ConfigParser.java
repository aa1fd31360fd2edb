package dev.netlint.core.internal.config;

import dev.netlint.core.finding.Spelling;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.engine.Glob;
import dev.netlint.core.internal.engine.PathSuppression;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a {@code .netlint.yaml} (docs/reports-and-configuration.md). snakeyaml composes the node tree only (nodes carry their
 * line; nothing is ever constructed from a tag), and this class walks the few keys it knows. Every
 * problem is a {@link ConfigException} naming the file and line: a broken config is a usage error.
 */
final class ConfigParser {

    /** A config file is a few lines; anything near this is not one. */
    static final int MAX_CODE_POINTS = 1_000_000;

    /** The most bytes {@link #MAX_CODE_POINTS} can take in UTF-8: a larger file is refused unread. */
    static final long MAX_BYTES = 4L * MAX_CODE_POINTS;

    private static final List<String> KEYS = List.of("root", "profile", "failOn", "maxFileSize", "rules", "ignore",
            "suppressions");
    private static final List<String> SUPPRESSION_KEYS = List.of("rule", "path", "reason");
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP,
            Tag.SEQ);

    private final RuleRegistry rules;
    private final Path file;

    private ConfigParser(RuleRegistry rules, Path file) {
        this.rules = rules;
        this.file = file;
    }

    /** Reads and checks a config file; rule ids are checked against {@code rules}. */
    static NetlintConfig parse(Path file, RuleRegistry rules) throws ConfigException {
        String text;
        try {
            byte[] bytes = readBounded(file, MAX_BYTES, "a configuration file");
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, "not valid UTF-8");
        } catch (Refused e) {
            throw new ConfigException(file, 0, e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(file, 0, "cannot read the file: " + e.getMessage());
        }
        return parse(text, file, rules);
    }

    /** A file over the size limit, or not a regular file: refused unread. */
    static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * The bytes of a regular file of at most {@code limit} bytes: its size is checked before it is
     * read, and the read stops one byte over the limit whatever the size said (a file that grows).
     * Anything but a regular file (a FIFO, a device) is refused unread, so that reading never blocks.
     */
    static byte[] readBounded(Path file, long limit, String what) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new Refused(attributes.isDirectory() ? "is a folder, not a file"
                    : "is " + DeviceFinder.kindOf(file) + ", not a file");
        }
        String tooLarge = "the file is over the size limit of " + limit + " bytes for " + what + " and is not read";
        if (attributes.size() > limit) {
            throw new Refused(tooLarge);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) limit + 1);
        }
        if (bytes.length > limit) {
            throw new Refused(tooLarge);
        }
        return bytes;
    }

    /** Checks config text as if read from {@code file} (the globs are relative to its folder). */
    static NetlintConfig parse(String text, Path file, RuleRegistry rules) throws ConfigException {
        return new ConfigParser(rules, file).read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private NetlintConfig read(String text) throws ConfigException {
        Node root = compose(text);
        if (root == null || root instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return new NetlintConfig(file, null, null, Map.of(), List.of(), List.of(), null, false);
        }
        MappingNode top = mapping(root, "the config file");
        Profile profile = null;
        FailOn failOn = null;
        Long maxFileBytes = null;
        boolean isRoot = false;
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        List<Glob> ignore = new ArrayList<>();
        List<PathSuppression> suppressions = new ArrayList<>();
        for (Entry entry : entries(top, KEYS, "")) {
            Node value = entry.value();
            switch (entry.key()) {
                case "root" -> {
                    if (!(value instanceof ScalarNode flag) || !flag.getTag().equals(Tag.BOOL)) {
                        throw error(value, "root must be true or false, not " + describe(value));
                    }
                    isRoot = List.of("true", "yes", "on").contains(flag.getValue().toLowerCase(Locale.ROOT));
                }
                case "maxFileSize" -> {
                    String size = scalar(value, "maxFileSize");
                    try {
                        maxFileBytes = LoadLimits.parseSize(size);
                    } catch (IllegalArgumentException e) {
                        throw error(value, "maxFileSize: " + e.getMessage());
                    }
                }
                case "profile" -> {
                    String name = scalar(value, "profile");
                    profile = Profile.named(name).orElseThrow(() -> error(value,
                            "unknown profile '" + name + "' (" + Profile.names() + ")"));
                }
                case "failOn" -> {
                    String level = scalar(value, "failOn");
                    try {
                        failOn = FailOn.parse(level);
                    } catch (IllegalArgumentException e) {
                        throw error(value, "failOn: " + e.getMessage());
                    }
                }
                case "rules" -> {
                    if (!isNull(value)) {
                        for (Entry rule : entries(mapping(value, "rules"), null, "rules")) {
                            String id = ruleId(rule.keyNode(), rule.key(), false);
                            levels.put(id, level(rule, id));
                        }
                    }
                }
                case "ignore" -> {
                    for (Node glob : list(value, "ignore")) {
                        ignore.add(glob(glob, "ignore"));
                    }
                }
                case "suppressions" -> {
                    for (Node item : list(value, "suppressions")) {
                        suppressions.add(suppression(item));
                    }
                }
                default -> throw new IllegalStateException("unhandled key " + entry.key());
            }
        }
        return new NetlintConfig(file, profile, failOn, levels, ignore, suppressions, maxFileBytes, isRoot);
    }

    private Node compose(String text) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1
                    : e.getContextMark() != null ? e.getContextMark().getLine() + 1 : 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfigException(file, line, "not valid YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new ConfigException(file, 1, "not valid YAML: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    private record Entry(Node keyNode, String key, Node value) {
    }

    /** The entries of a mapping: string keys, no duplicates, and (when {@code known} is given) known keys. */
    private List<Entry> entries(MappingNode node, List<String> known, String where) throws ConfigException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = scalar(keyNode, where.isEmpty() ? "a key" : "a key of " + where);
            Node previous = seen.putIfAbsent(key, keyNode);
            if (previous != null) {
                throw error(keyNode, "duplicate key '" + key + "'" + (where.isEmpty() ? "" : " in " + where)
                        + "; it is already on line " + (previous.getStartMark().getLine() + 1));
            }
            if (known != null && !known.contains(key)) {
                String close = Spelling.closest(key, known);
                throw error(keyNode, "unknown key '" + key + "'" + (where.isEmpty() ? "" : " in " + where)
                        + (close != null ? "; did you mean '" + close + "'?" : "")
                        + " (known keys: " + String.join(", ", known) + ")");
            }
            entries.add(new Entry(keyNode, key, tuple.getValueNode()));
        }
        return entries;
    }

    private RuleLevel level(Entry rule, String id) throws ConfigException {
        String text = scalar(rule.value(), "the level of " + rule.key());
        try {
            return RuleLevel.forRule(id, text);
        } catch (IllegalArgumentException e) {
            throw error(rule.value(), "rules." + rule.key() + ": " + e.getMessage());
        }
    }

    private PathSuppression suppression(Node item) throws ConfigException {
        MappingNode node = mapping(item, "a suppression");
        Map<String, Node> values = new HashMap<>();
        for (Entry entry : entries(node, SUPPRESSION_KEYS, "a suppression")) {
            values.put(entry.key(), entry.value());
        }
        Node ruleNode = values.get("rule");
        if (ruleNode == null) {
            throw error(item, "a suppression needs a 'rule' (a rule id, or '*' for every rule)");
        }
        String rule = ruleId(ruleNode, scalar(ruleNode, "the rule of a suppression"), true);
        Node pathNode = values.get("path");
        Glob path = pathNode == null ? Glob.of("**") : glob(pathNode, "the path of a suppression");
        Node reasonNode = values.get("reason");
        String reason = reasonNode == null || isNull(reasonNode) ? "" : scalar(reasonNode, "the reason").strip();
        if (reason.isEmpty()) {
            throw error(reasonNode == null ? item : reasonNode,
                    "a suppression needs a 'reason': say why the finding is acceptable");
        }
        return new PathSuppression(rule, path, reason, file.toAbsolutePath().normalize().getParent());
    }

    /**
     * A registered rule id (a renamed rule's former id stands for the rule); a suppression may also name
     * {@code *} or {@code internal-error} (which is reported by the engine, so it has no level to set).
     */
    private String ruleId(Node node, String id, boolean suppression) throws ConfigException {
        if (rules.contains(id)) {
            return rules.canonical(id).orElseThrow();
        }
        if (suppression && (id.equals("*") || id.equals(Engine.INTERNAL_ERROR))) {
            return id;
        }
        List<String> known = rules.all().stream().map(RegisteredRule::id).collect(Collectors.toList());
        String close = Spelling.closest(id, known);
        throw error(node, "unknown rule '" + id + "'" + (close != null ? "; did you mean '" + close + "'?"
                : "; 'netlint rules' lists them"));
    }

    private Glob glob(Node node, String what) throws ConfigException {
        String pattern = scalar(node, what);
        try {
            return Glob.of(pattern);
        } catch (IllegalArgumentException e) {
            throw error(node, what + ": " + oneLine(e.getMessage()));
        }
    }

    private MappingNode mapping(Node node, String what) throws ConfigException {
        checkTag(node);
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, what + " must be a mapping (key: value), not " + describe(node));
    }

    /** A list of scalars or mappings; a single scalar is taken as a list of one. */
    private List<Node> list(Node node, String what) throws ConfigException {
        checkTag(node);
        if (isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                checkTag(item);
            }
            return s.getValue();
        }
        if (node instanceof ScalarNode && !what.equals("suppressions")) {
            return List.of(node);
        }
        throw error(node, what + " must be a list, not " + describe(node));
    }

    private String scalar(Node node, String what) throws ConfigException {
        checkTag(node);
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        throw error(node, what + " must be a single value, not " + describe(node));
    }

    /** Tags other than the plain ones of the YAML core schema are refused, never interpreted. */
    private void checkTag(Node node) throws ConfigException {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw error(node, "the tag " + node.getTag() + " is not allowed in a config file");
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "an empty value" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    private ConfigException error(Node node, String problem) {
        return new ConfigException(file, node.getStartMark().getLine() + 1, problem);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
