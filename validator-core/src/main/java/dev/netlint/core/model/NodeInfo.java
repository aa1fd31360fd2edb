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

}
