package dev.netlint.core.internal.load.source;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * snakeyaml's parse events as a {@link Cursor}: aliases expanded in place under the limits of
 * {@link LoadLimits} (the replayed events stand at the alias, and remember where the anchored value
 * was written), nothing ever constructed from a tag, and the text of the comments that hold a
 * suppression directive kept aside, read from snakeyaml's comment events so that a directive inside a
 * quoted or block value is not one.
 */
public final class YamlCursor extends Cursor {

    /** The marker of a suppression directive; comments without it are not kept. */
    static final String DIRECTIVE_MARKER = "netlint-disable";

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    private final Parser parser;
    /** The parser's events from a thread of its own, or {@code null}: straight from the parser. */
    private final EventPipe pipe;
    private final SourceLines lines;
    private final LoadLimits limits;
    private final List<SourceComment> comments = new ArrayList<>();
    private final Deque<Iterator<Event>> replay = new ArrayDeque<>();
    private final Map<String, List<Event>> anchors = new HashMap<>();
    private final Set<String> oversized = new HashSet<>();
    private final List<Recording> recordings = new ArrayList<>();
    private Event current;
    private Mark aliasMark;
    private Mark lastAlias;
    private int depth;
    private int aliases;
    private long replayed;
    private boolean empty;
    private Mark documentStart;

    private static final class Recording {
        final String anchor;
        final List<Event> events = new ArrayList<>();
        int open;

        Recording(String anchor) {
            this.anchor = anchor;
        }
    }

    /** A cursor on the root node of the first document of the text. */
    public YamlCursor(SourceReader reader, LoadLimits limits) {
        this(reader, limits, false);
    }

    /**
     * The same; with {@code piped}, the text is parsed on a thread of its own ({@link EventPipe}), and
     * {@link #close} must be called before the text is read any further.
     */
    public YamlCursor(SourceReader reader, LoadLimits limits, boolean piped) {
        this.lines = reader.lines();
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setProcessComments(true);
        this.parser = new ParserImpl(new StreamReader(reader), options);
        this.pipe = piped ? new EventPipe(parser) : null;
        try {
            guard(() -> {
                nextRaw(); // stream start
                Event next = pullRaw();
                if (next instanceof StreamEndEvent) {
                    empty = true;
                    current = next;
                    return;
                }
                current = pull(); // the root node after the document start
            });
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** Stops the parser's thread, if the text is parsed on one; the cursor is not used after. */
    public void close() {
        if (pipe != null) {
            pipe.close();
        }
    }

    /** Whether the text holds no document at all (only comments or white space, or nothing). */
    public boolean empty() {
        return empty;
    }

    /** The comments with a suppression directive, in file order. */
    public List<SourceComment> comments() {
        return comments;
    }

    /**
     * After the root node of a document: moves to the root node of the next document and returns true,
     * or returns false at the end of the text. The position of the next document's start is then
     * {@link #line()} / {@link #column()} of its root node.
     */
    public boolean nextDocument() {
        boolean[] more = {false};
        guard(() -> {
            if (current instanceof DocumentEndEvent) {
                Event next = pullRaw();
                if (next instanceof DocumentStartEvent) {
                    documentStart = next.getStartMark();
                    anchors.clear();
                    oversized.clear();
                    aliases = 0;
                    current = pull();
                    more[0] = true;
                } else {
                    current = next;
                }
            }
        });
        return more[0];
    }

    /** Where the document that {@link #nextDocument} moved to starts ({@code ---}, or its first node). */
    public int[] documentStart() {
        return documentStart == null ? new int[] {line(), column()} : position(documentStart);
    }

    @Override
    public Kind kind() {
        Event e = current;
        if (e instanceof ScalarEvent) {
            return Kind.SCALAR;
        }
        if (e instanceof MappingStartEvent) {
            return Kind.MAPPING;
        }
        if (e instanceof SequenceStartEvent) {
            return Kind.SEQUENCE;
        }
        if (e instanceof MappingEndEvent) {
            return Kind.MAPPING_END;
        }
        if (e instanceof SequenceEndEvent) {
            return Kind.SEQUENCE_END;
        }
        return Kind.END;
    }

    @Override
    public String text() {
        return current instanceof ScalarEvent scalar ? scalar.getValue() : "";
    }

    @Override
    public boolean plain() {
        return current instanceof ScalarEvent scalar && scalar.isPlain();
    }

    @Override
    public String tag() {
        return tagOf(current);
    }

    /** The explicit tag of a node as the user wrote it ({@code !!str}), or {@code null}. */
    public static String shortTag(String tag) {
        return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
    }

    private static String tagOf(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getImplicit().canOmitTagInPlainScalar() || scalar.getImplicit().canOmitTagInNonPlainScalar()
                    ? null : scalar.getTag();
        }
        if (event instanceof CollectionStartEvent collection) {
            return collection.getImplicit() ? null : collection.getTag();
        }
        return null;
    }

    @Override
    public int line() {
        Mark mark = aliasMark != null ? aliasMark : current.getStartMark();
        return lines.oddBreaks() ? position(mark)[0] : mark.getLine() + 1;
    }

    @Override
    public int column() {
        Mark mark = aliasMark != null ? aliasMark : current.getStartMark();
        return lines.oddBreaks() ? position(mark)[1] : mark.getColumn() + 1;
    }

    @Override
    public int[] origin() {
        return aliasMark == null ? null : position(current.getStartMark());
    }

    @Override
    public void advance() {
        try {
            track(current);
            current = pull();
        } catch (YAMLException e) {
            // the same translation as guard(), without a lambda allocated for each of a million events
            guard(() -> {
                throw e;
            });
        }
    }

    /** The 1-based line and column of a mark, as editors count them. */
    int[] position(Mark mark) {
        if (!lines.oddBreaks()) {
            return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
        }
        long offset = lines.charOfCodePoint(mark.getIndex());
        int line = lines.lineOfChar(offset);
        return new int[] {line, lines.columnOfChar(offset, line)};
    }

    // ------------------------------------------------------------------ events

    /** The next event that is not a comment, straight from the parser. */
    private Event pullRaw() {
        while (true) {
            Event event = nextRaw();
            if (event instanceof CommentEvent comment) {
                keep(comment);
                continue;
            }
            return event;
        }
    }

    private Event nextRaw() {
        return pipe != null ? pipe.next() : parser.getEvent();
    }

    private void keep(CommentEvent comment) {
        String value = comment.getValue();
        if (value != null && value.contains(DIRECTIVE_MARKER)) {
            int[] at = position(comment.getStartMark());
            comments.add(new SourceComment(at[0], at[1], value));
        }
    }

    /** The next event of the document, aliases expanded. */
    private Event pull() {
        aliasMark = null;
        while (true) {
            while (!replay.isEmpty()) {
                Iterator<Event> top = replay.peek();
                if (top.hasNext()) {
                    if (++replayed > limits.maxAliasEvents()) {
                        throw stop("aliases expand to more than " + limits.maxAliasEvents()
                                + " parse events (an alias bomb?)", lastAlias);
                    }
                    aliasMark = lastAlias;
                    return top.next();
                }
                replay.pop();
            }
            Event event = pullRaw();
            if (event instanceof AliasEvent alias) {
                lastAlias = alias.getStartMark();
                if (++aliases > limits.maxAliases()) {
                    throw stop("more than " + limits.maxAliases() + " aliases in one document", lastAlias);
                }
                List<Event> target = anchors.get(alias.getAnchor());
                if (target == null && oversized.contains(alias.getAnchor())) {
                    throw stop("alias *" + Messages.abbreviate(alias.getAnchor()) + " expands to more than "
                            + limits.maxAliasEvents() + " parse events (an alias bomb?)", lastAlias);
                }
                if (target == null) {
                    throw stop("alias *" + Messages.abbreviate(alias.getAnchor())
                            + " refers to no anchor completed before it", lastAlias);
                }
                replay.push(target.iterator());
                continue;
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                recordings.add(new Recording(node.getAnchor()));
            }
            return event;
        }
    }

    /** Counts the depth and records anchored nodes as their events are consumed. */
    private void track(Event event) {
        if (event instanceof CollectionStartEvent) {
            if (++depth > limits.maxDepth()) {
                throw stop("values nest deeper than " + limits.maxDepth() + " levels", event.getStartMark());
            }
        } else if (event instanceof CollectionEndEvent) {
            depth--;
        }
        for (int i = recordings.size() - 1; i >= 0; i--) {
            Recording recording = recordings.get(i);
            recording.events.add(event);
            if (event instanceof CollectionStartEvent) {
                recording.open++;
            } else if (event instanceof CollectionEndEvent) {
                recording.open--;
            }
            if (recording.open == 0) {
                anchors.put(recording.anchor, List.copyOf(recording.events));
                oversized.remove(recording.anchor);
                recordings.remove(i);
            } else if (recording.events.size() > limits.maxAliasEvents()) {
                anchors.remove(recording.anchor);
                oversized.add(recording.anchor);
                recordings.remove(i);
            }
        }
    }

    private Stop stop(String message, Mark at) {
        int[] p = at == null ? new int[] {1, 1} : position(at);
        return new Stop(message, p[0], p[1]);
    }

    /** Runs a step of the parser, turning snakeyaml's errors into a {@link Stop} at their place. */
    private void guard(Runnable step) {
        try {
            step.run();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = Messages.oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            if (e.getContext() != null) {
                message = Messages.oneLine(e.getContext()) + ": " + message;
            }
            throw stop(message, mark);
        } catch (ReaderException e) {
            long offset = lines.charOfCodePoint(Math.max(0, e.getPosition()));
            int line = lines.lineOfChar(offset);
            throw new Stop(String.format(Locale.ROOT, "the character U+%04X is not allowed in YAML or JSON (binary"
                    + " content?)", e.getCodePoint()), line, lines.columnOfChar(offset, line));
        } catch (YAMLException e) {
            if (e.getCause() instanceof SourceReader.Refused refused) {
                throw new Stop(refused.getMessage(), refused.line(), refused.column());
            }
            if (e.getCause() instanceof IOException io) {
                throw new Stop("cannot read the file: " + Messages.oneLine(io.getMessage()), 1, 1);
            }
            throw new Stop(Messages.oneLine(e.getMessage()), 1, 1);
        }
    }
}
