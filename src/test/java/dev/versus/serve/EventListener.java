package dev.versus.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An open page's side of live reload, as the injected script is: the event stream of the
 * server, opened for one page's path, read event by event.
 */
final class EventListener implements AutoCloseable {
    /** One server-sent event; a block without an event name (the stream's opening "retry") is named "". */
    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final Thread reader;

    EventListener(URI server, String page) {
        HttpClient client = HttpClient.newHttpClient();
        URI events = server.resolve("/__versus/events?page=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        response = client.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(this::read, "event-listener");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (Stream<String> lines = response.join().body()) {
            String name = "";
            List<String> data = new ArrayList<>();
            boolean any = false;
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (any) {
                        events.add(new Event(name, String.join("\n", data)));
                    }
                    name = "";
                    data = new ArrayList<>();
                    any = false;
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                    any = true;
                } else if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                    any = true;
                } else if (line.startsWith("retry: ")) {
                    any = true;
                }
            }
        } catch (RuntimeException e) {
            // The stream was closed.
        }
    }

    /** Waits until the stream is open and the server knows the page. */
    EventListener opened() throws InterruptedException {
        Event first = events.poll(20, TimeUnit.SECONDS);
        if (first == null || !first.name().isEmpty()) {
            throw new AssertionError("the event stream did not open: " + first);
        }
        return this;
    }

    /** The next event named {@code name}, skipping others; fails after {@code timeout}. */
    Event await(String name, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<Event> skipped = new ArrayList<>();
        for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null) {
                break;
            }
            if (event.name().equals(name)) {
                return event;
            }
            skipped.add(event);
        }
        throw new AssertionError("no \"" + name + "\" event within " + timeout + "; saw " + skipped);
    }

    @Override
    public void close() {
        response.cancel(true);
        reader.interrupt();
    }
}
