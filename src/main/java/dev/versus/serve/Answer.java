package dev.versus.serve;

import java.nio.file.Path;

/** What the server answers a path of the site with, before HTTP: the handler turns it into a response. */
sealed interface Answer {

    /**
     * A file's bytes, with its strong ETag (the SHA-256 of the bytes, as the build's manifest
     * records them) and its Content-Type.
     */
    record Body(byte[] bytes, String etag, String type) implements Answer {
    }

    /** A built file too large to read whole, streamed from the disk. */
    record LargeFile(Path file, long size, String etag, String type) implements Answer {
    }

    /** The redirect map sends the path elsewhere. */
    record Redirect(int status, String location) implements Answer {
    }

    /** A folder's page asked for without its trailing slash: a 301 to the path with it. */
    record AddSlash() implements Answer {
    }

    record Missing() implements Answer {
    }

    /**
     * The page could not be made and no earlier version of it is kept: the message, starting
     * with {@code file:line:col}, is what the person editing needs to read.
     */
    record Failed(String message) implements Answer {
    }

    static Body body(byte[] bytes, String fileName) {
        return new Body(bytes, "\"" + dev.versus.hash.Sha256.hex(dev.versus.hash.Sha256.of(bytes)) + "\"",
                ContentTypes.of(fileName));
    }
}
