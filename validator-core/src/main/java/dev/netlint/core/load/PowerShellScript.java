package dev.netlint.core.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a PowerShell script, as far as a runbook of cmdlet calls needs them: each statement's
 * command name and its arguments, with their places. It knows the command syntax (quoting, backtick
 * escapes and line continuations, comments, statement separators, pipelines) and nothing of the
 * language beyond it: a variable, a subexpression or a script block is an argument whose value is not
 * literal. Never throws: an unterminated string or comment ends at the end of the text.
 */
final class PowerShellScript {

    /**
     * One argument of a command: a parameter name ({@code -NextHop}) or a value; {@code bound} when the
     * value was written with its parameter as {@code -Name:value}.
     */
    record Token(String text, int line, int column, boolean parameter, boolean literal, boolean bound) {

        Token(String text, int line, int column, boolean parameter, boolean literal) {
            this(text, line, column, parameter, literal, false);
        }
    }

    /** A command: its name and arguments, in order. */
    record Command(Token name, List<Token> arguments) {
    }

    private final String text;
    private final List<Command> commands = new ArrayList<>();
    private int i;
    private int line = 1;
    private int lineStart;
    private List<Token> statement = new ArrayList<>();

    private PowerShellScript(String text) {
        this.text = text;
    }

    /** The commands of the script, in order. */
    static List<Command> commands(String text) {
        PowerShellScript script = new PowerShellScript(text);
        script.scan();
        return script.commands;
    }

    private void scan() {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\u00A0') {
                i++;
            } else if (c == '`' && i + 1 < n && isLineBreak(text.charAt(i + 1))) {
                i++;
                newLine();
            } else if (isLineBreak(c)) {
                newLine();
                endStatement();
            } else if (c == ';' || c == '{' || c == '}') {
                i++;
                endStatement();
            } else if (c == '|' || c == '&' && peekIs('&')) {
                // a pipeline or a chain: the next command starts a statement of its own
                i += peekIs(c) ? 2 : 1;
                endStatement();
            } else if ((c == '&' || c == '.') && statement.isEmpty() && i + 1 < text.length()
                    && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                // the call or dot-source operator before a command name
                i++;
            } else if (c == '#') {
                skipToLineEnd();
            } else if (c == '<' && peekIs('#')) {
                skipBlockComment();
            } else if (c == '\'' || c == '\u2018' || c == '\u2019') {
                singleQuoted();
            } else if (c == '"' || c == '\u201C' || c == '\u201D') {
                doubleQuoted();
            } else if (c == '@' && (peekIs('\'') || peekIs('"')) && followedByLineBreak(i + 2)) {
                hereString();
            } else if (c == '(' || c == '[') {
                group();
            } else {
                bareWord();
            }
        }
        endStatement();
    }

    private boolean peekIs(char expected) {
        return i + 1 < text.length() && text.charAt(i + 1) == expected;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private boolean followedByLineBreak(int at) {
        int j = at;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= text.length() || isLineBreak(text.charAt(j));
    }

    /** Consumes one line break (CRLF as one) and counts the line. */
    private void newLine() {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
        }
        i++;
        line++;
        lineStart = i;
    }

    private int column(int at) {
        return text.codePointCount(lineStart, Math.max(lineStart, at)) + 1;
    }

    private void endStatement() {
        if (!statement.isEmpty()) {
            Token name = statement.get(0);
            commands.add(new Command(name, List.copyOf(statement.subList(1, statement.size()))));
            statement = new ArrayList<>();
        }
    }

    private void skipToLineEnd() {
        while (i < text.length() && !isLineBreak(text.charAt(i))) {
            i++;
        }
    }

    private void skipBlockComment() {
        i += 2;
        while (i < text.length() && !(text.charAt(i) == '#' && peekIs('>'))) {
            if (isLineBreak(text.charAt(i))) {
                newLine();
            } else {
                i++;
            }
        }
        i = Math.min(text.length(), i + 2);
    }

    /** {@code 'text'}: no escapes but a doubled quote; always literal. */
    private void singleQuoted() {
        int startLine = line;
        int startColumn = column(i);
        i++;
        StringBuilder value = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2018' || c == '\u2019') {
                if (i + 1 < text.length() && (text.charAt(i + 1) == '\'')) {
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
        statement.add(new Token(value.toString(), startLine, startColumn, false, true));
    }

    /** {@code "text"}: backtick escapes; a {@code $} that is not escaped makes the value not literal. */
    private void doubleQuoted() {
        int startLine = line;
        int startColumn = column(i);
        i++;
        StringBuilder value = new StringBuilder();
        boolean literal = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`' && i + 1 < text.length()) {
                char escaped = text.charAt(i + 1);
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> escaped;
                });
                i += 2;
                continue;
            }
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (c == '$' && i + 1 < text.length() && (Character.isLetterOrDigit(text.charAt(i + 1))
                    || text.charAt(i + 1) == '(' || text.charAt(i + 1) == '{' || text.charAt(i + 1) == '_')) {
                literal = false;
            }
            if (isLineBreak(c)) {
                value.append('\n');
                newLine();
                continue;
            }
            value.append(c);
            i++;
        }
        statement.add(new Token(value.toString(), startLine, startColumn, false, literal));
    }

    /** {@code @'...'@} or {@code @"..."@}: the lines up to the closing quote at the start of a line. */
    private void hereString() {
        char quote = text.charAt(i + 1);
        int startLine = line;
        int startColumn = column(i);
        i += 2;
        skipToLineEnd();
        if (i < text.length()) {
            newLine();
        }
        StringBuilder value = new StringBuilder();
        while (i < text.length() && !(text.charAt(i) == quote && peekIs('@'))) {
            if (isLineBreak(text.charAt(i))) {
                value.append('\n');
                newLine();
            } else {
                value.append(text.charAt(i++));
            }
        }
        i = Math.min(text.length(), i + 2);
        String content = value.length() > 0 && value.charAt(value.length() - 1) == '\n'
                ? value.substring(0, value.length() - 1) : value.toString();
        statement.add(new Token(content, startLine, startColumn, false, quote == '\'' || content.indexOf('$') < 0));
    }

    /** A parenthesised or bracketed group: skipped whole (with what it nests), a value that is not literal. */
    private void group() {
        int startLine = line;
        int startColumn = column(i);
        int start = i;
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    i++;
                    break;
                }
            } else if (c == '\'' || c == '"') {
                char quote = c;
                i++;
                while (i < text.length() && text.charAt(i) != quote) {
                    if (isLineBreak(text.charAt(i))) {
                        newLine();
                    } else {
                        i++;
                    }
                }
            } else if (isLineBreak(c)) {
                newLine();
                continue;
            }
            i++;
        }
        String written = text.substring(start, Math.min(i, text.length()));
        boolean typeLiteral = written.startsWith("[") && !written.contains("(");
        if (!typeLiteral) {
            statement.add(new Token(written, startLine, startColumn, false, false));
        }
    }

    /** A word up to white space or a separator: a parameter when it starts with a dash and a letter. */
    private void bareWord() {
        int start = i;
        int startColumn = column(i);
        StringBuilder value = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || isLineBreak(c) || c == ';' || c == '|' || c == '(' || c == ')' || c == '{'
                    || c == '}' || c == ',' && i > start) {
                break;
            }
            if (c == '`' && i + 1 < text.length() && !isLineBreak(text.charAt(i + 1))) {
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
        boolean parameter = word.length() > 1 && (word.charAt(0) == '-' || word.charAt(0) == '\u2013')
                && Character.isLetter(word.charAt(1));
        if (parameter && word.indexOf(':') > 0) {
            // -Name:value is a parameter and its value in one word
            int colon = word.indexOf(':');
            statement.add(new Token(word.substring(0, colon), line, startColumn, true, true));
            String rest = word.substring(colon + 1);
            statement.add(new Token(rest, line, startColumn + colon + 1, false, !rest.startsWith("$"), true));
            return;
        }
        statement.add(new Token(word, line, startColumn, parameter, !word.startsWith("$")));
    }
}
