package dev.netlint.core.run;

/**
 * A check that cannot run: a setting that does not parse, a configuration file or baseline that
 * cannot be used, a path that is not a device, a report that cannot be written. The message is one
 * line in the user's words, without the tool's name; the command line exits with 2 on it, the Maven
 * plugin stops the build with a {@code MojoExecutionException}.
 */
public final class CheckException extends Exception {

    private static final long serialVersionUID = 1L;

    public CheckException(String message) {
        super(message);
    }

    CheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
