package dev.netlint.core.testing;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a JSON report back into maps and lists (JSON is YAML; snakeyaml's safe constructor does it). */
public final class Json {

    private Json() {
    }

    /** A JSON object. */
    public static Map<String, Object> parse(String json) {
        return value(json);
    }

    /** Any JSON value: an object as a map, an array as a list (GitLab's report is one). */
    public static <T> T value(String json) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        return new Yaml(new SafeConstructor(options)).load(json);
    }

    /** Follows a path of map keys and list indexes; {@code null} once a step is missing. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current == null) {
                return null;
            }
            current = step instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }
}
