package dev.versus.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A page too large to hold whole (a redirect map with a line per pair): the writer has it write
 * its bytes straight to a file, digesting them on the way, instead of asking for an array.
 */
public interface StreamedPage extends PreparedPage {

    /** Writes the page's bytes; the stream is buffered and closed by the caller. */
    void writeTo(OutputStream out) throws IOException;

    /** The bytes in memory, for tests and tools that want the page whole. */
    @Override
    default byte[] render() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
