package dev.versus.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every request: GET and HEAD only; the redirect map first, then the file the path
 * names (a folder's index.html for "/a/", a 301 to "/a/" for "/a"), else the site's 404.html
 * with status 404. A body sent with GET or HEAD is never read: Jetty drops it, or closes the
 * connection when it is too large to drop.
 */
final class SiteHandler extends Handler.Abstract {
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
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        Reply reply = new Reply(response, callback, head);
        if (!head && !method.equals("GET")) {
            reply.headers().put("Allow", "GET, HEAD");
            reply.text(405, "Method not allowed: only GET and HEAD.");
            return true;
        }
        // The raw path, still percent-encoded: RequestPaths decodes it once itself and refuses
        // what Jetty's own normalising would have quietly repaired.
        HttpURI uri = request.getHttpURI();
        RequestPaths.Result parsed = RequestPaths.parse(uri.getPath());
        if (parsed instanceof RequestPaths.Bad) {
            reply.text(400, "Bad request.");
        } else if (!(parsed instanceof RequestPaths.Site site)) {
            notFound(reply);
        } else if (site.path().startsWith(LiveReload.PREFIX)) {
            serveLiveReload(request, response, callback, reply, site.path(), head);
        } else {
            serveSitePath(reply, uri, site);
        }
        return true;
    }

    private void serveSitePath(Reply reply, HttpURI uri, RequestPaths.Site site) throws IOException {
        Redirects.Target redirect = redirects.find(site.path());
        if (redirect != null) {
            reply.redirect(redirect.status(), withQuery(uri, redirect.location()));
            return;
        }
        SiteFolder.Lookup lookup = folder.find(site);
        if (lookup instanceof SiteFolder.Found found) {
            serveFile(reply, found.file(), 200);
        } else if (lookup instanceof SiteFolder.AddSlash) {
            reply.redirect(301, withQuery(uri, uri.getPath() + "/"));
        } else {
            notFound(reply);
        }
    }

    private void serveLiveReload(Request request, Response response, Callback callback, Reply reply, String path,
            boolean head) throws IOException {
        if (live != null && path.equals(LiveReload.EVENTS) && !head) {
            live.subscribe(request, response, callback);
        } else if (live != null && path.equals(LiveReload.SCRIPT)) {
            reply.headers().put("Content-Type", "text/javascript; charset=utf-8");
            reply.headers().put("Cache-Control", "no-cache");
            reply.bytes(200, LiveReload.SCRIPT_SOURCE.getBytes(StandardCharsets.UTF_8));
        } else {
            notFound(reply);
        }
    }

    private void notFound(Reply reply) throws IOException {
        RequestPaths.Result page = RequestPaths.parse(NOT_FOUND_PAGE);
        if (page instanceof RequestPaths.Site site && folder.find(site) instanceof SiteFolder.Found found) {
            serveFile(reply, found.file(), 404);
        } else {
            // Without a 404 page (say the first build failed) this is where the error can be read.
            String failure = live == null ? null : live.failure();
            reply.text(404, failure == null ? "Not found." : "Not found.\n\nThe last build failed:\n" + failure);
        }
    }

    /** Sends a file: with the reload script when it is HTML and pages reload, 304 when the client has it. */
    private void serveFile(Reply reply, Path file, int status) throws IOException {
        SiteFolder.Content content;
        try {
            content = folder.read(file);
        } catch (NoSuchFileException e) {
            // Deleted by a rebuild between finding and reading it.
            reply.text(404, "Not found.");
            return;
        }
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] bytes = content.bytes();
        String etag = content.etag();
        if (live != null && bytes != null && ContentTypes.isHtml(type)) {
            bytes = LiveReload.inject(bytes);
            etag = LiveReload.injectedTag(etag);
        }
        reply.headers().put("Content-Type", type);
        reply.headers().put("ETag", etag);
        reply.headers().put("Cache-Control", "no-cache");
        if (status == 200 && ETags.matches(reply.requestHeader("If-None-Match"), etag)) {
            reply.notModified();
        } else if (bytes != null) {
            reply.bytes(status, bytes);
        } else {
            reply.file(status, file, content.size());
        }
    }

    private static String withQuery(HttpURI uri, String location) {
        String query = uri.getQuery();
        return query == null || location.contains("?") ? location : location + "?" + query;
    }
}
