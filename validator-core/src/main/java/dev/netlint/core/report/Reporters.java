package dev.netlint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The report formats, by the name the command line and the Maven plugin use. */
public final class Reporters {

    private Reporters() {
    }

    public static String names() {
        return "text, json, sarif, junit, html, checkstyle, gitlab, github, markdown";
    }

    /**
     * The reporter of a format (text without colour): {@code text}, {@code json}, {@code sarif}, {@code junit},
     * {@code html}, {@code checkstyle}, {@code gitlab}, {@code github} or {@code markdown}.
     */
    public static Optional<Reporter> named(String format) {
        return named(format, false);
    }

    /** The format's name in lower case, if it is one: format names are read in any case. */
    public static Optional<String> canonicalName(String format) {
        return named(format, false).map(reporter -> format.trim().toLowerCase(Locale.ROOT));
    }

    /** The reporter of a format; {@code colour} and {@code quiet} (findings only, no summary) only matter for text. */
    public static Optional<Reporter> named(String format, boolean colour, boolean quiet) {
        if (format.trim().equalsIgnoreCase("text")) {
            return Optional.of(new TextReporter(colour, quiet));
        }
        return named(format, colour);
    }

    /**
     * The file a format's report is written to in a report folder (the Maven plugin's
     * {@code outputDirectory}): {@code netlint.} and the format, except where the tools that read the
     * format look for another name ({@code TEST-netlint.xml} for JUnit, which CI servers collect as
     * {@code **}{@code /TEST-*.xml}).
     */
    public static String fileName(String format) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> "netlint.txt";
            case "junit" -> "TEST-netlint.xml";
            case "checkstyle" -> "netlint.checkstyle.xml";
            case "gitlab" -> "netlint.gitlab.json";
            case "github" -> "netlint.github.txt";
            case "markdown" -> "netlint.md";
            default -> "netlint." + format.trim().toLowerCase(Locale.ROOT);
        };
    }

    /** The reporter of a format; {@code colour} only matters for text. */
    public static Optional<Reporter> named(String format, boolean colour) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(new TextReporter(colour));
            case "json" -> Optional.of(new JsonReporter());
            case "sarif" -> Optional.of(new SarifReporter());
            case "junit" -> Optional.of(new JunitReporter());
            case "html" -> Optional.of(new HtmlReporter());
            case "checkstyle" -> Optional.of(new CheckstyleReporter());
            case "gitlab" -> Optional.of(new GitlabReporter());
            case "github" -> Optional.of(new GithubReporter());
            case "markdown" -> Optional.of(new MarkdownReporter());
            default -> Optional.empty();
        };
    }

    /**
     * How each report or baseline netlint writes begins (after a byte-order mark and white space): its
     * first keys, which a device file never has, so that a device whose pool or service is named
     * {@code netlint} is never taken for a report.
     */
    private static final List<Pattern> OUTPUT_STARTS = List.of(
            // json: {"tool": {"name": "netlint"
            Pattern.compile("\\{\\s*\"tool\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"" + Version.NAME + "\""),
            // sarif: {"$schema": "...sarif...", "version": "2.1.0", "runs": [{"tool": {"driver": {"name": "netlint"
            Pattern.compile("\\{\\s*\"\\$schema\"\\s*:\\s*\"[^\"]*sarif[^\"]*\"\\s*,\\s*\"version\"\\s*:\\s*\"2\\.1\\.0\""
                    + "\\s*,\\s*\"runs\"\\s*:\\s*\\[\\s*\\{\\s*\"tool\"\\s*:\\s*\\{\\s*\"driver\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\""
                    + Version.NAME + "\""),
            // schema (netlint schema): {"$schema": "https://json-schema.org/...", "$id": ".../device-file.schema.json"
            Pattern.compile("\\{\\s*\"\\$schema\"\\s*:\\s*\"https://json-schema\\.org/[^\"]*\"\\s*,\\s*\"\\$id\"\\s*:\\s*\""
                    + "[^\"]*/" + Version.NAME + "/[^\"]*device-file\\.schema\\.json\""),
            // baseline: {"netlintBaseline":
            Pattern.compile("\\{\\s*\"netlintBaseline\"\\s*:"),
            // gitlab, with an issue: [{"type": "issue", "engine_name": "netlint"
            Pattern.compile("\\[\\s*\\{\\s*\"type\"\\s*:\\s*\"issue\"\\s*,\\s*\"engine_name\"\\s*:\\s*\"" + Version.NAME + "\""),
            // junit: <?xml ...?><testsuites name="netlint"
            Pattern.compile("(<\\?xml[^>]*\\?>\\s*)?<testsuites name=\"" + Version.NAME + "\""));

    /**
     * Whether a regular file is a report, a baseline or the JSON Schema ({@code netlint schema}) that
     * netlint wrote (it begins as one of them
     * does, with the tool's name where the format puts it). An earlier report in a checked tree is not a device file;
     * any other file is, and a report must never replace it.
     */
    public static boolean isOwnOutput(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8).replaceFirst("\\A\uFEFF", "").strip();
            return OUTPUT_STARTS.stream().anyMatch(start -> start.matcher(head).lookingAt());
        } catch (IOException e) {
            return false;
        }
    }
}
