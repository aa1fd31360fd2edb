package dev.netlint.core.internal.load.schema;

import dev.netlint.core.model.Location;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values read from one mapping of a device file, by field, for the factory of its
 * {@link ObjectType} to make the model record from: each value as read, whether the key was written
 * with a value (an empty one counts as absent), and whether it was written but could not be read.
 */
public final class Values {

    private final ObjectType<?> type;
    private final Reading reading;
    private final Location location;
    private final Object[] values;
    private final boolean[] present;
    private final boolean[] unread;
    private Location[] keys;
    private final int problemsAtStart;

    Values(ObjectType<?> type, Reading reading, Location location) {
        this.type = type;
        this.reading = reading;
        this.problemsAtStart = reading.problems().size();
        this.location = location;
        int n = type.fields().size();
        this.values = new Object[n];
        this.present = new boolean[n];
        this.unread = new boolean[n];
    }

    /** The reading the values come from, for a factory that reports a problem of its own. */
    Reading reading() {
        return reading;
    }

    /** How many problems the reading had found when this mapping started. */
    int problemsAtStart() {
        return problemsAtStart;
    }

    /** Where the mapping stands. */
    Location location() {
        return location;
    }

    @SuppressWarnings("unchecked")
    <V> V get(Field<V> field) {
        return (V) values[field.index()];
    }

    /** The value, or {@code fallback} when it is absent or was not read. */
    <V> V get(Field<V> field, V fallback) {
        V value = get(field);
        return value == null ? fallback : value;
    }

    /** Whether the key was written with a value that is not null or empty (even one that did not read). */
    boolean present(Field<?> field) {
        return present[field.index()];
    }

    /** Where the key itself stands, for fields that keep it ({@link Field#keyLocated}); else {@code null}. */
    Location keyLocation(Field<?> field) {
        return keys == null ? null : keys[field.index()];
    }

    /**
     * The keys written with a value that could not be read whole (a wrong type, an address that does not
     * parse, a list with an element that does not): the model marks them unknown, so that the rules do
     * not read them as absent.
     */
    Set<String> unknown() {
        Set<String> keys = null;
        List<Field<?>> fields = type.fields();
        for (int i = 0; i < unread.length; i++) {
            if (unread[i]) {
                if (keys == null) {
                    keys = new LinkedHashSet<>();
                }
                keys.add(fields.get(i).key());
            }
        }
        return keys == null ? Set.of() : Set.copyOf(keys);
    }

    void set(Field<?> field, Object value, boolean written, boolean notRead) {
        values[field.index()] = value;
        present[field.index()] = written;
        unread[field.index()] = notRead;
    }

    void keyAt(Field<?> field, Location at) {
        if (keys == null) {
            keys = new Location[values.length];
        }
        keys[field.index()] = at;
    }
}
