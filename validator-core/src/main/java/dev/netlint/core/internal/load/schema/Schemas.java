package dev.netlint.core.internal.load.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the device file, made from the loader's tables ({@link DeviceSchema}), so that it
 * cannot drift from what netlint reads. Plain maps and lists, written out by the caller.
 */
public final class Schemas {

    /** Where the schema says it lives; editors resolve it from the {@code $schema} line of a file. */
    public static final String ID = "https://github.com/netlint/netlint/blob/main/docs/device-file.schema.json";

    private Schemas() {
    }

    /** The schema of a device file: a {@code device} and a {@code kubernetes} block. */
    public static Map<String, Object> deviceFile() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID);
        schema.put("title", "netlint device file");
        schema.put("description", "A device configuration as Get-DeviceConfiguration exports it (device) and what"
                + " other cmdlets set on its Kubernetes cluster (kubernetes), as netlint reads it.");
        Map<String, Object> root = DeviceSchema.ROOT_FILE.schema();
        root.remove("description");
        root.put("type", "object");
        schema.putAll(root);
        return schema;
    }

    /** A schema node from keys and values given in turn. */
    static Map<String, Object> node(Object... keysAndValues) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            node.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return node;
    }

    /** The JSON types of a node, {@code null} always among them: netlint reads a null value as absent. */
    static List<String> types(String... types) {
        List<String> all = new ArrayList<>(List.of(types));
        all.add("null");
        return all;
    }
}
