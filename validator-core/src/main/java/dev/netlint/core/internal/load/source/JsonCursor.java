package dev.netlint.core.internal.load.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.Locale;

/**
 * jackson-core's streaming tokens as a {@link Cursor}: strict JSON (RFC 8259), so that a comment, a
 * trailing comma, a single quote or a second root value is a syntax error, as JSON says. A field name
 * is a scalar event followed by its value, as in YAML. Lines come from jackson; columns are converted
 * from UTF-16 units to code points where the text has supplementary characters.
 */
public final class JsonCursor extends Cursor {

    /** The factory of the default limits, shared: it keeps the symbol table of field names across files. */
    private static final JsonFactory DEFAULT_FACTORY = factory(LoadLimits.DEFAULT);

    private final JsonParser parser;
    /** The same parser, for the position of a value without a {@code JsonLocation} made for each. */
    private final ParserBase positions;
    private final SourceLines lines;
    private final ShortTexts texts;
    private final LoadLimits limits;
    private Kind kind;
    private String text;
    private boolean plain;
    private int line;
    private int column;
    /** A field name was read and its value is the next event. */
    private boolean valuePending;
    private int depth;
    private boolean empty;

    public JsonCursor(SourceReader reader, LoadLimits limits) {
        this.lines = reader.lines();
        this.limits = limits;
        this.texts = new ShortTexts(limits.maxTokenChars());
        try {
            JsonFactory factory = limits.equals(LoadLimits.DEFAULT) ? DEFAULT_FACTORY : factory(limits);
            this.parser = factory.createParser(reader);
            this.positions = (ParserBase) parser;
        } catch (IOException e) {
            throw new Stop("cannot read the file: " + Messages.oneLine(e.getMessage()), 1, 1);
        }
        guard(() -> {
            if (parser.nextToken() == null) {
                empty = true;
                kind = Kind.END;
            } else {
                take();
            }
        });
    }

    /** A strict parser factory whose own limits stand just beyond netlint's, so that netlint's message is the one given. */
    private static JsonFactory factory(LoadLimits limits) {
        return JsonFactory.builder()
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(limits.maxTokenChars())
                        .maxNameLength(limits.maxTokenChars())
                        .build())
                .build();
    }

    /** Whether the text holds no value at all (only white space, or nothing). */
    public boolean empty() {
        return empty;
    }

    /**
     * After the root value: whether another value follows, which strict JSON does not allow. The cursor
     * then stands on it, for its position.
     */
    public boolean nextDocument() {
        boolean[] more = {false};
        guard(() -> {
            if (parser.nextToken() != null) {
                take();
                more[0] = true;
            }
        });
        return more[0];
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean plain() {
        return plain;
    }

    @Override
    public String tag() {
        return null;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    @Override
    public int[] origin() {
        return null;
    }

    @Override
    public void advance() {
        try {
            step();
        } catch (IOException e) {
            // the same translation as guard(), without a lambda allocated for each token
            guard(() -> {
                throw e;
            });
        }
    }

    private void step() throws IOException {
        if (valuePending) {
            valuePending = false;
            take();
            return;
        }
        if (kind == Kind.MAPPING || kind == Kind.SEQUENCE) {
            if (++depth > limits.maxDepth()) {
                throw new Stop("values nest deeper than " + limits.maxDepth() + " levels", line, column);
            }
        } else if (kind == Kind.MAPPING_END || kind == Kind.SEQUENCE_END) {
            depth--;
        }
        if (depth == 0 && kind != Kind.MAPPING && kind != Kind.SEQUENCE) {
            kind = Kind.END;
            return;
        }
        if (parser.nextToken() == null) {
            kind = Kind.END;
            return;
        }
        take();
    }

    /** Reads the parser's current token into the cursor; a field name makes two events. */
    private void take() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.FIELD_NAME) {
            // a name's position is kept apart, and only the parser's JsonLocation gives it
            JsonLocation at = parser.currentTokenLocation();
            locate(at.getLineNr(), at.getColumnNr(), at.getCharOffset());
        } else {
            // the fields behind currentTokenLocation() without making one: its column is getTokenColumnNr() - 1
            // and its offset getTokenCharacterOffset() - 1 (jackson's ReaderBasedJsonParser)
            int columnNr = positions.getTokenColumnNr();
            locate(positions.getTokenLineNr(), columnNr < 0 ? columnNr : columnNr - 1,
                    positions.getTokenCharacterOffset() - 1);
        }
        text = "";
        plain = false;
        switch (token) {
            case START_OBJECT -> kind = Kind.MAPPING;
            case END_OBJECT -> kind = Kind.MAPPING_END;
            case START_ARRAY -> kind = Kind.SEQUENCE;
            case END_ARRAY -> kind = Kind.SEQUENCE_END;
            case FIELD_NAME -> {
                kind = Kind.SCALAR;
                text = parser.currentName();
                // the value follows the name: the parser moves to it when the cursor leaves the name
                parser.nextToken();
                valuePending = true;
            }
            case VALUE_STRING -> {
                kind = Kind.SCALAR;
                text = texts.of(parser);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                kind = Kind.SCALAR;
                text = texts.of(parser);
                plain = true;
            }
            default -> throw new Stop("unexpected " + token, line, column);
        }
    }

    /** The position of a token, in code points, from the parser's line, column and offset in UTF-16 units. */
    private void locate(int lineNr, int columnNr, long charOffset) {
        line = Math.max(1, lineNr);
        int units = Math.max(1, columnNr);
        if (lines.hasSupplementary() && charOffset >= 0) {
            int own = lines.lineOfChar(charOffset);
            column = lines.columnOfChar(charOffset, own);
            line = own;
        } else {
            column = units;
        }
    }

    private void guard(IoStep step) {
        try {
            step.run();
        } catch (StreamConstraintsException e) {
            // the limit is found while the value is decoded: name the place where the value starts
            throw stopAt(parser.currentTokenLocation(), limitMessage(e.getMessage()));
        } catch (JsonProcessingException e) {
            throw stopAt(e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                    syntaxMessage(e.getOriginalMessage()));
        } catch (SourceReader.Refused e) {
            throw new Stop(e.getMessage(), e.line(), e.column());
        } catch (IOException e) {
            throw new Stop("cannot read the file: " + Messages.oneLine(e.getMessage()), 1, 1);
        }
    }

    private Stop stopAt(JsonLocation at, String message) {
        if (at == null) {
            return new Stop(message, line == 0 ? 1 : line, column == 0 ? 1 : column);
        }
        int l = Math.max(1, at.getLineNr());
        int c = Math.max(1, at.getColumnNr());
        if (lines.hasSupplementary() && at.getCharOffset() >= 0) {
            l = lines.lineOfChar(at.getCharOffset());
            c = lines.columnOfChar(at.getCharOffset(), l);
        }
        return new Stop(message, l, c);
    }

    /** jackson's message without its source excerpt, in the file's terms. */
    static String syntaxMessage(String original) {
        String message = Messages.oneLine(original);
        int cut = message.indexOf(" at [Source");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        if (message.startsWith("Unexpected character ('/'") || message.startsWith("Unexpected character ('*'")) {
            return "a comment: JSON has no comments (put notes in a YAML file, or in the configuration's"
                    + " suppressions)";
        }
        if (message.startsWith("Unexpected character ('}'") && message.contains("double-quote to start field name")) {
            return "a trailing comma before '}': JSON does not allow one";
        }
        if (message.startsWith("Unexpected character (']'") && message.contains("expected a valid value")) {
            return "a trailing comma before ']': JSON does not allow one";
        }
        if (message.startsWith("Unexpected character (''' (code 39))")) {
            return "a single quote: JSON strings and keys take double quotes";
        }
        if (message.contains("double-quote to start field name")) {
            return "a key without double quotes: JSON keys are written \"key\"";
        }
        if (message.contains("was expecting comma to separate Object entries")) {
            return "a ',' is missing between two entries of an object";
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return "a ',' is missing between two values of a list";
        }
        if (message.contains("was expecting a colon to separate field name and value")) {
            return "a ':' is missing between a key and its value";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return message.contains("Array") ? "the file ends inside a list: a ']' is missing"
                    : message.contains("Object") ? "the file ends inside an object: a '}' is missing"
                    : "the file ends inside a value";
        }
        if (message.startsWith("Unrecognized token '")) {
            int end = message.indexOf("':", 20);
            String token = end > 20 ? message.substring(20, end) : "";
            return "'" + Messages.abbreviate(token) + "' is not a JSON value: text takes double quotes, and true,"
                    + " false and null are written in lower case";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character inside a string: JSON requires it escaped (\\t, \\n, \\uXXXX)";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "a closing bracket that matches no opening one";
        }
        return "JSON syntax: " + message;
    }

    private String limitMessage(String original) {
        String message = Messages.oneLine(original);
        if (message.contains("String value length") || message.contains("Name length")) {
            return String.format(Locale.ROOT, "a text of more than %,d characters starts here; netlint reads at"
                    + " most %,d characters in one value or key", limits.maxTokenChars(), limits.maxTokenChars());
        }
        if (message.contains("Number value length")) {
            return "a number of more than 1,000 digits starts here; no setting takes one";
        }
        if (message.contains("nesting depth")) {
            return "values nest deeper than " + limits.maxDepth() + " levels";
        }
        return "JSON limit: " + message;
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }
}
