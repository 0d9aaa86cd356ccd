package dev.versus.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One open server-sent event stream. Jetty takes one write at a time on a response, and a page
 * that stopped reading must not make the sender wait, so texts queue here and each write starts
 * the next when it completes; nothing blocks a thread. A write the page does not take within
 * the idle timeout fails, which ends the stream.
 */
final class EventStream {
    private final Response response;
    private final Callback done;
    private final Consumer<EventStream> onEnd;
    private final Queue<String> waiting = new ArrayDeque<>();
    private boolean writing;
    private boolean ending;
    private boolean ended;

    /**
     * @param done the request's callback, completed when the stream ends
     * @param onEnd told once when the stream has ended, whether closed or failed
     */
    EventStream(Response response, Callback done, Consumer<EventStream> onEnd) {
        this.response = response;
        this.done = done;
        this.onEnd = onEnd;
    }

    /** Queues the text; it goes out after the texts sent before it. */
    void send(String text) {
        synchronized (this) {
            if (ending || ended) {
                return;
            }
            if (writing) {
                waiting.add(text);
                return;
            }
            writing = true;
        }
        write(text);
    }

    /** Ends the response once what is queued has gone out. */
    void close() {
        boolean endNow;
        synchronized (this) {
            ending = true;
            endNow = !writing && !ended;
            ended |= endNow;
        }
        if (endNow) {
            finish(null);
        }
    }

    /** The connection failed (the page went away, or a write timed out): nothing more can go out. */
    void fail(Throwable failure) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            waiting.clear();
        }
        finish(failure);
    }

    private void write(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        response.write(false, bytes, Callback.from(this::written, this::fail));
    }

    private void written() {
        String next;
        boolean endNow;
        synchronized (this) {
            next = ended ? null : waiting.poll();
            writing = next != null;
            endNow = next == null && ending && !ended;
            ended |= endNow;
        }
        if (next != null) {
            write(next);
        } else if (endNow) {
            finish(null);
        }
    }

    private void finish(Throwable failure) {
        onEnd.accept(this);
        if (failure == null) {
            done.succeeded();
        } else {
            done.failed(failure);
        }
    }
}
