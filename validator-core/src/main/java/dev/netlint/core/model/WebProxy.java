package dev.netlint.core.model;

import java.util.Set;

/** {@code device.webProxy}. */
public record WebProxy(Location location, Located<Boolean> isEnabled, Located<String> connectionUri,
        Set<String> unknown) {
    public WebProxy {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public WebProxy(Location location, Located<Boolean> isEnabled, Located<String> connectionUri) {
        this(location, isEnabled, connectionUri, Set.of());
    }

    public boolean enabled() {
        return isEnabled != null && isEnabled.value();
    }
}
