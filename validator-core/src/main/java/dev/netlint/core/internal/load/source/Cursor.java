package dev.netlint.core.internal.load.source;

/**
 * The parse events of one document, YAML or JSON, seen one at a time: what the schema reader walks,
 * so that the model is built by one piece of code whatever the syntax. The cursor stands on an event;
 * {@link #advance} moves it to the next one. Positions are 1-based and count code points, as editors
 * and SARIF do.
 *
 * <p>A syntax error or a passed limit ends the document: the methods then throw {@link Stop}.
 */
public abstract class Cursor {

    /** What the current event is. */
    public enum Kind {
        MAPPING, MAPPING_END, SEQUENCE, SEQUENCE_END, SCALAR,
        /** The root value was read whole; nothing else of this document follows. */
        END
    }

    /** The document cannot be read further: a syntax error or a limit, at a place in the file. */
    public static final class Stop extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient int line;
        private final transient int column;

        public Stop(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    public abstract Kind kind();

    /** The value of a scalar (a key included), as written, without quotes. */
    public abstract String text();

    /** Whether a scalar is unquoted: a YAML plain scalar, or a JSON number, {@code true}, {@code false} or {@code null}. */
    public abstract boolean plain();

    /** The explicit tag of the current node, or {@code null}; JSON has none. */
    public abstract String tag();

    public abstract int line();

    public abstract int column();

    /**
     * Where the value was written when the current event was reached through a YAML alias (the anchored
     * node's line and column, as {@code {line, column}}); {@code null} otherwise. The event's own position
     * is then the alias's.
     */
    public abstract int[] origin();

    /** Moves to the next event. */
    public abstract void advance();

    /** Whether a null stands here: YAML's {@code ~}, {@code null}, an empty plain value; JSON's {@code null}. */
    public final boolean isNull() {
        if (kind() != Kind.SCALAR || !plain() || tag() != null) {
            return false;
        }
        String v = text();
        return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null");
    }

    /** A value that counts as not given: null, or an empty string, as PowerShell exports write them. */
    public final boolean isAbsent() {
        return isNull() || kind() == Kind.SCALAR && tag() == null && text().isBlank();
    }

    /** Consumes the current node whole, whatever it is. */
    public final void skipNode() {
        Kind start = kind();
        advance();
        if (start != Kind.MAPPING && start != Kind.SEQUENCE) {
            return;
        }
        int open = 1;
        while (open > 0) {
            Kind k = kind();
            if (k == Kind.MAPPING || k == Kind.SEQUENCE) {
                open++;
            } else if (k == Kind.MAPPING_END || k == Kind.SEQUENCE_END) {
                open--;
            }
            advance();
        }
    }
}
