package dev.netlint.core.model;

import java.util.Set;

/** One entry of {@code deviceInfo.nodes}. */
public record NodeInfo(Location location, Located<String> id, Located<String> name,
        Set<String> unknown) {
    public NodeInfo {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public NodeInfo(Location location, Located<String> id, Located<String> name) {
        this(location, id, name, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(String key) {
        return unknown.contains(key);
    }
}
