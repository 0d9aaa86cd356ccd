package dev.versus.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reloads the open pages after an edit. HTML responses get a script (never the files on disk)
 * that listens to {@code /__versus/events?page=PATH}, a server-sent event stream: "reload" after
 * each successful reload of the inputs, "build-error" with the message of a failed one (shown as
 * an overlay, and sent again to every page that connects until a load succeeds). The page's path
 * lets the server render the open pages before it tells them to reload. The event is not called
 * "error" because EventSource uses that name for its own connection errors. A stream holds no
 * thread: its writes are handed to Jetty (see {@link EventStream}).
 */
final class LiveReload implements AutoCloseable {
    static final String PREFIX = "/__versus/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "live.js";
    private static final byte[] TAG = ("<script src=\"" + SCRIPT + "\"></script>\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    static final String SCRIPT_SOURCE = """
            // Served by versus serve only: reloads the page after an edit, shows build errors.
            (function () {
              var events = new EventSource("/__versus/events?page=" + encodeURIComponent(location.pathname));
              events.addEventListener("reload", function () { location.reload(); });
              events.addEventListener("build-error", function (event) {
                var box = document.getElementById("versus-build-error");
                if (!box) {
                  box = document.createElement("pre");
                  box.id = "versus-build-error";
                  box.setAttribute("role", "alert");
                  box.style.cssText = "position:fixed;inset:auto 0 0 0;z-index:2147483647;margin:0;max-height:50vh;"
                    + "overflow:auto;padding:1em;background:#7a0000;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap";
                  document.body.appendChild(box);
                }
                box.textContent = "Build failed; showing the last good build.\\n\\n" + event.data;
              });
            })();
            """;

    /** Copied on write: a stream that fails while an event goes out removes itself mid-loop. */
    private final List<EventStream> clients = new CopyOnWriteArrayList<>();
    /** The path of the page each stream was opened by, which the server renders first after an edit. */
    private final java.util.Map<EventStream, String> pages = new java.util.concurrent.ConcurrentHashMap<>();
    /** The message of the latest build if it failed, else null. */
    private String failure;

    /** The page with the script added before its last {@code </body>} (or at its end). */
    static byte[] inject(byte[] html) {
        int at = lastIndexOfIgnoreCase(html, BODY_END);
        int insertAt = at < 0 ? html.length : at;
        byte[] result = new byte[html.length + TAG.length];
        System.arraycopy(html, 0, result, 0, insertAt);
        System.arraycopy(TAG, 0, result, insertAt, TAG.length);
        System.arraycopy(html, insertAt, result, insertAt + TAG.length, html.length - insertAt);
        return result;
    }

    /** The ETag of an injected page: never the file's own, so caches tell them apart. */
    static String injectedTag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-live\"";
    }

    /**
     * Keeps the response open as an event stream until the page goes away or the server closes.
     * Waiting for the next build is not idleness: the idle timeout does not end the stream while
     * no write is pending (a write the page does not take still times out).
     */
    void subscribe(Request request, Response response, Callback done) {
        response.setStatus(200);
        response.getHeaders().put("Content-Type", "text/event-stream; charset=utf-8");
        response.getHeaders().put("Cache-Control", "no-cache");
        EventStream stream = new EventStream(response, done, ended -> {
            clients.remove(ended);
            pages.remove(ended);
        });
        String page = pageOf(request.getHttpURI().getQuery());
        if (page != null) {
            pages.put(stream, page);
        }
        request.addIdleTimeoutListener(timeout -> false);
        request.addFailureListener(stream::fail);
        synchronized (this) {
            clients.add(stream);
            stream.send("retry: 1000\n\n" + (failure == null ? "" : event("build-error", failure)));
        }
    }

    /** The paths of the pages open now, each once, at most {@code limit} of them. */
    java.util.List<String> openPages(int limit) {
        return pages.values().stream().distinct().limit(limit).toList();
    }

    /** The "page" parameter of the event stream's query, decoded; null when there is none or it is not a path. */
    static String pageOf(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("page=")) {
                try {
                    String page = java.net.URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
                    return page.startsWith("/") && page.length() <= 2048 ? page : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    void buildSucceeded() {
        synchronized (this) {
            failure = null;
        }
        broadcast(event("reload", "built"));
    }

    void buildFailed(String message) {
        synchronized (this) {
            failure = message;
        }
        broadcast(event("build-error", message));
    }

    /** A comment line, so that streams whose page was closed are noticed and dropped. */
    void ping() {
        broadcast(": ping\n\n");
    }

    /** The message of the latest build if it failed, else null. */
    synchronized String failure() {
        return failure;
    }

    /** Queues the text on every stream; a stream that has ended drops it and leaves the list. */
    private synchronized void broadcast(String text) {
        for (EventStream client : clients) {
            client.send(text);
        }
    }

    @Override
    public synchronized void close() {
        for (EventStream client : clients) {
            client.close();
        }
        clients.clear();
        pages.clear();
    }

    /** An event; a message of several lines becomes several data lines, which EventSource joins again. */
    static String event(String name, String data) {
        StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        return text.append('\n').toString();
    }

    private static int lastIndexOfIgnoreCase(byte[] bytes, byte[] ascii) {
        outer:
        for (int i = bytes.length - ascii.length; i >= 0; i--) {
            for (int j = 0; j < ascii.length; j++) {
                if (Character.toLowerCase((char) (bytes[i + j] & 0xff)) != ascii[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
