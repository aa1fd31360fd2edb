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

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(String key) {
        return unknown.contains(key);
    }

    public boolean enabled() {
        return isEnabled != null && isEnabled.value();
    }
}
