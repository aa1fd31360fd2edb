package dev.netlint.core.model;

/** One entry of {@code deviceInfo.nodes}. */
public record NodeInfo(Location location, Located<String> id, Located<String> name) {
}
