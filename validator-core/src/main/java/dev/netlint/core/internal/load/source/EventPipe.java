package dev.netlint.core.internal.load.source;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * snakeyaml's parse events of a large file, pulled on a thread of their own while the reader builds the
 * model from the events already parsed: on a large YAML file the scanner and the model builder each
 * take about half of the loading, and a second core then does one while the first does the other.
 *
 * <p>The events reach {@link #next} in batches, in the parser's order; an exception of the parser
 * reaches it after the events parsed before it, as {@link Parser#getEvent} would have thrown it there.
 * When the parser's thread ends without handing on its failure (an {@link OutOfMemoryError} strikes
 * again while it hands it on), {@link #next} throws that failure once the events handed on are read,
 * instead of waiting for more. {@link #close} stops the parser's thread and waits for it, so that the
 * text can then be read on.
 */
public final class EventPipe implements AutoCloseable {

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 16;
    /** How long the parser's thread waits for room before it looks whether it was closed. */
    private static final long WAIT_MILLIS = 50;

    private final Parser parser;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    /** What ended the parser's thread before the end of the stream; {@code null} while it runs or when it ended well. */
    private volatile Throwable failure;
    private Event[] batch = {};
    private int index;

    EventPipe(Parser parser) {
        this.parser = parser;
        this.thread = new Thread(this::parse, "netlint-yaml-parser");
        thread.setDaemon(true);
        // what escapes parse() is the reader's to report, never a stack trace of the thread's own
        thread.setUncaughtExceptionHandler((t, e) -> failure = e);
        thread.start();
    }

    /** The next event, as {@link Parser#getEvent} gives it: {@code null} after the end of the stream. */
    Event next() {
        if (index == batch.length) {
            if (index > 0 && batch[index - 1] instanceof StreamEndEvent) {
                return null;
            }
            Object taken = take();
            if (taken instanceof RuntimeException e) {
                throw e;
            }
            if (taken instanceof Error e) {
                throw e;
            }
            batch = (Event[]) taken;
            index = 0;
        }
        return batch[index++];
    }

    /** The next batch or the parser's exception; the parser's failure when its thread ended without handing more on. */
    private Object take() {
        try {
            while (true) {
                Object item = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
                if (!thread.isAlive()) {
                    // the thread may have queued its last item between the poll and the look
                    item = queue.poll();
                    return item != null ? item : stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a YAML file", e);
        }
    }

    /** The failure that ended the parser's thread, to throw where the next event was asked for. */
    private Object stopped() {
        Throwable e = failure;
        if (e instanceof RuntimeException || e instanceof Error) {
            return e;
        }
        return new IllegalStateException("the YAML parser stopped before the end of the file"
                + (e == null ? "" : ": " + e), e);
    }

    private void parse() {
        Event[] events = new Event[BATCH];
        int n = 0;
        try {
            while (!closed) {
                Event event = parser.getEvent();
                events[n++] = event;
                boolean end = event instanceof StreamEndEvent;
                if (n == BATCH || end) {
                    give(n == BATCH ? events : Arrays.copyOf(events, n));
                    if (end) {
                        return;
                    }
                    events = new Event[BATCH];
                    n = 0;
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            if (n > 0) {
                give(Arrays.copyOf(events, n));
            }
            give(e);
        }
    }

    /** Queues a batch or the parser's exception; gives up once the pipe is closed. */
    private void give(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the parser's thread and waits until it no longer touches the parser or its text. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
