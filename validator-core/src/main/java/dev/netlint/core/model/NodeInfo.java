package dev.netlint.core.model;

import java.util.Set;

/** One entry of {@code deviceInfo.nodes}. */
public record NodeInfo(Location location, Located<String> id, Located<String> name,
        Set<String> unknown) {
    public static final Key<NodeInfo> ID = Key.of(NodeInfo.class, "id");
    public static final Key<NodeInfo> NAME = Key.of(NodeInfo.class, "name");

    public NodeInfo {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public NodeInfo(Location location, Located<String> id, Located<String> name) {
        this(location, id, name, Set.of());
    }

    /** Whether {@code key} was written with a value that could not be read: unknown, not absent. */
    public boolean unknown(Key<NodeInfo> key) {
        return unknown.contains(key.path());
    }

}
