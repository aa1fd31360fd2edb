package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * GitLab Code Quality: a JSON array of issues in the Code Climate format that GitLab reads from a
 * {@code codequality} report artifact and shows in merge requests. Each counted finding is one issue
 * with the fields GitLab documents: {@code description}, {@code check_name} (the rule id),
 * {@code fingerprint}, {@code severity}, {@code location.path} and {@code location.lines.begin}, plus
 * Code Climate's {@code type}, {@code categories} and {@code engine_name}. Suppressed findings are left
 * out. Severities follow ESLint's GitLab formatter: an error is {@code major}, a warning {@code minor},
 * an info {@code info}; netlint has nothing it would call {@code critical} or {@code blocker} rather
 * than an error. The fingerprint hashes rule, file and JSON pointer (the baseline's identity, stable
 * when lines move), and the rank of the finding among those sharing them, so that every issue of a
 * report has its own.
 */
final class GitlabReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginArray();
        Map<String, Integer> seen = new HashMap<>();
        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                if (finding.suppressed()) {
                    continue;
                }
                String identity = finding.rule() + '\0' + finding.location().file() + '\0' + finding.location().pointer();
                int rank = seen.merge(identity, 1, Integer::sum);
                json.beginObject()
                        .field("type", "issue")
                        .field("engine_name", Version.NAME)
                        .field("check_name", finding.rule())
                        .field("description", finding.text())
                        .name("categories").beginArray().value("Bug Risk").endArray()
                        .field("severity", severity(finding.severity()))
                        .field("fingerprint", fingerprint(identity + '\0' + rank));
                json.name("location").beginObject()
                        .field("path", finding.location().file())
                        .name("lines").beginObject().field("begin", Math.max(1, finding.location().line())).endObject()
                        .endObject();
                json.endObject();
            }
        }
        json.endArray();
        out.write('\n');
    }

    /** Code Climate's severity of a finding: {@code major}, {@code minor} or {@code info}. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
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
