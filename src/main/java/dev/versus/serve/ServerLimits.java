package dev.versus.serve;

import java.time.Duration;

/**
 * How long and how much the server waits for and accepts from a client.
 *
 * @param idleTimeout how long a connection may send nothing while a request is expected or
 *     being read, or take nothing while a response is being written, before it is closed; an open
 *     event stream waiting for the next build is exempt
 * @param requestHeaderBytes the most a request line and its headers may take together; more is
 *     answered 431 (414 when the request line alone is too long) and the connection closed
 * @param maxThreads the threads that answer requests, selectors and acceptor included; a
 *     connection holds one only while its request is being answered, never while it is idle
 * @param pingInterval how often open event streams get a comment, so that closed pages are noticed
 */
record ServerLimits(Duration idleTimeout, int requestHeaderBytes, int maxThreads, Duration pingInterval) {
    /**
     * 10 s is far more than a browser on this machine needs between two packets of a request,
     * and short enough that stalled clients are let go soon. 8 KiB is what most servers take
     * (nginx, Jetty's own default) and far more than a browser sends to a preview server. Eight
     * threads: a request only holds one while it reads a file and hands the bytes to the
     * selector, so a few keep two cores busy.
     */
    static final ServerLimits DEFAULT = new ServerLimits(Duration.ofSeconds(10), 8 * 1024, 8, Duration.ofSeconds(15));

    ServerLimits {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || pingInterval.isNegative() || pingInterval.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (requestHeaderBytes < 256 || maxThreads < 4) {
            throw new IllegalArgumentException("too small: " + requestHeaderBytes + " header bytes, " + maxThreads + " threads");
        }
    }
}
