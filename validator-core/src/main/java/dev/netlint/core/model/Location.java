package dev.netlint.core.model;

import java.util.Objects;

/**
 * Where a value stands in a source file: 1-based line and column of the value, and its RFC 6901
 * JSON pointer into that file's document.
 *
 * <p>A class with the accessors, equality and text of the record it was, so that the loader can hand it
 * the pointer as a {@link JsonPointer} chain, written out only when a report asks. A location keeps the
 * chain of its value's parent and its own last token, not a chain of its own: a device with 100,000
 * routes has 480,000 located values, nearly all of them leaves, and a chain object for each took 15 MB
 * of the loaded device (measured by the benchmark).
 */
public final class Location implements Comparable<Location> {

    private final String file;
    private final int line;
    private final int column;
    /**
     * The pointer given as text ({@code String}), or the chain of the value's parent ({@link JsonPointer})
     * to which {@link #key} or {@link #index} is appended, or the value's own chain when both are unset.
     */
    private final Object base;
    private final String key;
    private final int index;
    /** Where the value was written when it is reached through a YAML alias; {@code null} otherwise. */
    private final Location origin;

    public Location(String file, int line, int column, String pointer) {
        this(file, line, column, Objects.requireNonNull(pointer, "pointer"), null, -1, null);
    }

    public Location(String file, int line, int column, JsonPointer pointer) {
        this(file, line, column, Objects.requireNonNull(pointer, "pointer").parentOrSelf(), pointer.lastKey(),
                pointer.lastIndex(), null);
    }

    private Location(String file, int line, int column, Object base, String key, int index, Location origin) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.base = base;
        this.key = key;
        this.index = index;
        this.origin = origin;
    }

    /**
     * This location for a value reached through a YAML alias ({@code *name}): the location stays at the
     * alias, and {@link #origin} tells where the anchored value ({@code &name}) was written.
     */
    public Location reachedFrom(int line, int column) {
        return new Location(file, this.line, this.column, base, key, index,
                new Location(file, line, column, base, key, index, null));
    }

    /** Where the value was written when this location is a YAML alias of it; empty otherwise. */
    public java.util.Optional<Location> origin() {
        return java.util.Optional.ofNullable(origin);
    }

    /** A location for a whole file, used when nothing inside it can be named. */
    public static Location ofFile(String file) {
        return new Location(file, 1, 1, "");
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The RFC 6901 JSON pointer of the value, {@code ""} for the whole document. Written on each call. */
    public String pointer() {
        if (base instanceof String text) {
            return text;
        }
        return ((JsonPointer) base).toString(key, index);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        if (c != 0) {
            return c;
        }
        return Integer.compare(column, o.column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location other && line == other.line && column == other.column
                && Objects.equals(file, other.file) && pointer().equals(other.pointer());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, pointer());
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
