package dev.netlint.core.model;

import java.util.Objects;

/**
 * A key of the file format, as a handle a model record declares for each key whose value may be written
 * but unreadable. The schema tables declare their fields with these handles, and the records answer
 * {@code unknown(Key)} for their own keys only, so a rule names the field it reads in a way the compiler
 * checks: a key renamed in its handle is renamed in the table and in every rule at once.
 *
 * <p>A key below another ({@link #below}) names a key of a nested object by its path from the record, such as
 * {@code network/vSwitches} of a {@link Device}.
 *
 * @param <R> the model record whose value the key holds
 */
public final class Key<R> {

    private final Class<R> owner;
    private final Key<R> parent;
    private final String name;

    private Key(Class<R> owner, Key<R> parent, String name) {
        this.owner = Objects.requireNonNull(owner);
        this.parent = parent;
        this.name = Objects.requireNonNull(name);
    }

    /** The key {@code name} of the object {@code owner} is read from. */
    public static <R> Key<R> of(Class<R> owner, String name) {
        return new Key<>(owner, null, name);
    }

    /** The key {@code name} of the object written at {@code parent}. */
    public static <R> Key<R> below(Key<R> parent, String name) {
        return new Key<>(parent.owner, parent, name);
    }

    public Class<R> owner() {
        return owner;
    }

    /** The key of the object above this one's, or {@code null} when this is a key of the record's own object. */
    public Key<R> parent() {
        return parent;
    }

    /** The key as the file writes it, in its own object: {@code dnsServerAddresses}, {@code vSwitches}. */
    public String name() {
        return name;
    }

    /** The path from the record's object: {@code name}, or {@code parent/name}. */
    public String path() {
        return parent == null ? name : parent.path() + "/" + name;
    }

    @Override
    public String toString() {
        return owner.getSimpleName() + "." + path();
    }
}
