package dev.netlint.core.internal.config;

import java.nio.file.Path;

/**
 * A configuration file (or baseline) that cannot be used: a usage error, with the file and line so
 * that the message reads {@code FILE:LINE: problem}.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public ConfigException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based, or 0 when the problem is not on a line (the file cannot be read). */
    public int line() {
        return line;
    }

    /** The message without the file and line. */
    public String problem() {
        return problem;
    }
}
