package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.SourceText;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RegisteredRule;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and the SARIF Multitool accept it: one run whose
 * driver describes the rules that produced a result (as ESLint's SARIF formatter does; a clean run
 * describes none), each rule's page once (in {@code help.markdown}; {@code help.text} is its summary and
 * where the page is), one result per finding with its physical location relative to {@code %SRCROOT%},
 * related locations, the JSON pointer as a logical location, and suppressed findings carrying
 * {@code suppressions}.
 */
final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base id of every relative artifact location; {@code originalUriBaseIds} says where it is. */
    static final String SRCROOT = "SRCROOT";
    /**
     * The key of the finding's fingerprint: rule, file and JSON pointer, and the pointers of its related
     * locations (a pool that overlaps two others is two results), stable across edits elsewhere; then
     * the rank among the results that share all of them, so that no two results of a run share one
     * (code scanning merges or drops results with the same fingerprint).
     */
    static final String FINGERPRINT = "netlintPointer/v2";

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<Descriptor> rules = descriptors(report);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        for (DeviceResult device : report.devices()) {
            for (String file : device.files()) {
                artifactIndex.putIfAbsent(file, artifactIndex.size());
            }
        }
        JsonWriter json = new JsonWriter(out);
        json.beginObject().field("$schema", SCHEMA).field("version", "2.1.0");
        json.name("runs").beginArray().beginObject();
        driver(json, rules);
        json.name("invocations").beginArray().beginObject()
                .field("executionSuccessful", true)
                .endObject().endArray();
        json.name("originalUriBaseIds").beginObject().name(SRCROOT).beginObject()
                .field("uri", directoryUri(report.root()))
                .name("description").beginObject()
                .field("text", "The folder the paths of the report are relative to.")
                .endObject()
                .endObject().endObject();
        json.name("artifacts").beginArray();
        for (String file : artifactIndex.keySet()) {
            json.beginObject().name("location");
            artifactLocation(json, file, -1);
            json.field("mimeType", file.endsWith(".json") ? "application/json" : "application/yaml");
            json.endObject();
        }
        json.endArray();
        json.field("columnKind", "unicodeCodePoints");
        json.name("results").beginArray();
        Map<String, Integer> seen = new HashMap<>();
        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                String identity = identity(finding);
                int rank = seen.merge(identity, 1, Integer::sum);
                result(json, finding, device, ruleIndex, artifactIndex, fingerprint(identity + '\0' + rank));
            }
        }
        json.endArray();
        json.endObject().endArray().endObject();
        out.write('\n');
    }

    /** What the driver says of one rule. */
    record Descriptor(String id, Severity severity, String summary, String category, String doc, String docPath) {

        static Descriptor of(RegisteredRule rule) {
            return new Descriptor(rule.id(), rule.severity(), rule.summary(), rule.category().label(), rule.doc(),
                    SarifReporter.docPath(rule.id(), rule.logic().getClass().getName()));
        }
    }

    /**
     * The rules that produced a result, suppressed or not, in the registry's order, then
     * {@code internal-error} if the engine reported that a rule threw.
     */
    static List<Descriptor> descriptors(Report report) {
        Set<String> fired = new HashSet<>();
        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                fired.add(finding.rule());
            }
        }
        List<Descriptor> all = new ArrayList<>();
        for (RegisteredRule rule : report.rules().all()) {
            if (fired.contains(rule.id())) {
                all.add(Descriptor.of(rule));
            }
        }
        if (fired.contains(Engine.INTERNAL_ERROR) && !report.rules().contains(Engine.INTERNAL_ERROR)) {
            all.add(new Descriptor(Engine.INTERNAL_ERROR, Severity.ERROR,
                    "A rule failed with an unexpected exception; the other rules still ran", "Engine",
                    internalErrorDoc(), docPath(Engine.INTERNAL_ERROR, Engine.class.getName())));
        }
        return all;
    }

    private static String internalErrorDoc() {
        return RegisteredRule.docPage(Engine.INTERNAL_ERROR, SarifReporter.class.getClassLoader())
                .orElseThrow(() -> new IllegalStateException("the doc page of internal-error is missing"));
    }

    private static String docPath(String id, String className) {
        return RegisteredRule.docSourcePath(id, className);
    }

    private static void driver(JsonWriter json, List<Descriptor> rules) throws IOException {
        json.name("tool").beginObject().name("driver").beginObject()
                .field("name", Version.NAME)
                .field("version", Version.VERSION)
                .field("semanticVersion", Version.VERSION)
                .field("informationUri", Version.INFORMATION_URI);
        json.name("rules").beginArray();
        for (Descriptor rule : rules) {
            json.beginObject()
                    .field("id", rule.id())
                    .field("name", pascalCase(rule.id()));
            json.name("shortDescription").beginObject().field("text", sentence(rule.summary())).endObject();
            json.name("fullDescription").beginObject().field("text", sentence(fullDescription(rule))).endObject();
            json.name("defaultConfiguration").beginObject().field("level", level(rule.severity())).endObject();
            String helpUri = Version.INFORMATION_URI + "/blob/main/" + rule.docPath();
            json.name("help").beginObject()
                    .field("text", sentence(rule.summary()) + " The rule's page: " + helpUri)
                    .field("markdown", rule.doc())
                    .endObject();
            json.field("helpUri", helpUri);
            json.name("properties").beginObject()
                    .field("category", rule.category())
                    .name("tags").beginArray().value(rule.category()).endArray()
                    .field("precision", "very-high")
                    .field("problem.severity", problemSeverity(rule.severity()))
                    .endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject().endObject();
    }

    private static void result(JsonWriter json, Finding finding, DeviceResult device, Map<String, Integer> ruleIndex,
                               Map<String, Integer> artifactIndex, String fingerprint) throws IOException {
        Location at = finding.location();
        json.beginObject()
                .field("ruleId", finding.rule());
        Integer index = ruleIndex.get(finding.rule());
        if (index != null) {
            json.field("ruleIndex", index);
        }
        json.field("level", level(finding.severity()));
        json.name("message").beginObject().field("text", sentence(finding.text())).endObject();
        json.name("locations").beginArray().beginObject();
        physicalLocation(json, at, device, artifactIndex);
        if (!at.pointer().isEmpty()) {
            json.name("logicalLocations").beginArray().beginObject()
                    .field("fullyQualifiedName", at.pointer())
                    .field("kind", "value")
                    .endObject().endArray();
        }
        json.endObject().endArray();
        if (!finding.related().isEmpty()) {
            json.name("relatedLocations").beginArray();
            int id = 1;
            for (Related related : finding.related()) {
                json.beginObject().field("id", id++);
                physicalLocation(json, related.location(), device, artifactIndex);
                json.name("message").beginObject().field("text", related.message()).endObject();
                if (!related.location().pointer().isEmpty()) {
                    json.name("properties").beginObject()
                            .field("pointer", related.location().pointer())
                            .endObject();
                }
                json.endObject();
            }
            json.endArray();
        }
        json.name("partialFingerprints").beginObject()
                .field(FINGERPRINT, fingerprint)
                .endObject();
        if (finding.suppressed()) {
            suppression(json, finding.suppression());
        }
        json.name("properties").beginObject()
                .field("pointer", at.pointer())
                .field("device", device.path())
                .endObject();
        json.endObject();
    }

    private static void suppression(JsonWriter json, Suppression suppression) throws IOException {
        String kind = suppression.kind().equals("inline") ? "inSource" : "external";
        json.name("suppressions").beginArray().beginObject()
                .field("kind", kind)
                .field("status", "accepted");
        if (!suppression.justification().isEmpty()) {
            json.field("justification", suppression.justification());
        }
        json.name("properties").beginObject().field("source", suppression.kind()).endObject();
        json.endObject().endArray();
    }

    private static void physicalLocation(JsonWriter json, Location at, DeviceResult device,
                                         Map<String, Integer> artifactIndex) throws IOException {
        json.name("physicalLocation").beginObject().name("artifactLocation");
        Integer index = artifactIndex.get(at.file());
        artifactLocation(json, at.file(), index == null ? -1 : index);
        int line = Math.max(1, at.line());
        int column = Math.max(1, at.column());
        json.name("region").beginObject()
                .field("startLine", line)
                .field("startColumn", column);
        SourceText source = device.sources().get(at.file());
        // The line after the last line end exists too (empty): a parser reports "end of stream" there.
        int lastLine = source == null ? 0 : source.lineCount() + (endsWithLineBreak(source) ? 1 : 0);
        boolean known = source != null && line <= lastLine;
        if (known) {
            json.name("snippet").beginObject().field("text", fromColumn(source.line(line), column)).endObject();
        }
        json.endObject();
        if (known) {
            // the lines around it only from a device file: a file that did not parse may be anything, and
            // its context is the whole line of the finding
            boolean around = source.quotesContext();
            int first = around ? Math.max(1, line - 1) : line;
            int last = around ? Math.min(lastLine, line + 1) : line;
            if (last > first || column > 1) {
                StringBuilder text = new StringBuilder();
                for (int i = first; i <= last; i++) {
                    text.append(source.line(i));
                    if (i < last) {
                        text.append('\n');
                    }
                }
                json.name("contextRegion").beginObject()
                        .field("startLine", first)
                        .field("endLine", last)
                        .name("snippet").beginObject().field("text", text.toString()).endObject()
                        .endObject();
            }
        }
        json.endObject();
    }

    private static boolean endsWithLineBreak(SourceText source) {
        return source.endsWithLineBreak();
    }

    private static void artifactLocation(JsonWriter json, String file, int index) throws IOException {
        json.beginObject();
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            json.field("uri", path.toUri().toASCIIString());
        } else {
            json.field("uri", relativeUri(file)).field("uriBaseId", SRCROOT);
        }
        if (index >= 0) {
            json.field("index", index);
        }
        json.endObject();
    }

    /** A relative path as a relative URI reference: escaped, and never mistaken for a scheme. */
    static String relativeUri(String file) {
        String path = file.replace('\\', '/');
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            path = "./" + path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + file + " as a URI", e);
        }
    }

    static String directoryUri(Path dir) {
        String uri = dir.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** The text of a line from a 1-based column counted in code points, as snakeyaml counts them. */
    private static String fromColumn(String line, int column) {
        int codePoints = line.codePointCount(0, line.length());
        if (column < 1 || column > codePoints) {
            return "";
        }
        return line.substring(line.offsetByCodePoints(0, column - 1));
    }

    /** The paragraph under "Why it matters" of the doc page, else the summary. */
    static String fullDescription(Descriptor rule) {
        String doc = rule.doc().replace("\r\n", "\n");
        int heading = doc.indexOf("\n## Why it matters");
        if (heading < 0) {
            return rule.summary();
        }
        int start = doc.indexOf('\n', heading + 1);
        StringBuilder paragraph = new StringBuilder();
        for (String line : doc.substring(start + 1).split("\n")) {
            if (line.isBlank()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (line.startsWith("#")) {
                break;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line.strip());
        }
        return paragraph.length() == 0 ? rule.summary() : paragraph.toString();
    }

    /** SARIF asks messages to be sentences; netlint's messages are clauses, so a period closes them. */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?")) {
            return trimmed;
        }
        return trimmed + ".";
    }

    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder(id.length());
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        return name.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        };
    }

    /** Rule, file and JSON pointer hashed: the same identity a baseline matches on. */
    /** What identifies a finding whatever the lines: rule, file, pointer, and its related locations' files and pointers. */
    private static String identity(Finding finding) {
        StringBuilder key = new StringBuilder(finding.rule()).append('\0').append(finding.location().file())
                .append('\0').append(finding.location().pointer());
        for (Related related : finding.related()) {
            key.append('\0').append(related.location().file()).append('\0').append(related.location().pointer());
        }
        return key.toString();
    }

    private static String fingerprint(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
