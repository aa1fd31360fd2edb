package dev.netlint.core.internal.load.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commands of a PowerShell script, as far as a runbook of cmdlet calls needs them: each statement's
 * command name and its arguments, with their places, and the braces of the blocks around them. It knows
 * the command syntax (quoting, backtick escapes and line continuations, comments, statement separators,
 * pipelines, {@code -Name:value}), the literal data a script writes ({@code @{ Key = 'value' }},
 * {@code @('a', 'b')}, {@code 'a', 'b'}), the parenthesised head of {@code foreach}, {@code if} and
 * {@code elseif}, and the {@code <...>} placeholders of a syntax template; nothing of the language beyond
 * it: a variable, a subexpression or a script block is an argument whose value is not literal, left to
 * the reader to resolve. Never throws: an unterminated string or comment ends at the end of the text.
 */
public final class PowerShellScript {

    /** What a token is. */
    enum Kind {
        /** A word or a string: a parameter name or a value. */
        VALUE,
        /** The comma between the elements of a list. */
        COMMA,
        /** {@code <Port number>}: a placeholder of a syntax template, not a value. */
        PLACEHOLDER,
        /** {@code @( ... )}: its elements. */
        ARRAY,
        /** {@code @{ ... }}: its entries. */
        HASHTABLE,
        /** The parenthesised head of {@code foreach}, {@code if} or {@code elseif}: its tokens. */
        CONDITION
    }

    /** One entry of a hashtable literal: the key as written and its value. */
    record Entry(Token key, Token value) {
    }

    /**
     * One argument of a command: a parameter name ({@code -NextHop}) or a value; {@code bound} when the
     * value was written with its parameter as {@code -Name:value}. {@code template} is the text of a
     * double-quoted string that expands variables, with each escaped {@code $} as U+E000 ({@code null}
     * for every other token).
     */
    public record Token(String text, int line, int column, boolean parameter, boolean literal, boolean bound, Kind kind,
                 List<Token> elements, List<Entry> entries, String template) {

        Token(String text, int line, int column, boolean parameter, boolean literal, boolean bound) {
            this(text, line, column, parameter, literal, bound, Kind.VALUE, List.of(), List.of(), null);
        }

        Token(String text, int line, int column, boolean parameter, boolean literal) {
            this(text, line, column, parameter, literal, false);
        }

        Token withBound() {
            return new Token(text, line, column, parameter, literal, true, kind, elements, entries, template);
        }

        /** A variable written alone: {@code $name} or {@code ${name}}, its name; {@code null} otherwise. */
        String variable() {
            if (kind != Kind.VALUE || literal || parameter || text.length() < 2 || text.charAt(0) != '$') {
                return null;
            }
            String name = text.startsWith("${") && text.endsWith("}") ? text.substring(2, text.length() - 1)
                    : text.substring(1);
            int colon = name.indexOf(':');
            if (colon > 0 && name.substring(0, colon).equalsIgnoreCase("script")) {
                name = name.substring(colon + 1);
            }
            for (int k = 0; k < name.length(); k++) {
                char c = name.charAt(k);
                if (!Character.isLetterOrDigit(c) && c != '_') {
                    return null;
                }
            }
            return name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
        }
    }

    /** What a statement is: a command, or the brace that opens or closes a block. */
    enum Shape { COMMAND, OPEN, CLOSE }

    /** A command: its name and arguments, in order; a brace has its place as name and no argument. */
    public record Command(Token name, List<Token> arguments, Shape shape) {

        Command(Token name, List<Token> arguments) {
            this(name, arguments, Shape.COMMAND);
        }
    }

    /** The keywords whose parenthesised head is read as tokens. */
    private static final Set<String> HEADS = Set.of("foreach", "if", "elseif");

    private final String text;
    private final int end;
    private final List<Command> commands = new ArrayList<>();
    private int i;
    private int line;
    private int lineStart;
    private boolean pendingBound;
    private List<Token> statement = new ArrayList<>();

    private PowerShellScript(String text, int from, int to, int line, int lineStart) {
        this.text = text;
        this.i = from;
        this.end = to;
        this.line = line;
        this.lineStart = lineStart;
    }

    /** The commands of the script, in order, with the braces of its blocks. */
    public static List<Command> commands(String text) {
        PowerShellScript script = new PowerShellScript(text, 0, text.length(), 1, 0);
        script.scan();
        return script.commands;
    }

    private void scan() {
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\u00A0') {
                i++;
            } else if (c == '`' && i + 1 < end && isLineBreak(text.charAt(i + 1))) {
                i++;
                newLine();
            } else if (isLineBreak(c)) {
                newLine();
                endStatement();
            } else if (c == ';') {
                i++;
                endStatement();
            } else if (c == '{' || c == '}') {
                Token brace = new Token(String.valueOf(c), line, column(i), false, false);
                i++;
                endStatement();
                commands.add(new Command(brace, List.of(), c == '{' ? Shape.OPEN : Shape.CLOSE));
            } else if (c == '|' || c == '&' && peekIs('&')) {
                // a pipeline or a chain: the next command starts a statement of its own
                i += peekIs(c) ? 2 : 1;
                endStatement();
            } else if ((c == '&' || c == '.') && statement.isEmpty() && i + 1 < end
                    && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                // the call or dot-source operator before a command name
                i++;
            } else if (c == '#') {
                skipToLineEnd();
            } else if (c == '<' && peekIs('#')) {
                skipBlockComment();
            } else if (c == '<') {
                placeholder();
            } else if (c == ',') {
                add(new Token(",", line, column(i), false, false, false, Kind.COMMA, List.of(), List.of(), null));
                i++;
            } else if (c == '=' && statement.size() == 1 && statement.get(0).text().startsWith("$")) {
                add(new Token("=", line, column(i), false, false));
                i++;
            } else if (c == '\'' || c == '\u2018' || c == '\u2019') {
                singleQuoted();
            } else if (c == '"' || c == '\u201C' || c == '\u201D') {
                doubleQuoted();
            } else if (c == '@' && (peekIs('\'') || peekIs('"')) && followedByLineBreak(i + 2)) {
                hereString();
            } else if (c == '@' && peekIs('{')) {
                hashtable();
            } else if (c == '@' && peekIs('(')) {
                inner(Kind.ARRAY, i + 1);
            } else if (c == '(' && statement.size() == 1 && statement.get(0).kind() == Kind.VALUE
                    && !statement.get(0).parameter() && HEADS.contains(statement.get(0).text().toLowerCase(Locale.ROOT))) {
                inner(Kind.CONDITION, i);
            } else if (c == '(' || c == '[') {
                group();
            } else {
                bareWord();
            }
        }
        endStatement();
    }

    private boolean peekIs(char expected) {
        return i + 1 < end && text.charAt(i + 1) == expected;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private boolean followedByLineBreak(int at) {
        int j = at;
        while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= end || isLineBreak(text.charAt(j));
    }

    /** Consumes one line break (CRLF as one) and counts the line. */
    private void newLine() {
        if (text.charAt(i) == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
            i++;
        }
        i++;
        line++;
        lineStart = i;
    }

    private int column(int at) {
        return text.codePointCount(lineStart, Math.max(lineStart, at)) + 1;
    }

    /** Adds a token to the statement; a value right after {@code -Name:} is bound to it. */
    private void add(Token token) {
        if (pendingBound && !token.parameter()) {
            token = token.withBound();
        }
        pendingBound = false;
        statement.add(token);
    }

    private void endStatement() {
        pendingBound = false;
        if (!statement.isEmpty()) {
            Token name = statement.get(0);
            commands.add(new Command(name, List.copyOf(statement.subList(1, statement.size()))));
            statement = new ArrayList<>();
        }
    }

    private void skipToLineEnd() {
        while (i < end && !isLineBreak(text.charAt(i))) {
            i++;
        }
    }

    private void skipBlockComment() {
        i += 2;
        while (i < end && !(text.charAt(i) == '#' && peekIs('>'))) {
            if (isLineBreak(text.charAt(i))) {
                newLine();
            } else {
                i++;
            }
        }
        i = Math.min(end, i + 2);
    }

    /** {@code <Port number>}: up to the {@code >} on the same line; a lone {@code <} is a word. */
    private void placeholder() {
        int close = i + 1;
        while (close < end && text.charAt(close) != '>' && !isLineBreak(text.charAt(close))) {
            close++;
        }
        if (close >= end || text.charAt(close) != '>') {
            bareWord();
            return;
        }
        add(new Token(text.substring(i, close + 1), line, column(i), false, false, false, Kind.PLACEHOLDER,
                List.of(), List.of(), null));
        i = close + 1;
    }

    /** {@code 'text'}: no escapes but a doubled quote; always literal. */
    private void singleQuoted() {
        int startLine = line;
        int startColumn = column(i);
        i++;
        StringBuilder value = new StringBuilder();
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2018' || c == '\u2019') {
                if (i + 1 < end && (text.charAt(i + 1) == '\'')) {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (isLineBreak(c)) {
                value.append('\n');
                newLine();
                continue;
            }
            value.append(c);
            i++;
        }
        add(new Token(value.toString(), startLine, startColumn, false, true));
    }

    /**
     * {@code "text"}: backtick escapes; a {@code $} that is not escaped makes the value not literal, and
     * the token keeps the text to expand.
     */
    private void doubleQuoted() {
        int startLine = line;
        int startColumn = column(i);
        i++;
        StringBuilder value = new StringBuilder();
        StringBuilder template = new StringBuilder();
        boolean literal = true;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '`' && i + 1 < end) {
                char escaped = text.charAt(i + 1);
                char meant = switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> escaped;
                };
                value.append(meant);
                template.append(meant == '$' ? '\uE000' : meant);
                i += 2;
                continue;
            }
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                if (i + 1 < end && text.charAt(i + 1) == '"') {
                    value.append('"');
                    template.append('"');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (c == '$' && i + 1 < end && (Character.isLetterOrDigit(text.charAt(i + 1))
                    || text.charAt(i + 1) == '(' || text.charAt(i + 1) == '{' || text.charAt(i + 1) == '_')) {
                literal = false;
            }
            if (isLineBreak(c)) {
                value.append('\n');
                template.append('\n');
                newLine();
                continue;
            }
            value.append(c);
            template.append(c);
            i++;
        }
        add(new Token(value.toString(), startLine, startColumn, false, literal, false, Kind.VALUE, List.of(),
                List.of(), literal ? null : template.toString()));
    }

    /** {@code @'...'@} or {@code @"..."@}: the lines up to the closing quote at the start of a line. */
    private void hereString() {
        char quote = text.charAt(i + 1);
        int startLine = line;
        int startColumn = column(i);
        i += 2;
        skipToLineEnd();
        if (i < end) {
            newLine();
        }
        StringBuilder value = new StringBuilder();
        while (i < end && !(text.charAt(i) == quote && peekIs('@'))) {
            if (isLineBreak(text.charAt(i))) {
                value.append('\n');
                newLine();
            } else {
                value.append(text.charAt(i++));
            }
        }
        i = Math.min(end, i + 2);
        String content = value.length() > 0 && value.charAt(value.length() - 1) == '\n'
                ? value.substring(0, value.length() - 1) : value.toString();
        add(new Token(content, startLine, startColumn, false, quote == '\'' || content.indexOf('$') < 0));
    }

    /** Where the group opening at {@code open} closes: the index just past its closing bracket. */
    private int groupEnd(int open) {
        int j = open;
        int depth = 0;
        while (j < end) {
            char c = text.charAt(j);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            } else if (c == '\'' || c == '"') {
                j++;
                while (j < end && text.charAt(j) != c) {
                    j++;
                }
            }
            j++;
        }
        return end;
    }

    /** Moves to {@code to}, counting the lines passed over. */
    private void advanceTo(int to) {
        while (i < to) {
            if (isLineBreak(text.charAt(i))) {
                newLine();
            } else {
                i++;
            }
        }
    }

    /** A parenthesised or bracketed group: skipped whole (with what it nests), a value that is not literal. */
    private void group() {
        int startLine = line;
        int startColumn = column(i);
        int start = i;
        advanceTo(groupEnd(i));
        String written = text.substring(start, i);
        boolean typeLiteral = written.startsWith("[") && !written.contains("(");
        if (!typeLiteral) {
            add(new Token(written, startLine, startColumn, false, false));
        }
    }

    /**
     * {@code @( ... )} (an array, {@code open} at its parenthesis) or the head of a keyword: the tokens
     * inside, read as a script of their own, kept as the elements of one token.
     */
    private void inner(Kind kind, int open) {
        int startLine = line;
        int startColumn = column(i);
        int start = i;
        int close = groupEnd(open);
        int innerEnd = close > open + 1 && text.charAt(close - 1) == ')' ? close - 1 : close;
        advanceTo(open + 1);
        PowerShellScript nested = new PowerShellScript(text, i, innerEnd, line, lineStart);
        nested.scan();
        List<Token> elements = new ArrayList<>();
        boolean literal = true;
        for (Command command : nested.commands) {
            if (command.shape() != Shape.COMMAND) {
                literal = false;
                continue;
            }
            if (kind == Kind.ARRAY && !elements.isEmpty()
                    && elements.get(elements.size() - 1).kind() != Kind.COMMA) {
                // a line break separates the elements of an array subexpression as a comma does
                elements.add(new Token(",", command.name().line(), command.name().column(), false, false, false,
                        Kind.COMMA, List.of(), List.of(), null));
            }
            elements.add(command.name());
            elements.addAll(command.arguments());
        }
        for (Token element : elements) {
            if (element.kind() != Kind.COMMA && !element.literal()) {
                literal = false;
            }
        }
        advanceTo(close);
        add(new Token(text.substring(start, Math.min(close, end)), startLine, startColumn, false,
                kind == Kind.ARRAY && literal, false, kind, List.copyOf(elements), List.of(), null));
    }

    /** {@code @{ Key = value; ... }}: its entries, each value one token; literal when every value is. */
    private void hashtable() {
        int startLine = line;
        int startColumn = column(i);
        int start = i;
        i += 2;
        List<Entry> entries = new ArrayList<>();
        boolean literal = true;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == ';' || c == '\u00A0') {
                i++;
            } else if (c == '`' && i + 1 < end && isLineBreak(text.charAt(i + 1))) {
                i++;
                newLine();
            } else if (isLineBreak(c)) {
                newLine();
            } else if (c == '#') {
                skipToLineEnd();
            } else if (c == '<' && peekIs('#')) {
                skipBlockComment();
            } else if (c == '}') {
                i++;
                break;
            } else {
                Token key = key();
                skipBlanks();
                if (key == null || i >= end || text.charAt(i) != '=') {
                    // not a key = value entry: skip to its end, and the table is not literal
                    literal = false;
                    while (i < end && text.charAt(i) != ';' && text.charAt(i) != '}' && !isLineBreak(text.charAt(i))) {
                        i++;
                    }
                    continue;
                }
                i++;
                skipBlanks();
                Token value = oneValue();
                if (value == null) {
                    literal = false;
                    continue;
                }
                if (!value.literal()) {
                    literal = false;
                }
                entries.add(new Entry(key, value));
            }
        }
        add(new Token(text.substring(start, Math.min(i, end)), startLine, startColumn, false, literal, false,
                Kind.HASHTABLE, List.of(), List.copyOf(entries), null));
    }

    private void skipBlanks() {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
                || text.charAt(i) == '`' && i + 1 < end && isLineBreak(text.charAt(i + 1)))) {
            if (text.charAt(i) == '`') {
                i++;
                newLine();
            } else {
                i++;
            }
        }
    }

    /** A hashtable key: a quoted string or a word of letters, digits, {@code _} and {@code -}. */
    private Token key() {
        char c = text.charAt(i);
        if (c == '\'' || c == '"') {
            return oneValue();
        }
        int start = i;
        int startColumn = column(i);
        while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == '-')) {
            i++;
        }
        if (i == start) {
            i++;
            return null;
        }
        return new Token(text.substring(start, i), line, startColumn, false, true);
    }

    /** One value of a hashtable entry, or a list of them separated by commas (an array, not literal). */
    private Token oneValue() {
        List<Token> saved = statement;
        boolean savedBound = pendingBound;
        statement = new ArrayList<>();
        pendingBound = false;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2018' || c == '\u2019') {
                singleQuoted();
            } else if (c == '"' || c == '\u201C' || c == '\u201D') {
                doubleQuoted();
            } else if (c == '@' && peekIs('{')) {
                hashtable();
            } else if (c == '@' && peekIs('(')) {
                inner(Kind.ARRAY, i + 1);
            } else if (c == '(' || c == '[') {
                group();
            } else if (c == ';' || c == '}' || isLineBreak(c)) {
                break;
            } else {
                bareWord();
            }
            skipBlanks();
            if (i < end && text.charAt(i) == ',') {
                add(new Token(",", line, column(i), false, false, false, Kind.COMMA, List.of(), List.of(), null));
                i++;
                skipBlanks();
                continue;
            }
            break;
        }
        List<Token> values = statement;
        statement = saved;
        pendingBound = savedBound;
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() == 1) {
            return values.get(0);
        }
        Token first = values.get(0);
        return new Token(first.text(), first.line(), first.column(), false, false, false, Kind.ARRAY,
                List.copyOf(values), List.of(), null);
    }

    /**
     * A word up to white space or a separator: a parameter when it starts with a dash and a letter, which
     * a colon ends ({@code -Name:value} binds the value that follows, quoted or not, as {@code -Name value}).
     */
    private void bareWord() {
        int start = i;
        int startColumn = column(i);
        StringBuilder value = new StringBuilder();
        if (text.charAt(i) == '$' && peekIs('{')) {
            int close = text.indexOf('}', i);
            if (close > 0 && close < end) {
                i = close + 1;
                add(new Token(text.substring(start, i), line, startColumn, false, false));
                return;
            }
        }
        boolean parameter = i + 1 < end && (text.charAt(i) == '-' || text.charAt(i) == '\u2013')
                && Character.isLetter(text.charAt(i + 1));
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || isLineBreak(c) || c == ';' || c == '|' || c == '(' || c == ')' || c == '{'
                    || c == '}' || c == ',') {
                break;
            }
            if (parameter && c == ':') {
                i++;
                add(new Token(value.toString(), line, startColumn, true, true));
                pendingBound = true;
                return;
            }
            if (c == '=' && value.length() > 0 && value.charAt(0) == '$' && statement.isEmpty()) {
                break;
            }
            if (c == '`' && i + 1 < end && !isLineBreak(text.charAt(i + 1))) {
                value.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            value.append(c);
            i++;
        }
        if (i == start) {
            i++;
            return;
        }
        String word = value.toString();
        add(new Token(word, line, startColumn, parameter, !word.startsWith("$") && !word.startsWith("@")));
    }
}
