package dev.netlint.core.internal.util;

import java.util.ArrayList;
import java.util.List;

/**
 * A path glob matched in time linear in the length of the path: the glob is compiled to a
 * nondeterministic automaton (Thompson's construction) that is run on all its states at once, one
 * character of the path at a time (as RE2 and Go's {@code regexp} do), so a match costs at most
 * (path length + 1) × (program size) steps, whatever the glob.
 *
 * <p>Why not the JDK's {@code FileSystem.getPathMatcher("glob:...")}: it translates the glob into a
 * {@link java.util.regex.Pattern}, and {@code java.util.regex} backtracks. A glob written in a
 * configuration file of a pull request, such as {@code **}{@code /*a*a*a*a*a*a*a*a*a*a*a*a*b}, becomes
 * {@code .*}{@code /[^/]*a[^/]*a...b}, which tries every way of splitting a long name of {@code a}s
 * among the stars before it fails: time that grows with the name's length to the power of the number
 * of stars, hours for one file name. netlint matches such globs against every file of a tree in CI,
 * so no glob may cost more than a bounded number of steps per character.
 *
 * <p>Two syntaxes compile to the same automaton:
 * <ul>
 *   <li>{@link #glob}: the JDK's glob syntax, matched exactly as the JDK matches it on Unix: {@code *}
 *       (not {@code /}), {@code **} (anything), {@code ?}, {@code [abc]}, {@code [a-z]}, {@code [!a]}
 *       (never {@code /}), groups {@code {a,b}} (not nested), {@code \} escaping the next character.
 *       The differences: {@code **} also crosses line breaks in a file name, which the JDK's regular
 *       expression does not; a range that ends in {@code [} or {@code \} ({@code [*-[]}) is the range,
 *       where the JDK writes that character unescaped into its regular expression and fails; an empty
 *       bracket expression {@code []} is refused, as the JDK's regular expression refuses it.</li>
 *   <li>{@link #ant}: Ant's include and exclude patterns, as Maven users write them.</li>
 * </ul>
 * A pattern is bounded: at most {@value #MAX_LENGTH} characters and {@value #MAX_DOUBLE_STARS}
 * {@code **}; beyond, it is refused with an {@link IllegalArgumentException} that says so.
 */
public final class GlobMatcher {

    /** The longest pattern accepted, in characters. */
    public static final int MAX_LENGTH = 1024;
    /** The most {@code **} in one pattern. */
    public static final int MAX_DOUBLE_STARS = 16;

    private static final byte CHAR = 0;
    /** One character that is not {@code /}. */
    private static final byte ANY_IN_NAME = 1;
    private static final byte ANY = 2;
    private static final byte CLASS = 3;
    private static final byte SPLIT = 4;
    private static final byte JUMP = 5;
    private static final byte MATCH = 6;

    private final String pattern;
    private final byte[] op;
    /** The character of a CHAR, the class index of a CLASS, the first target of a SPLIT or JUMP. */
    private final int[] arg;
    /** The second target of a SPLIT. */
    private final int[] arg2;
    private final CharClass[] classes;

    private GlobMatcher(String pattern, Program program) {
        this.pattern = pattern;
        int n = program.op.size();
        this.op = new byte[n];
        this.arg = new int[n];
        this.arg2 = new int[n];
        for (int i = 0; i < n; i++) {
            op[i] = program.op.get(i);
            arg[i] = program.arg.get(i);
            arg2[i] = program.arg2.get(i);
        }
        this.classes = program.classes.toArray(new CharClass[0]);
    }

    /**
     * A pattern in the JDK's glob syntax.
     *
     * @throws IllegalArgumentException when it is not a valid glob, or is over the bounds
     */
    public static GlobMatcher glob(String pattern) {
        bound(pattern);
        return new GlobMatcher(pattern, new Program().emit(new GlobParser(pattern).parse()).end());
    }

    /**
     * An Ant pattern: {@code *} and {@code ?} stay within a path segment, {@code **}{@code /} is any
     * number of whole folders, a trailing {@code /**} (or {@code /}) is the folder and everything below
     * it, another {@code **} is anything.
     *
     * @throws IllegalArgumentException when it is over the bounds
     */
    public static GlobMatcher ant(String antPattern) {
        bound(antPattern);
        String pattern = antPattern.endsWith("/") ? antPattern + "**" : antPattern;
        List<Node> seq = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                seq.add(new Node.Folders());
                i += 3;
            } else if (pattern.startsWith("/**", i) && i + 3 == pattern.length()) {
                seq.add(new Node.Below());
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                seq.add(new Node.Star(true));
                i += 2;
            } else if (c == '*') {
                seq.add(new Node.Star(false));
                i++;
            } else if (c == '?') {
                seq.add(new Node.One());
                i++;
            } else {
                int cp = pattern.codePointAt(i);
                seq.add(new Node.Literal(cp));
                i += Character.charCount(cp);
            }
        }
        return new GlobMatcher(pattern, new Program().emit(seq).end());
    }

    private static void bound(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the glob is " + pattern.length() + " characters long; a glob is at"
                    + " most " + MAX_LENGTH);
        }
        int stars = 0;
        for (int i = pattern.indexOf("**"); i >= 0; i = pattern.indexOf("**", i + 2)) {
            stars++;
        }
        if (stars > MAX_DOUBLE_STARS) {
            throw new IllegalArgumentException("the glob has " + stars + " '**'; a glob has at most "
                    + MAX_DOUBLE_STARS);
        }
    }

    public String pattern() {
        return pattern;
    }

    /** Whether the whole of {@code path} (with {@code /} between its names) matches. */
    public boolean matches(CharSequence path) {
        return match(path).matches();
    }

    /**
     * Whether {@code path} matches, and how many steps of the automaton it took: at most
     * (path length + 1) × 2 × {@link #size()}, the bound a test can hold the matcher to.
     */
    public Outcome match(CharSequence path) {
        int n = op.length;
        int[] current = new int[n];
        int[] next = new int[n];
        int[] seen = new int[n];
        int[] stack = new int[2 * n + 2];
        long[] steps = {0};
        int generation = 1;
        int count = close(0, current, 0, seen, generation, stack, steps);
        String text = path.toString();
        for (int i = 0; i < text.length() && count > 0; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            generation++;
            int nextCount = 0;
            for (int t = 0; t < count; t++) {
                int pc = current[t];
                steps[0]++;
                if (consumes(pc, c)) {
                    nextCount = close(pc + 1, next, nextCount, seen, generation, stack, steps);
                }
            }
            int[] swap = current;
            current = next;
            next = swap;
            count = nextCount;
        }
        for (int t = 0; t < count; t++) {
            if (op[current[t]] == MATCH) {
                return new Outcome(true, steps[0]);
            }
        }
        return new Outcome(false, steps[0]);
    }

    /** The number of instructions of the automaton. */
    public int size() {
        return op.length;
    }

    /** A match and the steps it took. */
    public record Outcome(boolean matches, long steps) {
    }

    private boolean consumes(int pc, int c) {
        return switch (op[pc]) {
            case CHAR -> arg[pc] == c;
            case ANY_IN_NAME -> c != '/';
            case ANY -> true;
            case CLASS -> c != '/' && classes[arg[pc]].contains(c);
            default -> false;
        };
    }

    /**
     * Adds {@code start} and every instruction reached from it without reading a character (jumps and
     * splits) to {@code list}, each once per generation; returns the new size of the list.
     */
    private int close(int start, int[] list, int size, int[] seen, int generation, int[] stack, long[] steps) {
        int top = 0;
        stack[top++] = start;
        while (top > 0) {
            int pc = stack[--top];
            if (seen[pc] == generation) {
                continue;
            }
            seen[pc] = generation;
            steps[0]++;
            switch (op[pc]) {
                case JUMP -> stack[top++] = arg[pc];
                case SPLIT -> {
                    stack[top++] = arg2[pc];
                    stack[top++] = arg[pc];
                }
                default -> list[size++] = pc;
            }
        }
        return size;
    }

    @Override
    public String toString() {
        return pattern;
    }

    // ---------------------------------------------------------------- the pattern as a tree

    private sealed interface Node {
        record Literal(int codePoint) implements Node {
        }

        /** {@code ?}: one character within a name. */
        record One() implements Node {
        }

        /** {@code *} within a name, or {@code **} across names. */
        record Star(boolean crossesNames) implements Node {
        }

        record Class(CharClass chars) implements Node {
        }

        record Group(List<List<Node>> alternatives) implements Node {
        }

        /** Ant's {@code **}{@code /}: any number of whole folders, none included. */
        record Folders() implements Node {
        }

        /** Ant's trailing {@code /**}: nothing, or {@code /} and anything. */
        record Below() implements Node {
        }
    }

    /** A bracket expression: characters and ranges, or all but them. */
    private record CharClass(boolean negated, List<int[]> ranges) {

        boolean contains(int c) {
            boolean in = false;
            for (int[] range : ranges) {
                if (c >= range[0] && c <= range[1]) {
                    in = true;
                    break;
                }
            }
            return in != negated;
        }
    }

    /** The JDK's glob syntax ({@code sun.nio.fs.Globs}), read into a tree with the JDK's errors. */
    private static final class GlobParser {

        private final String glob;
        private int i;

        GlobParser(String glob) {
            this.glob = glob;
        }

        List<Node> parse() {
            List<Node> seq = new ArrayList<>();
            List<List<Node>> group = null;
            List<Node> alternative = seq;
            while (i < glob.length()) {
                char c = glob.charAt(i++);
                switch (c) {
                    case '\\' -> {
                        if (i == glob.length()) {
                            throw error("no character to escape", i - 1);
                        }
                        alternative.add(new Node.Literal(glob.charAt(i++)));
                    }
                    case '[' -> alternative.add(new Node.Class(charClass()));
                    case '{' -> {
                        if (group != null) {
                            throw error("groups cannot be nested", i - 1);
                        }
                        group = new ArrayList<>();
                        alternative = new ArrayList<>();
                        group.add(alternative);
                    }
                    case '}' -> {
                        if (group != null) {
                            seq.add(new Node.Group(group));
                            group = null;
                            alternative = seq;
                        } else {
                            alternative.add(new Node.Literal('}'));
                        }
                    }
                    case ',' -> {
                        if (group != null) {
                            alternative = new ArrayList<>();
                            group.add(alternative);
                        } else {
                            alternative.add(new Node.Literal(','));
                        }
                    }
                    case '*' -> {
                        if (next() == '*') {
                            i++;
                            alternative.add(new Node.Star(true));
                        } else {
                            alternative.add(new Node.Star(false));
                        }
                    }
                    case '?' -> alternative.add(new Node.One());
                    default -> {
                        if (Character.isHighSurrogate(c) && i < glob.length()
                                && Character.isLowSurrogate(glob.charAt(i))) {
                            alternative.add(new Node.Literal(Character.toCodePoint(c, glob.charAt(i++))));
                        } else {
                            alternative.add(new Node.Literal(c));
                        }
                    }
                }
            }
            if (group != null) {
                throw error("a group '{' is not closed by '}'", i - 1);
            }
            return seq;
        }

        /** After {@code [}: up to and with the closing {@code ]}. */
        private CharClass charClass() {
            List<int[]> ranges = new ArrayList<>();
            boolean negated = false;
            if (next() == '^') {
                ranges.add(new int[] {'^', '^'});
                i++;
            } else {
                if (next() == '!') {
                    negated = true;
                    i++;
                }
                if (next() == '-') {
                    ranges.add(new int[] {'-', '-'});
                    i++;
                }
            }
            boolean hasRangeStart = false;
            char last = 0;
            boolean closed = false;
            while (i < glob.length()) {
                char c = glob.charAt(i++);
                if (c == ']') {
                    closed = true;
                    break;
                }
                if (c == '/') {
                    throw error("a bracket expression cannot hold '/'", i - 1);
                }
                if (c == '-') {
                    if (!hasRangeStart) {
                        throw error("invalid range in a bracket expression", i - 1);
                    }
                    char end = next();
                    i++;
                    if (end == 0 || end == ']') {
                        ranges.add(new int[] {'-', '-'});
                        closed = end == ']';
                        break;
                    }
                    if (end < last) {
                        throw error("invalid range in a bracket expression", i - 3);
                    }
                    ranges.add(new int[] {last, end});
                    hasRangeStart = false;
                } else {
                    ranges.add(new int[] {c, c});
                    hasRangeStart = true;
                    last = c;
                }
            }
            if (!closed) {
                throw error("a bracket expression '[' is not closed by ']'", i - 1);
            }
            if (ranges.isEmpty()) {
                throw error("an empty bracket expression '[]' matches nothing", i - 1);
            }
            return new CharClass(negated, List.copyOf(ranges));
        }

        private char next() {
            return i < glob.length() ? glob.charAt(i) : 0;
        }

        private IllegalArgumentException error(String problem, int at) {
            return new IllegalArgumentException(problem + " (at character " + (Math.max(0, at) + 1) + ")");
        }
    }

    /** The automaton being written: parallel lists of instructions. */
    private static final class Program {

        final List<Byte> op = new ArrayList<>();
        final List<Integer> arg = new ArrayList<>();
        final List<Integer> arg2 = new ArrayList<>();
        final List<CharClass> classes = new ArrayList<>();

        private int add(byte kind, int a, int b) {
            op.add(kind);
            arg.add(a);
            arg2.add(b);
            return op.size() - 1;
        }

        private void patch(int at, int a, int b) {
            arg.set(at, a);
            arg2.set(at, b);
        }

        private int here() {
            return op.size();
        }

        Program emit(List<Node> seq) {
            for (Node node : seq) {
                emit(node);
            }
            return this;
        }

        Program end() {
            add(MATCH, 0, 0);
            return this;
        }

        private void emit(Node node) {
            if (node instanceof Node.Literal l) {
                add(CHAR, l.codePoint(), 0);
            } else if (node instanceof Node.One) {
                add(ANY_IN_NAME, 0, 0);
            } else if (node instanceof Node.Star s) {
                loop(s.crossesNames() ? ANY : ANY_IN_NAME);
            } else if (node instanceof Node.Class c) {
                classes.add(c.chars());
                add(CLASS, classes.size() - 1, 0);
            } else if (node instanceof Node.Group g) {
                List<Integer> exits = new ArrayList<>();
                List<List<Node>> alternatives = g.alternatives();
                for (int a = 0; a < alternatives.size(); a++) {
                    if (a < alternatives.size() - 1) {
                        int split = add(SPLIT, 0, 0);
                        emit(alternatives.get(a));
                        exits.add(add(JUMP, 0, 0));
                        patch(split, split + 1, here());
                    } else {
                        emit(alternatives.get(a));
                    }
                }
                for (int exit : exits) {
                    patch(exit, here(), 0);
                }
            } else if (node instanceof Node.Folders) {
                // L1: split L2, end; L2: [^/]* '/' jump L1
                int split = add(SPLIT, 0, 0);
                loop(ANY_IN_NAME);
                add(CHAR, '/', 0);
                add(JUMP, split, 0);
                patch(split, split + 1, here());
            } else if (node instanceof Node.Below) {
                int split = add(SPLIT, 0, 0);
                add(CHAR, '/', 0);
                loop(ANY);
                patch(split, split + 1, here());
            }
        }

        /** Any number of characters of one kind: L1: split L2, L3; L2: kind; jump L1; L3. */
        private void loop(byte kind) {
            int split = add(SPLIT, 0, 0);
            add(kind, 0, 0);
            add(JUMP, split, 0);
            patch(split, split + 1, here());
        }
    }
}
