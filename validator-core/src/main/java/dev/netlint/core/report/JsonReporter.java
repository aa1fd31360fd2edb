package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.Summary;
import java.io.IOException;
import java.io.Writer;

/** The JSON output contract (docs/reports-and-configuration.md), field for field. */
public final class JsonReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("tool").beginObject().field("name", Version.NAME).field("version", Version.VERSION).endObject();
        json.name("devices").beginArray();
        for (DeviceResult device : report.devices()) {
            json.beginObject().field("path", device.path());
            json.name("files").beginArray();
            for (String file : device.files()) {
                json.value(file);
            }
            json.endArray();
            json.name("findings").beginArray();
            for (Finding finding : device.findings()) {
                finding(json, finding);
            }
            json.endArray().endObject();
        }
        json.endArray();
        Summary s = report.summary();
        json.name("summary").beginObject()
                .field("devices", s.devices()).field("files", s.files()).field("errors", s.errors())
                .field("warnings", s.warnings()).field("infos", s.infos()).field("suppressed", s.suppressed())
                .endObject();
        json.endObject();
        out.write('\n');
    }

    static void finding(JsonWriter json, Finding finding) throws IOException {
        json.beginObject()
                .field("rule", finding.rule())
                .field("severity", finding.severity().label())
                .field("message", finding.text());
        json.name("location");
        location(json, finding.location(), null);
        json.name("related").beginArray();
        for (Related related : finding.related()) {
            location(json, related.location(), related.message());
        }
        json.endArray();
        json.field("suppressed", finding.suppressed());
        if (finding.suppressed()) {
            json.name("suppression").beginObject()
                    .field("kind", finding.suppression().kind())
                    .field("justification", finding.suppression().justification())
                    .endObject();
        }
        json.endObject();
    }

    private static void location(JsonWriter json, Location location, String message) throws IOException {
        json.beginObject()
                .field("file", location.file())
                .field("line", location.line())
                .field("column", location.column())
                .field("pointer", location.pointer());
        if (message != null) {
            json.field("message", message);
        }
        json.endObject();
    }
}
