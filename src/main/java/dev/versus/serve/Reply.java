package dev.versus.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to one request. Bodies are handed to Jetty, which writes them as the client takes
 * them and then completes the request's callback: no thread waits for a slow reader. For HEAD
 * only the headers go out, with the Content-Length the body would have.
 */
final class Reply {
    private final Response response;
    private final Callback done;
    private final boolean head;

    Reply(Response response, Callback done, boolean head) {
        this.response = response;
        this.done = done;
        this.head = head;
    }

    HttpFields.Mutable headers() {
        return response.getHeaders();
    }

    String requestHeader(String name) {
        return response.getRequest().getHeaders().get(name);
    }

    void text(int status, String text) {
        headers().put("Content-Type", ContentTypes.PLAIN);
        headers().put("Cache-Control", "no-cache");
        bytes(status, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void redirect(int status, String location) {
        headers().put("Location", location);
        text(status, "Moved to " + location);
    }

    void bytes(int status, byte[] body) {
        headers().put("X-Content-Type-Options", "nosniff");
        headers().put("Content-Length", Integer.toString(body.length));
        response.setStatus(status);
        response.write(true, head ? null : ByteBuffer.wrap(body), done);
    }

    /** A file too large to read whole, copied from the disk as the client takes it. */
    void file(int status, Path file, long size) {
        headers().put("Content-Length", Long.toString(size));
        response.setStatus(status);
        if (head) {
            response.write(true, null, done);
        } else {
            Content.copy(Content.Source.from(file), response, done);
        }
    }

    void notModified() {
        response.setStatus(304);
        response.write(true, null, done);
    }
}
