package dev.versus.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Answers every request: GET and HEAD only; the redirect map first, then the file the path
 * names (a folder's index.html for "/a/", a 301 to "/a/" for "/a"), else the site's 404.html
 * with status 404.
 */
final class SiteHandler implements HttpHandler {
    private static final String NOT_FOUND_PAGE = "/404.html";

    private final SiteFolder folder;
    /** Null unless the server reloads pages after rebuilds. */
    private final LiveReload live;
    private volatile Redirects redirects;

    SiteHandler(SiteFolder folder, LiveReload live) {
        this.folder = folder;
        this.live = live;
        reloadRedirects();
    }

    /** Reads {@code _redirects} again, after a build may have changed it. */
    void reloadRedirects() {
        redirects = Redirects.read(folder.root());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            keepOpen = respond(exchange);
        } catch (IOException e) {
            // The client went away mid-response; there is no one left to answer.
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    /** Answers the request; true when the exchange stays open (an event stream). */
    private boolean respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, "Method not allowed: only GET and HEAD.", head);
            return false;
        }
        RequestPaths.Result parsed = RequestPaths.parse(exchange.getRequestURI());
        if (parsed instanceof RequestPaths.Bad) {
            sendText(exchange, 400, "Bad request.", head);
            return false;
        }
        if (!(parsed instanceof RequestPaths.Site request)) {
            notFound(exchange, head);
            return false;
        }
        if (request.path().startsWith(LiveReload.PREFIX)) {
            return serveLiveReload(exchange, request.path(), head);
        }
        Redirects.Target redirect = redirects.find(request.path());
        if (redirect != null) {
            redirect(exchange, redirect.status(), withQuery(exchange, redirect.location()), head);
            return false;
        }
        SiteFolder.Lookup lookup = folder.find(request);
        if (lookup instanceof SiteFolder.Found found) {
            serveFile(exchange, found.file(), 200, head);
        } else if (lookup instanceof SiteFolder.AddSlash) {
            redirect(exchange, 301, withQuery(exchange, exchange.getRequestURI().getRawPath() + "/"), head);
        } else {
            notFound(exchange, head);
        }
        return false;
    }

    private boolean serveLiveReload(HttpExchange exchange, String path, boolean head) throws IOException {
        if (live != null && path.equals(LiveReload.EVENTS) && !head) {
            live.subscribe(exchange);
            return true;
        }
        if (live != null && path.equals(LiveReload.SCRIPT)) {
            byte[] script = LiveReload.SCRIPT_SOURCE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, script, head);
            return false;
        }
        notFound(exchange, head);
        return false;
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        RequestPaths.Result page = RequestPaths.parse(NOT_FOUND_PAGE);
        if (page instanceof RequestPaths.Site site && folder.find(site) instanceof SiteFolder.Found found) {
            serveFile(exchange, found.file(), 404, head);
        } else {
            // Without a 404 page (say the first build failed) this is where the error can be read.
            String failure = live == null ? null : live.failure();
            sendText(exchange, 404, failure == null ? "Not found." : "Not found.\n\nThe last build failed:\n" + failure, head);
        }
    }

    /** Sends a file: with the reload script when it is HTML and pages reload, 304 when the client has it. */
    private void serveFile(HttpExchange exchange, Path file, int status, boolean head) throws IOException {
        SiteFolder.Content content;
        try {
            content = folder.read(file);
        } catch (NoSuchFileException e) {
            // Deleted by a rebuild between finding and reading it.
            sendText(exchange, 404, "Not found.", head);
            return;
        }
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] bytes = content.bytes();
        String etag = content.etag();
        if (live != null && bytes != null && ContentTypes.isHtml(type)) {
            bytes = LiveReload.inject(bytes);
            etag = LiveReload.injectedTag(etag);
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("ETag", etag);
        headers.set("Cache-Control", "no-cache");
        if (status == 200 && ETags.matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (bytes != null) {
            send(exchange, status, bytes, head);
        } else if (head) {
            headers.set("Content-Length", Long.toString(content.size()));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, content.size());
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        sendText(exchange, status, "Moved to " + location, head);
    }

    private static String withQuery(HttpExchange exchange, String location) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null || location.contains("?") ? location : location + "?" + query;
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.PLAIN);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    /** Sends a body; for HEAD only its headers, with the Content-Length the body would have. */
    private static void send(HttpExchange exchange, int status, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
