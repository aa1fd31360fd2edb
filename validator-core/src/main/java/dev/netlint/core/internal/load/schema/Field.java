package dev.netlint.core.internal.load.schema;

import dev.netlint.core.model.Key;
import java.util.function.Function;

/**
 * One key of an {@link ObjectType}: its name, how its value is read, and what the loader says when it
 * is missing. Made by {@link ObjectType.Builder#field}; the index is its place among the keys of its
 * object. A key whose value the model may hold as unknown is declared with the model's {@link Key}, its handle.
 *
 * @param <V> what the model holds for the value
 */
public final class Field<V> {

    private final String key;
    private final ValueType<V> type;
    private final int index;
    private Function<Values, String> missing;
    private boolean structural;
    private boolean keyLocated;
    private String doc;
    private final Key<?> handle;

    Field(String key, ValueType<V> type, int index) {
        this(key, type, index, null);
    }

    Field(String key, ValueType<V> type, int index, Key<?> handle) {
        this.key = key;
        this.type = type;
        this.index = index;
        this.handle = handle;
    }

    /** The model's handle of this key, or {@code null} when no rule asks whether its value was unreadable. */
    public Key<?> handle() {
        return handle;
    }

    public String key() {
        return key;
    }

    public ValueType<V> type() {
        return type;
    }

    int index() {
        return index;
    }

    /** The missing-value message when the key is absent, or {@code null} when it is optional. */
    Function<Values, String> missing() {
        return missing;
    }

    /**
     * Whether the rules depend on this section or list, so that a misspelling of its key while it is
     * absent switches checks off: such a near miss is an error, not a warning.
     */
    boolean isStructural() {
        return structural;
    }

    /** Whether the place of the key itself is kept (the root keys, for conflicts between files). */
    boolean isKeyLocated() {
        return keyLocated;
    }

    /** Makes the key required: its absence (or an empty value) is {@code missing-value}, with this message. */
    Field<V> required(Function<Values, String> message) {
        this.missing = message;
        return this;
    }

    Field<V> required(String message) {
        return required(values -> message);
    }

    Field<V> structural() {
        this.structural = true;
        return this;
    }

    /** What the key means, for the schema and the file-format reference: one sentence, with its cmdlet. */
    Field<V> doc(String text) {
        this.doc = text;
        return this;
    }

    String doc() {
        return doc;
    }

    Field<V> keyLocated() {
        this.keyLocated = true;
        return this;
    }

    @Override
    public String toString() {
        return key;
    }
}
