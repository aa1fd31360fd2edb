package dev.netlint.core.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * snakeyaml's parse events with one event of look-ahead, aliases expanded in place and the limits
 * of {@link LoadLimits} enforced. Nothing is ever constructed from a tag.
 */
final class EventStream {

    /** A limit of {@link LoadLimits} was passed; the file is reported as a {@code parse-error}. */
    static final class LimitExceeded extends RuntimeException {

        private final transient Event at;

        LimitExceeded(String message, Event at) {
            super(message, null, false, false);
            this.at = at;
        }

        Event at() {
            return at;
        }
    }

    private static final class Recording {
        final String anchor;
        final List<Event> events = new ArrayList<>();
        int open;

        Recording(String anchor) {
            this.anchor = anchor;
        }
    }

    private final Parser parser;
    private final LoadLimits limits;
    private final Deque<Iterator<Event>> replay = new ArrayDeque<>();
    private final Map<String, List<Event>> anchors = new HashMap<>();
    /** Anchors whose node is too big to ever be replayed within the cap: not kept in memory. */
    private final Set<String> oversized = new HashSet<>();
    private final List<Recording> recordings = new ArrayList<>();
    private Event peeked;
    private Event lastAlias;
    private int depth;
    private int aliases;
    private long replayed;

    EventStream(Parser parser, LoadLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    Event peek() {
        if (peeked == null) {
            peeked = pull();
        }
        return peeked;
    }

    Event next() {
        Event event = peek();
        peeked = null;
        track(event);
        return event;
    }

    /** Resets the per-document counters at a new document. */
    void newDocument() {
        aliases = 0;
        anchors.clear();
        oversized.clear();
    }

    private Event pull() {
        while (true) {
            while (!replay.isEmpty()) {
                Iterator<Event> top = replay.peek();
                if (top.hasNext()) {
                    if (++replayed > limits.maxAliasEvents()) {
                        throw new LimitExceeded("aliases expand to more than " + limits.maxAliasEvents()
                                + " parse events (an alias bomb?)", lastAlias);
                    }
                    return top.next();
                }
                replay.pop();
            }
            Event event = parser.getEvent();
            if (event instanceof AliasEvent alias) {
                lastAlias = alias;
                if (++aliases > limits.maxAliases()) {
                    throw new LimitExceeded("more than " + limits.maxAliases() + " aliases in one document", event);
                }
                List<Event> target = anchors.get(alias.getAnchor());
                if (target == null && oversized.contains(alias.getAnchor())) {
                    throw new LimitExceeded("alias *" + ConfigReader.abbreviate(alias.getAnchor()) + " expands to more"
                            + " than " + limits.maxAliasEvents() + " parse events (an alias bomb?)", event);
                }
                if (target == null) {
                    throw new LimitExceeded("alias *" + ConfigReader.abbreviate(alias.getAnchor())
                            + " refers to no anchor completed before it", event);
                }
                replay.push(target.iterator());
                continue;
            }
            startRecording(event);
            return event;
        }
    }

    private void startRecording(Event event) {
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            recordings.add(new Recording(node.getAnchor()));
        }
    }

    private void track(Event event) {
        if (event instanceof CollectionStartEvent) {
            if (++depth > limits.maxDepth()) {
                throw new LimitExceeded("values nest deeper than " + limits.maxDepth() + " levels", event);
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
}
