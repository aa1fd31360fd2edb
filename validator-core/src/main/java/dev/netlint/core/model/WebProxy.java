package dev.netlint.core.model;

/** {@code device.webProxy}. */
public record WebProxy(Location location, Located<Boolean> isEnabled, Located<String> connectionUri) {

    public boolean enabled() {
        return isEnabled != null && isEnabled.value();
    }
}
