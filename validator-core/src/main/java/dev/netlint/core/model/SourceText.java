package dev.netlint.core.model;

/**
 * The lines of a checked file, as the reports quote them under a finding. How the lines are kept (in
 * memory, or read back from the file on disk) is the reader's business; what a report may quote of a
 * file (the lines around a finding, its own line only, or nothing) is decided when the file is read.
 */
public interface SourceText {

    /** The file's path as the findings name it. */
    String path();

    /**
     * Line {@code line} (1-based) without its line end, or {@code ""} past the end (or when the file is
     * gone, or is not quoted).
     */
    String line(int line);

    /** The number of lines; a text that ends with a line break does not count the empty line after it. */
    int lineCount();

    /** Whether the last line ends with a line break. */
    boolean endsWithLineBreak();

    /** Whether a report may quote the lines around a finding's line, not only that line. */
    boolean quotesContext();

    /** Whether a report may quote a line of this file at all. */
    boolean quoted();
}
