package dev.netlint.core.internal.load.schema;

import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.model.JsonPointer;
import dev.netlint.core.model.Key;
import dev.netlint.core.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One object of the file format as a table: its keys, each read by its {@link ValueType}, which of them
 * are required, how unknown keys are judged, and the factory that makes the model record of the values
 * read. The known keys, the "did you mean" hints and the reference of the file format all derive from
 * the table.
 *
 * @param <T> the model record
 */
public final class ObjectType<T> implements ValueType<T> {

    /** How the keys that are not in the table are judged. */
    enum KeyPolicy {
        /** Every unknown key is {@code unknown-key}, with the closest known key or the list of them. */
        STRICT,
        /** Only a near miss of a known key is reported: the vendor's own objects carry keys netlint does not model. */
        NEAR_MISS,
        /** No unknown key is reported: a Kubernetes manifest holds far more than netlint reads of it. */
        IGNORE
    }

    private final String name;
    private final KeyPolicy policy;
    private final List<Field<?>> fields;
    private final Map<String, Field<?>> byKey;
    private final Function<Values, T> factory;
    private final boolean teamScope;
    private final java.util.SortedSet<String> keys;

    private ObjectType(Builder<T> builder, Function<Values, T> factory) {
        this.name = builder.name;
        this.policy = builder.policy;
        this.fields = Collections.unmodifiableList(new ArrayList<>(builder.fields));
        this.byKey = new HashMap<>();
        for (Field<?> field : fields) {
            byKey.put(field.key(), field);
        }
        this.factory = factory;
        this.teamScope = builder.teamScope;
        this.keys = Collections.unmodifiableSortedSet(new java.util.TreeSet<>(byKey.keySet()));
    }

    /** The known keys, sorted. */
    java.util.SortedSet<String> keys() {
        return keys;
    }

    static <T> Builder<T> strict(String name) {
        return new Builder<>(name, KeyPolicy.STRICT);
    }

    static <T> Builder<T> nearMiss(String name) {
        return new Builder<>(name, KeyPolicy.NEAR_MISS);
    }

    static <T> Builder<T> ignoring(String name) {
        return new Builder<>(name, KeyPolicy.IGNORE);
    }

    /** What the object is called in messages: {@code vSwitch}, {@code route}. */
    public String name() {
        return name;
    }

    KeyPolicy policy() {
        return policy;
    }

    /** The keys in the order the table declares them. */
    public List<Field<?>> fields() {
        return fields;
    }

    Field<?> field(String key) {
        return byKey.get(key);
    }

    /** Whether keys that declare a NIC team are collected below this object rather than reported. */
    boolean teamScope() {
        return teamScope;
    }

    @Override
    public String describe() {
        return "a mapping (" + name + ")";
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Field<?> field : fields) {
            Map<String, Object> property = new LinkedHashMap<>(field.type().schema());
            if (field.doc() != null) {
                property.put("description", field.doc());
            }
            properties.put(field.key(), property);
            if (field.missing() != null) {
                required.add(field.key());
            }
        }
        Map<String, Object> schema = Schemas.node("type", Schemas.types("object"), "description", name,
                "properties", properties, "additionalProperties", policy != KeyPolicy.STRICT);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    @Override
    public T read(Reading in, JsonPointer at) {
        Cursor c = in.cursor();
        if (c.isNull()) {
            c.advance();
            return null;
        }
        if (c.kind() != Cursor.Kind.MAPPING) {
            in.invalid(in.location(at), name + " must be a mapping, found " + in.found());
            c.skipNode();
            return null;
        }
        if (!in.untagged(at)) {
            c.skipNode();
            return null;
        }
        Location location = in.location(at);
        c.advance();
        Values values = new Values(this, in, location);
        if (teamScope) {
            in.enterTeamScope();
        }
        try {
            in.readEntries(this, at, values);
        } finally {
            if (teamScope) {
                in.leaveTeamScope();
            }
        }
        for (Field<?> field : fields) {
            if (field.missing() != null && !values.present(field)) {
                in.missing(location, field.missing().apply(values));
            }
        }
        return factory.apply(values);
    }

    /** Declares the keys of an object, in the order the reference lists them. */
    public static final class Builder<T> {

        private final String name;
        private final KeyPolicy policy;
        private final List<Field<?>> fields = new ArrayList<>();
        private final Map<String, Field<?>> keys = new LinkedHashMap<>();
        private boolean teamScope;

        private Builder(String name, KeyPolicy policy) {
            this.name = name;
            this.policy = policy;
        }

        <V> Field<V> field(String key, ValueType<V> type) {
            return add(new Field<>(key, type, fields.size()));
        }

        /** The key a model record names with {@code handle}: the record's key and the table's are one. */
        <V> Field<V> field(Key<?> handle, ValueType<V> type) {
            return add(new Field<>(handle.name(), type, fields.size(), handle));
        }

        private <V> Field<V> add(Field<V> field) {
            String key = field.key();
            if (keys.putIfAbsent(key, field) != null) {
                throw new IllegalStateException(name + " declares the key " + key + " twice");
            }
            fields.add(field);
            return field;
        }

        /** Below this object, keys that declare a NIC team or bond are collected, not reported as unknown. */
        Builder<T> teamScope() {
            this.teamScope = true;
            return this;
        }

        public ObjectType<T> build(Function<Values, T> factory) {
            return new ObjectType<>(this, factory);
        }
    }
}
