package dev.netlint.core.model;

import java.util.Objects;

/**
 * Where a value stands in a source file: 1-based line and column of the value, and its RFC 6901
 * JSON pointer into that file's document.
 *
 * <p>A class with the accessors, equality and text of the record it was, so that the loader can
 * hand it a {@link JsonPointer} chain that is written out only when a report asks for the pointer.
 */
public final class Location implements Comparable<Location> {

    private final String file;
    private final int line;
    private final int column;
    /** The pointer as a chain of tokens, written out when first asked for; {@code null} when given as text. */
    private final JsonPointer chain;
    /**
     * The pointer written out, made on first use. Not volatile: a string is immutable, so a thread that
     * sees none writes an equal one (the idiom of {@code String.hashCode}).
     */
    private String pointer;
    /** Where the value was written when it is reached through a YAML alias; 0 otherwise. */
    private int originLine;
    private int originColumn;

    public Location(String file, int line, int column, String pointer) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.chain = null;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    public Location(String file, int line, int column, JsonPointer pointer) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.chain = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * This location for a value reached through a YAML alias ({@code *name}): the location stays at the
     * alias, and {@link #origin} tells where the anchored value ({@code &name}) was written.
     */
    public Location reachedFrom(int line, int column) {
        Location copy = chain != null ? new Location(file, this.line, this.column, chain)
                : new Location(file, this.line, this.column, pointer());
        copy.originLine = line;
        copy.originColumn = column;
        return copy;
    }

    /** Where the value was written when this location is a YAML alias of it; empty otherwise. */
    public java.util.Optional<Location> origin() {
        return originLine == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new Location(file, originLine, originColumn, pointer()));
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

    /** The RFC 6901 JSON pointer of the value, {@code ""} for the whole document. */
    public String pointer() {
        String result = pointer;
        if (result == null) {
            result = chain.toString();
            pointer = result;
        }
        return result;
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
