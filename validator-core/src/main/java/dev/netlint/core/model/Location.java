package dev.netlint.core.model;

/**
 * Where a value stands in a source file: 1-based line and column of the value, and its RFC 6901
 * JSON pointer into that file's document.
 */
public record Location(String file, int line, int column, String pointer) implements Comparable<Location> {

    /** A location for a whole file, used when nothing inside it can be named. */
    public static Location ofFile(String file) {
        return new Location(file, 1, 1, "");
    }

    /** Appends one reference token to a JSON pointer, escaped as RFC 6901 says. */
    public static String pointer(String parent, String token) {
        String escaped = token.indexOf('~') < 0 && token.indexOf('/') < 0
                ? token
                : token.replace("~", "~0").replace("/", "~1");
        return parent + "/" + escaped;
    }

    public static String pointer(String parent, int index) {
        return parent + "/" + index;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        if (c != 0) {
            return c;
        }
        return Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
