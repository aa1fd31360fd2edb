package dev.netlint.core.internal.load.schema;

import dev.netlint.core.model.JsonPointer;

/**
 * How one value of a device file is read into the model, and what the file format says it is: a
 * scalar of {@link Scalars}, an {@link ObjectType} or a {@link ListType}.
 *
 * @param <V> what the model holds for it
 */
public interface ValueType<V> {

    /**
     * Reads the node at the cursor, consuming it whole. Returns {@code null} when the value is absent,
     * or when it could not be read: the problem is then recorded in {@code in}.
     */
    V read(Reading in, JsonPointer at);

    /** The value in words, for messages and the file-format reference: "an IPv4 address". */
    String describe();

    /**
     * The JSON Schema (draft 2020-12) of the value, as plain maps and lists, for {@code netlint schema}:
     * what an editor needs for completion and for checking the syntax. netlint's own checks go further.
     */
    default java.util.Map<String, Object> schema() {
        return Schemas.node("description", describe());
    }
}
