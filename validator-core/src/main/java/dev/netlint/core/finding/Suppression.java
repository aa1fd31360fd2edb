package dev.netlint.core.finding;

/**
 * Why a finding is suppressed.
 *
 * @param kind {@code inline} (a comment in the file), {@code config} (the config file) or {@code baseline}
 * @param justification the reason given, or {@code ""} when none was
 */
public record Suppression(String kind, String justification) {
}
