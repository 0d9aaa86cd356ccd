package dev.versus.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The output folder served over HTTP with the JDK's own server. Requests run on a fixed pool of
 * threads; connections beyond it wait in the queue (and the listen backlog) rather than fail.
 * Close it to stop listening and end the open event streams.
 */
public final class SiteServer implements AutoCloseable {
    static final int THREADS = 64;
    private static final int BACKLOG = 1024;
    private static final long PING_SECONDS = 15;

    static {
        // The JDK server reads these once, when the first server is made; values set on the
        // command line win. It writes headers and body separately: with Nagle's algorithm on, the
        // body's last segment waits for the client's delayed ACK on keep-alive connections. And
        // it closes a finished keep-alive connection when 200 are already idle, so 200 clients
        // would keep reconnecting.
        defaultProperty("sun.net.httpserver.nodelay", "true");
        defaultProperty("sun.net.httpserver.maxIdleConnections", "1000");
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final SiteHandler handler;
    private final LiveReload live;
    private final ScheduledExecutorService pings;

    private SiteServer(HttpServer server, ThreadPoolExecutor executor, SiteHandler handler, LiveReload live,
            ScheduledExecutorService pings) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.live = live;
        this.pings = pings;
    }

    /**
     * Starts serving {@code root} on {@code address:port} (port 0 picks a free one).
     *
     * @param reloadPages whether HTML pages get the reload script and /__versus/events exists
     */
    public static SiteServer start(Path root, InetAddress address, int port, boolean reloadPages) throws IOException {
        SiteFolder folder = new SiteFolder(root);
        LiveReload live = reloadPages ? new LiveReload() : null;
        SiteHandler handler = new SiteHandler(folder, live);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), BACKLOG);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons("versus-serve-"));
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        ScheduledExecutorService pings = null;
        if (live != null) {
            pings = Executors.newSingleThreadScheduledExecutor(daemons("versus-serve-ping-"));
            pings.scheduleWithFixedDelay(live::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        }
        return new SiteServer(server, executor, handler, live, pings);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The server's root URL, as a browser would be given it. */
    public URI url() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "localhost" : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Tells the open pages to reload and reads the redirect map again: the site was rebuilt. */
    public void siteRebuilt() {
        handler.reloadRedirects();
        if (live != null) {
            live.buildSucceeded();
        }
    }

    /** Shows the open pages (and pages opened until the next good build) why the build failed. */
    public void buildFailed(String message) {
        if (live != null) {
            live.buildFailed(message);
        }
    }

    /** Stops listening, ends the event streams and the request threads. */
    @Override
    public void close() {
        if (pings != null) {
            pings.shutdownNow();
        }
        if (live != null) {
            live.close();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
