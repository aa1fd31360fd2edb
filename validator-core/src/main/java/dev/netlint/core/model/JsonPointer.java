package dev.netlint.core.model;

/**
 * An RFC 6901 JSON pointer kept as a chain of reference tokens and written out only when asked for. A
 * device with 100,000 routes has more than 600,000 located values and a report names a handful of
 * them: writing every pointer as a string took 47 MB of the loaded device (measured by the
 * benchmark's {@code Anatomy}); the chain shares every parent.
 */
public final class JsonPointer {

    /** The whole document: the empty pointer. */
    public static final JsonPointer ROOT = new JsonPointer(null, null, -1);

    private final JsonPointer parent;
    /** The key, or {@code null} for an index. */
    private final String key;
    private final int index;
    /**
     * For the root of a document of a multi-document file: its index, written as the first token once
     * the file turns out to hold several ({@link #indexDocument}); -1 otherwise.
     */
    private volatile int document = -1;

    private JsonPointer(JsonPointer parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /**
     * A new root for a document whose file may turn out to hold several documents (Kubernetes
     * manifests): its pointers start with the document's index once {@link #indexDocument} is called,
     * even those made before, so that the first document can be read before the file's kind is known.
     */
    public static JsonPointer document() {
        return new JsonPointer(null, null, -1);
    }

    /** Makes this document root write {@code /index} first. Only for roots made by {@link #document}. */
    public void indexDocument(int index) {
        if (this == ROOT || parent != null) {
            throw new IllegalStateException("not a document root");
        }
        document = index;
    }

    /** The pointer to the value of {@code key} in the mapping this points at. */
    public JsonPointer child(String key) {
        return new JsonPointer(this, key, -1);
    }

    /** The pointer to the {@code index}-th element of the list this points at. */
    public JsonPointer child(int index) {
        return new JsonPointer(this, null, index);
    }

    /** The key this pointer ends with, or {@code null} at the root or after a list index. */
    public String lastKey() {
        return key;
    }

    /** The list index this pointer ends with, or -1 at the root or after a key. */
    int lastIndex() {
        return parent == null ? -1 : index;
    }

    /** The parent of this pointer, or this pointer when it is a root. */
    JsonPointer parentOrSelf() {
        return parent == null ? this : parent;
    }

    /**
     * This pointer with one more token, written out: {@code key}, or {@code index} when {@code key} is
     * {@code null} and {@code index} is not negative, or none.
     */
    String toString(String key, int index) {
        if (key == null && index < 0) {
            return toString();
        }
        StringBuilder text = new StringBuilder(48);
        append(text);
        appendToken(text, key, index);
        return text.toString();
    }

    /** The pointer as RFC 6901 writes it: {@code /kubernetes/routes/3/nextHop}, {@code ""} for the root. */
    @Override
    public String toString() {
        if (parent == null) {
            return document < 0 ? "" : "/" + document;
        }
        StringBuilder text = new StringBuilder(48);
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent == null) {
            if (document >= 0) {
                text.append('/').append(document);
            }
            return;
        }
        parent.append(text);
        appendToken(text, key, index);
    }

    private static void appendToken(StringBuilder text, String key, int index) {
        text.append('/');
        if (key == null) {
            text.append(index);
        } else if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            text.append(key);
        } else {
            text.append(key.replace("~", "~0").replace("/", "~1"));
        }
    }
}
