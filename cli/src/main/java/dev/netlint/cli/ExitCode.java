package dev.netlint.cli;

/**
 * The exit codes of every command, and how {@code --help} lists them: a type of their own, so that the
 * commands return them without depending on {@link Main}, which depends on the commands.
 */
final class ExitCode {

    /** Nothing at or above the fail-on level. */
    static final int OK = 0;
    /** Findings at or above the fail-on level. */
    static final int FINDINGS = 1;
    /** Usage error, unreadable path, invalid configuration. */
    static final int USAGE = 2;

    /** The exit codes, as {@code --help} lists them (picocli's {@code key:description}). */
    static final String HEADING = "%nExit codes:%n";
    static final String LIST_OK = "0:no finding at or above the fail-on level";
    static final String LIST_FINDINGS = "1:findings at or above the fail-on level";
    static final String LIST_USAGE = "2:usage error, unreadable path or invalid configuration";

    private ExitCode() {
    }
}
