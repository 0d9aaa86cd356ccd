package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that stall, send too much or keep connections open must not keep the server from
 * answering others. Requests go over raw sockets, so that they can stop halfway.
 */
class SlowClientsTest {
    static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><title>Home</title><body><p>Home</p></body></html>\n";
    static final String HALF_REQUEST = "GET /index.html HTTP/1.1\r\nHost: x\r\n";

    @TempDir
    Path dir;
    SiteServer server;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void makeSite() throws IOException {
        Files.writeString(dir.resolve("index.html"), PAGE);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * Starts the server and asks it for one page: the first request loads most of Jetty's classes,
     * which on a busy machine can take longer than the short timeouts some tests use.
     */
    private void start(ServerLimits limits, boolean reloadPages) throws IOException {
        server = SiteServer.start(dir, InetAddress.getLoopbackAddress(), 0, reloadPages, limits);
        String warmUp = get("/index.html");
        assertTrue(warmUp.startsWith("HTTP/1.1 200 "), warmUp);
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        sockets.add(socket);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Everything the server sends until it closes the connection. */
    private static String readToEnd(Socket socket) throws IOException {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private String get(String path) throws IOException {
        Socket socket = open();
        send(socket, "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        return readToEnd(socket);
    }

    /** The threads of the server's pool (not its timer or ping threads). */
    private static int poolThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().matches("versus-serve-\\d+")).count();
    }

    @Test
    void fiveHundredStalledRequestsDoNotDelayANormalOne() throws IOException {
        start(ServerLimits.DEFAULT, false);
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Socket socket = open();
            send(socket, HALF_REQUEST);
            stalled.add(socket);
        }

        long started = System.nanoTime();
        String response = get("/index.html");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        assertTrue(response.endsWith(PAGE), response);
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "took " + took.toMillis() + " ms");
        int threads = poolThreads();
        assertTrue(threads > 0 && threads <= ServerLimits.DEFAULT.maxThreads(), threads + " pool threads for 500 open connections");
        // The stalled requests were held open all along, and are answered once they end.
        Socket first = stalled.get(0);
        Socket last = stalled.get(stalled.size() - 1);
        send(first, "Connection: close\r\n\r\n");
        send(last, "Connection: close\r\n\r\n");
        assertTrue(readToEnd(first).startsWith("HTTP/1.1 200 "));
        assertTrue(readToEnd(last).startsWith("HTTP/1.1 200 "));
    }

    @Test
    void aRequestWithHeadersOverTheLimitIsRefusedAndItsConnectionClosed() throws IOException {
        start(ServerLimits.DEFAULT, false);
        Socket socket = open();
        String bigHeader = "X-Filler: " + "a".repeat(100 * 1024) + "\r\n";
        try {
            send(socket, "GET /index.html HTTP/1.1\r\nHost: x\r\n" + bigHeader + "\r\n");
        } catch (IOException e) {
            // The server may close the connection before the whole header is sent; the answer is read below.
        }
        String response = readToEnd(socket);
        assertTrue(response.startsWith("HTTP/1.1 431 "), response);
        assertTrue(response.endsWith("431 Request Header Fields Too Large\n"), response);
        assertTrue(get("/index.html").endsWith(PAGE), "the server still answers");
    }

    @Test
    void headersJustUnderTheLimitAreAccepted() throws IOException {
        start(ServerLimits.DEFAULT, false);
        Socket socket = open();
        send(socket, "GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Filler: " + "a".repeat(7 * 1024) + "\r\n\r\n");
        String response = readToEnd(socket);
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
    }

    @Test
    void aClientThatStallsMidRequestIsDisconnectedAfterTheIdleTimeout() throws IOException {
        Duration timeout = Duration.ofMillis(400);
        start(new ServerLimits(timeout, 8 * 1024, 8, Duration.ofSeconds(15)), false);
        Socket socket = open();
        socket.setSoTimeout(20_000);
        send(socket, HALF_REQUEST);
        long started = System.nanoTime();
        String response;
        try {
            response = readToEnd(socket);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the stalled connection was still open after 20 s", e);
        }
        Duration open = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(response.isEmpty() || response.startsWith("HTTP/1.1 408 "), response);
        assertTrue(open.compareTo(timeout.multipliedBy(9).dividedBy(10)) >= 0, "closed after " + open.toMillis() + " ms");
    }

    @Test
    void aBodySentWithGetIsIgnoredAndTheConnectionGoesOn() throws IOException {
        start(ServerLimits.DEFAULT, false);
        Socket socket = open();
        send(socket, "GET /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String responses = readToEnd(socket);
        assertEquals(2, responses.split("HTTP/1.1 200 ", -1).length - 1, responses);
        assertTrue(responses.endsWith(PAGE), responses);
    }

    @Test
    void theEventStreamOutlivesTheIdleTimeoutWhilePingsFlow() throws IOException {
        Duration timeout = Duration.ofMillis(500);
        start(new ServerLimits(timeout, 8 * 1024, 8, Duration.ofMillis(150)), true);
        Socket socket = open();
        socket.setSoTimeout(10_000);
        send(socket, "GET /__versus/events HTTP/1.1\r\nHost: x\r\n\r\n");
        InputStream in = socket.getInputStream();
        long started = System.nanoTime();
        int pings = 0;
        while (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout.multipliedBy(4)) < 0) {
            String line = readLine(in);
            pings += line.equals(": ping") ? 1 : 0;
        }
        assertTrue(pings >= 4, pings + " pings in four idle timeouts");
        server.siteRebuilt();
        assertEquals("event: reload", nextLineStartingWith(in, "event: "));
    }

    @Test
    void anEventStreamWaitingForTheNextBuildIsNotCutByTheIdleTimeout() throws IOException, InterruptedException {
        Duration timeout = Duration.ofMillis(500);
        start(new ServerLimits(timeout, 8 * 1024, 8, Duration.ofMinutes(1)), true);
        Socket socket = open();
        socket.setSoTimeout(10_000);
        send(socket, "GET /__versus/events HTTP/1.1\r\nHost: x\r\n\r\n");
        InputStream in = socket.getInputStream();
        assertEquals("retry: 1000", nextLineStartingWith(in, "retry: "));
        Thread.sleep(timeout.multipliedBy(4).toMillis());
        server.buildFailed("content/a.md:3:1: broken");
        assertEquals("event: build-error", nextLineStartingWith(in, "event: "));
        assertEquals("data: content/a.md:3:1: broken", readLine(in));
    }

    /** One line of the (chunked) stream; chunk sizes come out as lines of their own, skipped by callers. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new AssertionError("the stream ended; read so far: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String nextLineStartingWith(InputStream in, String prefix) throws IOException {
        List<String> skipped = new ArrayList<>();
        while (true) {
            String line;
            try {
                line = readLine(in);
            } catch (AssertionError e) {
                throw new AssertionError("no line starting with \"" + prefix + "\" came; before it ended: " + skipped, e);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            skipped.add(line);
        }
    }
}
