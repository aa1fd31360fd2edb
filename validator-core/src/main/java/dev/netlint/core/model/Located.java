package dev.netlint.core.model;

import java.util.Objects;

/** A value read from a config file, with the place it was read from. */
public record Located<T>(T value, Location location) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }

    /** The value of a possibly absent field, or {@code null}. */
    public static <T> T valueOf(Located<T> located) {
        return located == null ? null : located.value();
    }
}
