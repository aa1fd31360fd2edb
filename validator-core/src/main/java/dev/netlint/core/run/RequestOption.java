package dev.netlint.core.run;

/**
 * The settings of a {@link CheckRequest} that a user writes, so that a problem with one is named the
 * way the front end spells it ({@code --fail-on} on the command line, {@code failOn} in a POM); see
 * {@link Vocabulary}.
 */
public enum RequestOption {
    PATHS, SOURCE_DIRECTORIES, CONFIG_FILE, PROFILE, FAIL_ON, RULES, FORMATS, OUTPUTS, BASELINE, WRITE_BASELINE,
    MAX_FILE_SIZE, MAX_ALLOWED_VIOLATIONS
}
