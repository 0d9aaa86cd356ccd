package dev.versus.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every request: GET and HEAD only; what the served site answers for the path (a file,
 * a redirect, a 301 to the path with its trailing slash), else the site's 404 page with status
 * 404. A body sent with GET or HEAD is never read: Jetty drops it, or closes the connection when
 * it is too large to drop.
 */
final class SiteHandler extends Handler.Abstract {
    private final ServedSite site;
    /** Null unless the server reloads pages after edits. */
    private final LiveReload live;

    SiteHandler(ServedSite site, LiveReload live) {
        this.site = site;
        this.live = live;
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
        } else if (!(parsed instanceof RequestPaths.Site path)) {
            notFound(reply);
        } else if (path.path().startsWith(LiveReload.PREFIX)) {
            serveLiveReload(request, response, callback, reply, path.path(), head);
        } else {
            send(reply, uri, site.answer(path));
        }
        return true;
    }

    private void send(Reply reply, HttpURI uri, Answer answer) {
        if (answer instanceof Answer.Body body) {
            sendBody(reply, body, 200);
        } else if (answer instanceof Answer.LargeFile file) {
            sendHeaders(reply, file.type(), file.etag());
            if (ETags.matches(reply.requestHeader("If-None-Match"), file.etag())) {
                reply.notModified();
            } else {
                reply.file(200, file.file(), file.size());
            }
        } else if (answer instanceof Answer.Redirect redirect) {
            reply.redirect(redirect.status(), withQuery(uri, redirect.location()));
        } else if (answer instanceof Answer.AddSlash) {
            reply.redirect(301, withQuery(uri, uri.getPath() + "/"));
        } else if (answer instanceof Answer.Failed failed) {
            sendFailure(reply, failed.message());
        } else {
            notFound(reply);
        }
    }

    private void notFound(Reply reply) {
        Answer page = site.notFoundPage();
        if (page instanceof Answer.Body body) {
            sendBody(reply, body, 404);
        } else {
            // Without a 404 page (say the first load failed) this is where the error can be read.
            String failure = live == null ? null : live.failure();
            reply.text(404, failure == null ? "Not found." : "Not found.\n\nThe last build failed:\n" + failure);
        }
    }

    /**
     * A page that could not be made and has no earlier version: the message as a page of its
     * own, with the reload script, so that it turns into the page once the input is fixed.
     */
    private void sendFailure(Reply reply, String message) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head>\n"
                + "<body><h1>Build failed</h1>\n<pre>" + escape(message) + "</pre>\n</body></html>\n";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        if (live != null) {
            bytes = LiveReload.inject(bytes);
        }
        reply.headers().put("Content-Type", ContentTypes.HTML);
        reply.headers().put("Cache-Control", "no-cache");
        reply.bytes(500, bytes);
    }

    /** Sends bytes: with the reload script when they are HTML and pages reload, 304 when the client has them. */
    private void sendBody(Reply reply, Answer.Body body, int status) {
        byte[] bytes = body.bytes();
        String etag = body.etag();
        if (live != null && ContentTypes.isHtml(body.type())) {
            bytes = LiveReload.inject(bytes);
            etag = LiveReload.injectedTag(etag);
        }
        sendHeaders(reply, body.type(), etag);
        if (status == 200 && ETags.matches(reply.requestHeader("If-None-Match"), etag)) {
            reply.notModified();
        } else {
            reply.bytes(status, bytes);
        }
    }

    private static void sendHeaders(Reply reply, String type, String etag) {
        reply.headers().put("Content-Type", type);
        reply.headers().put("ETag", etag);
        reply.headers().put("Cache-Control", "no-cache");
    }

    private void serveLiveReload(Request request, Response response, Callback callback, Reply reply, String path,
            boolean head) {
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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String withQuery(HttpURI uri, String location) {
        String query = uri.getQuery();
        return query == null || location.contains("?") ? location : location + "?" + query;
    }
}
