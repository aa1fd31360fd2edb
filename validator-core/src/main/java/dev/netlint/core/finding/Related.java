package dev.netlint.core.finding;

import dev.netlint.core.model.Location;
import java.util.Objects;

/** A second place a finding involves, such as the earlier of two overlapping pools. */
public record Related(Location location, String message) {

    public Related {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
