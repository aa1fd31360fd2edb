package dev.netlint.cli;

import dev.netlint.core.io.JsonWriter;
import dev.netlint.core.load.Schemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code netlint schema}: the JSON Schema (draft 2020-12) of the device file, made from the tables the
 * loader reads with, for editors' completion and checking.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of the device file, for editors.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        JsonWriter json = new JsonWriter(out);
        write(json, Schemas.deviceFile());
        out.println();
        out.flush();
        return Main.OK;
    }

    private static void write(JsonWriter json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.beginObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.name((String) entry.getKey());
                write(json, entry.getValue());
            }
            json.endObject();
        } else if (value instanceof List<?> list) {
            json.beginArray();
            for (Object item : list) {
                write(json, item);
            }
            json.endArray();
        } else if (value instanceof Boolean flag) {
            json.value(flag);
        } else if (value instanceof Number number) {
            json.value(number.longValue());
        } else {
            json.value(value == null ? null : value.toString());
        }
    }
}
