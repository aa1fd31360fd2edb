package dev.netlint.core.load;

import java.util.function.Function;

/**
 * One key of an {@link ObjectType}: its name, how its value is read, and what the loader says when it
 * is missing. Made by {@link ObjectType.Builder#field}; the index is its place among the keys of its
 * object.
 *
 * @param <V> what the model holds for the value
 */
final class Field<V> {

    private final String key;
    private final ValueType<V> type;
    private final int index;
    private Function<Values, String> missing;
    private boolean structural;
    private boolean keyLocated;

    Field(String key, ValueType<V> type, int index) {
        this.key = key;
        this.type = type;
        this.index = index;
    }

    String key() {
        return key;
    }

    ValueType<V> type() {
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

    Field<V> keyLocated() {
        this.keyLocated = true;
        return this;
    }

    @Override
    public String toString() {
        return key;
    }
}
