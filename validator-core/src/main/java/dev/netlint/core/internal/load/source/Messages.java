package dev.netlint.core.internal.load.source;

/** How the loader writes user text into its messages: on one line, and not too long. */
public final class Messages {

    private Messages() {
    }

    /** The text on one line, cut to 60 characters. */
    public static String abbreviate(String text) {
        String flat = oneLine(text);
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    /** The text in single quotes, abbreviated. */
    public static String quote(String text) {
        return "'" + abbreviate(text) + "'";
    }

    /** The text on one line with runs of white space as one space; only used on the error path. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String head = text.length() > 10_000 ? text.substring(0, 10_000) : text;
        return head.replaceAll("\\s+", " ").trim();
    }
}
