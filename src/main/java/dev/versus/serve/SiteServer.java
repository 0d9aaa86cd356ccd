package dev.versus.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * A site served over HTTP by Jetty: a built folder, or the inputs rendered on request. Its selector reads requests as their bytes
 * arrive, so a connection holds a thread only while its request is being answered: clients
 * that stall halfway through a request, or keep idle connections open, cost a socket, not a
 * thread, and cannot make other requests wait. There is no cap on connections: a cap would
 * only queue new clients behind the stalled ones again, and on a preview server the idle
 * timeout lets the stalled ones go soon enough. Close it to stop listening and end the open
 * event streams.
 */
public final class SiteServer implements AutoCloseable {
    /** Connections waiting to be accepted; a burst of page loads opens many at once. */
    private static final int ACCEPT_QUEUE = 1024;

    private final Server server;
    private final ServerConnector connector;
    private final InetAddress address;
    private final LiveReload live;
    private final ScheduledExecutorService pings;

    private SiteServer(Server server, ServerConnector connector, InetAddress address, LiveReload live, ScheduledExecutorService pings) {
        this.server = server;
        this.connector = connector;
        this.address = address;
        this.live = live;
        this.pings = pings;
    }

    /**
     * Starts serving {@code root} on {@code address:port} (port 0 picks a free one).
     *
     * @param reloadPages whether HTML pages get the reload script and /__versus/events exists
     * @throws BindException when the port is taken or the address is not this machine's
     */
    public static SiteServer start(Path root, InetAddress address, int port, boolean reloadPages) throws IOException {
        return start(root, address, port, reloadPages, ServerLimits.DEFAULT);
    }

    static SiteServer start(Path root, InetAddress address, int port, boolean reloadPages, ServerLimits limits)
            throws IOException {
        return start(new FolderSite(root), address, port, reloadPages ? new LiveReload() : null, limits);
    }

    /**
     * Starts serving {@code site}.
     *
     * @param live the open pages' reload events, or null for none (no script is added to pages)
     */
    static SiteServer start(ServedSite site, InetAddress address, int port, LiveReload live, ServerLimits limits)
            throws IOException {
        SiteHandler handler = new SiteHandler(site, live);
        Server server = newServer(limits);
        ServerConnector connector = newConnector(server, address, port, limits);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setErrorHandler(new PlainErrors());
        startOrFail(server);
        ScheduledExecutorService pings = null;
        if (live != null) {
            pings = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "versus-serve-ping");
                thread.setDaemon(true);
                return thread;
            });
            long every = limits.pingInterval().toMillis();
            pings.scheduleWithFixedDelay(live::ping, every, every, TimeUnit.MILLISECONDS);
        }
        return new SiteServer(server, connector, address, live, pings);
    }

    private static Server newServer(ServerLimits limits) {
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 2);
        threads.setName("versus-serve");
        // Daemon threads, as before: a test or a command that forgets to close cannot hang the JVM.
        threads.setDaemon(true);
        Server server = new Server(threads, new ScheduledExecutorScheduler("versus-serve-timer", true), null);
        server.setStopTimeout(0);
        return server;
    }

    private static ServerConnector newConnector(Server server, InetAddress address, int port, ServerLimits limits) {
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.requestHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // One acceptor and one selector: a preview server on two cores needs no more to keep
        // thousands of connections, since neither ever waits for a client.
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        return connector;
    }

    /** Starts Jetty; a port in use comes out as the BindException the caller can tell apart. */
    private static void startOrFail(Server server) throws IOException {
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bind) {
                    throw bind;
                }
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("the server did not start: " + e, e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The server's root URL, as a browser would be given it. */
    public URI url() {
        String host = address.isAnyLocalAddress() ? "localhost" : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Tells the open pages to reload: the site changed. */
    public void siteRebuilt() {
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
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping closes every connection; one that fails to close is gone all the same.
        }
    }
}
