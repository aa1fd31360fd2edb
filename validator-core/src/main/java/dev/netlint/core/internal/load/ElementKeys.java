package dev.netlint.core.internal.load;

import dev.netlint.core.internal.load.runbook.PowerShellScript;
import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.internal.load.source.JsonCursor;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.internal.load.source.SourceReader;
import dev.netlint.core.internal.load.source.YamlCursor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a value stands in a device file, named by what the elements on its way are rather than by their
 * places in their lists: {@code /kubernetes/routes/3/nextHop} is
 * {@code /kubernetes/routes/[destinationPrefix=10.1.0.0/16,nextHop=10.0.0.9,interfaceAlias=Port3]/nextHop}.
 * A baseline matches findings by this key and the value under it, so that inserting, removing or
 * reordering other elements of a list neither moves a finding onto another element nor off its own.
 *
 * <p>An element is named by the keys that identify it when it has them (a route's destination, next hop
 * and interface; a pool's or vSwitch's name; a service's namespace and name; a manifest's kind,
 * namespace and name; a runbook command's cmdlet and parameters), else by its whole content: a scalar by
 * its value, a mapping by all its values. The file is read again, whole, with the same readers and
 * limits as the loader; a file that cannot be read, or a pointer that leads nowhere in it, keeps its
 * pointer as it is (positions included), which can only make a baseline match less.
 */
public final class ElementKeys {

    /** The keys that name an element of a list, in the order they are written in a key. */
    private static final List<String> IDENTITY = List.of("kind", "namespace", "name", "id", "nodeName", "nodeId",
            "vSwitchName", "destinationPrefix", "nextHop", "interfaceAlias", "prefix", "network");

    /** The longest content written out in a key; a longer one is written as its SHA-256. */
    private static final int MAX_CONTENT_CHARS = 200;

    /** A value's key and the value itself as written ({@code null} for a mapping or a list). */
    public record Keyed(String path, String value) {
    }

    /** The documents of the file (one, except for manifests), or {@code null} when it could not be read. */
    private final List<Object> documents;
    private final boolean runbook;

    private ElementKeys(List<Object> documents, boolean runbook) {
        this.documents = documents;
        this.runbook = runbook;
    }

    /** The keys of a file as the loader read it. */
    public static ElementKeys of(SourceFile source, LoadLimits limits) {
        boolean runbook = source.path().toLowerCase(java.util.Locale.ROOT).endsWith(".ps1");
        try {
            String text = source.inMemoryText();
            if (runbook) {
                if (text == null) {
                    text = readText(source);
                }
                return new ElementKeys(commands(text), true);
            }
            boolean json = source.path().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
            if (text != null) {
                return new ElementKeys(documents(SourceReader.of(text, json ? 0 : limits.maxTokenChars()), json,
                        limits), false);
            }
            if (source.diskFile() == null) {
                return new ElementKeys(null, false);
            }
            try (InputStream in = Files.newInputStream(source.diskFile())) {
                return new ElementKeys(documents(SourceReader.of(in, json ? 0 : limits.maxTokenChars()), json,
                        limits), false);
            }
        } catch (IOException | RuntimeException e) {
            return new ElementKeys(null, runbook);
        }
    }

    /** The key of the value at {@code pointer} (RFC 6901), and the value when it is a scalar. */
    public Keyed key(String pointer) {
        if (pointer.isEmpty() || documents == null) {
            return new Keyed(pointer, null);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        StringBuilder path = new StringBuilder();
        Object at;
        int next;
        Object first = documents.isEmpty() ? null : documents.get(0);
        if (runbook || !(first instanceof Map<?, ?> map && map.containsKey(tokens.get(0)))
                && isIndex(tokens.get(0))) {
            // a runbook's command, or a manifest file's document: named by its content, not by its place
            int index = Integer.parseInt(tokens.get(0));
            if (index >= documents.size()) {
                return new Keyed(pointer, null);
            }
            at = documents.get(index);
            path.append('/').append(name(at));
            if (runbook) {
                // the rest names a parameter of the command, whose value is part of the command's name
                for (int i = 1; i < tokens.size(); i++) {
                    path.append('/').append(escape(tokens.get(i)));
                }
                return new Keyed(path.toString(), null);
            }
            next = 1;
        } else {
            at = first;
            next = 0;
        }
        for (int i = next; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (at instanceof Map<?, ?> map && map.containsKey(token)) {
                at = map.get(token);
                path.append('/').append(escape(token));
            } else if (at instanceof List<?> list && isIndex(token) && Integer.parseInt(token) < list.size()) {
                at = list.get(Integer.parseInt(token));
                path.append('/').append(name(at));
            } else {
                return new Keyed(pointer, null);
            }
        }
        return new Keyed(path.toString(), at instanceof String scalar ? scalar : null);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(c -> c >= '0' && c <= '9')
                && (token.length() == 1 || token.charAt(0) != '0');
    }

    /** An element of a list as a key token: {@code [k=v,...]} of its identifying keys, or of its content. */
    private static String name(Object element) {
        if (element instanceof Map<?, ?> map) {
            StringBuilder named = new StringBuilder("[");
            for (String key : IDENTITY) {
                Object value = map.get(key);
                if (value instanceof String text) {
                    appendPair(named, key, text);
                }
            }
            if (map.get("metadata") instanceof Map<?, ?> metadata) {
                for (String key : List.of("namespace", "name")) {
                    if (metadata.get(key) instanceof String text) {
                        appendPair(named, "metadata." + key, text);
                    }
                }
            }
            if (named.length() > 1) {
                return named.append(']').toString();
            }
        }
        return "[=" + escape(content(element)) + "]";
    }

    private static void appendPair(StringBuilder named, String key, String value) {
        if (named.length() > 1) {
            named.append(',');
        }
        named.append(key).append('=').append(escape(value));
    }

    /** An element's whole content, keys sorted; a long one as its digest. */
    private static String content(Object element) {
        StringBuilder text = new StringBuilder();
        write(element, text);
        if (text.length() <= MAX_CONTENT_CHARS) {
            return text.toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void write(Object value, StringBuilder text) {
        if (value instanceof Map<?, ?> map) {
            text.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                text.append(first ? "" : ",").append(entry.getKey()).append(':');
                write(entry.getValue(), text);
                first = false;
            }
            text.append('}');
        } else if (value instanceof List<?> list) {
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ",");
                write(list.get(i), text);
            }
            text.append(']');
        } else {
            text.append(value);
        }
    }

    /** A value written into a key: the characters that structure a key are escaped with a backslash. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == ',' || c == '[' || c == ']' || c == '/' || c == '=') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    // ------------------------------------------------------------------ reading

    private static List<Object> documents(SourceReader text, boolean json, LoadLimits limits) {
        List<Object> documents = new ArrayList<>();
        YamlCursor yaml = null;
        try {
            Cursor cursor;
            boolean empty;
            if (json) {
                JsonCursor c = new JsonCursor(text, limits);
                cursor = c;
                empty = c.empty();
            } else {
                yaml = new YamlCursor(text, limits);
                cursor = yaml;
                empty = yaml.empty();
            }
            if (empty) {
                return documents;
            }
            do {
                documents.add(tree(cursor));
            } while (json ? ((JsonCursor) cursor).nextDocument() : yaml.nextDocument());
        } catch (Cursor.Stop e) {
            // the documents read before the error are those the loader read
        } finally {
            if (yaml != null) {
                yaml.close();
            }
        }
        return documents;
    }

    /** The node the cursor stands on, read whole: a map, a list or the scalar's text. */
    private static Object tree(Cursor c) {
        switch (c.kind()) {
            case MAPPING -> {
                c.advance();
                Map<String, Object> map = new LinkedHashMap<>();
                while (c.kind() != Cursor.Kind.MAPPING_END) {
                    String key = c.kind() == Cursor.Kind.SCALAR ? c.text() : null;
                    if (key == null) {
                        c.skipNode();
                        c.skipNode();
                        continue;
                    }
                    c.advance();
                    map.put(key, tree(c));
                }
                c.advance();
                return map;
            }
            case SEQUENCE -> {
                c.advance();
                List<Object> list = new ArrayList<>();
                while (c.kind() != Cursor.Kind.SEQUENCE_END) {
                    list.add(tree(c));
                }
                c.advance();
                return list;
            }
            case SCALAR -> {
                String text = c.text();
                c.advance();
                return text;
            }
            default -> throw new Cursor.Stop("unexpected end of the document", c.line(), c.column());
        }
    }

    /** A runbook's commands, each as a map of its cmdlet and of its arguments in order. */
    private static List<Object> commands(String text) {
        List<Object> commands = new ArrayList<>();
        for (PowerShellScript.Command command : PowerShellScript.commands(text)) {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("cmdlet", command.name().text());
            List<Object> arguments = new ArrayList<>();
            for (PowerShellScript.Token token : command.arguments()) {
                arguments.add(token.text());
            }
            named.put("arguments", arguments);
            commands.add(named);
        }
        return commands;
    }

    private static String readText(SourceFile source) throws IOException {
        if (source.diskFile() == null) {
            throw new IOException("no text");
        }
        try (InputStream in = Files.newInputStream(source.diskFile())) {
            SourceReader reader = SourceReader.of(in, 0);
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                read.append(buffer, 0, n);
            }
            return read.toString();
        }
    }
}
