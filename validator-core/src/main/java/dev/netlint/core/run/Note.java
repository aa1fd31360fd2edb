package dev.netlint.core.run;

import dev.netlint.core.finding.Severity;
import java.util.Objects;

/**
 * A line a front end shows beside the report: the configuration used, a source directory skipped,
 * stale baseline entries, the files written. The front end adds its own prefix ({@code netlint: }) and
 * shows it at its level (the Maven log's {@code [INFO]}, {@code [ERROR]}).
 *
 * @param stage {@link Stage#SETUP} for what the check found before reading any device (shown before
 *     the findings), {@link Stage#RESULT} for what followed from them (shown after)
 */
public record Note(Severity level, Stage stage, String text) {

    /** When a note arises: before the findings, or after them. */
    public enum Stage { SETUP, RESULT }

    public Note {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(text, "text");
    }
}
