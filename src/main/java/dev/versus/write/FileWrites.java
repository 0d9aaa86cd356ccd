package dev.versus.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How a page's bytes reach a new file in the staging folder. A seam so that tests can make the
 * disk "full" without filling one; the build only ever uses {@link #CREATE_NEW}.
 */
interface FileWrites {

    /**
     * Writes a file that must not exist yet: a file present in staging may be a hard link to a
     * file of the live site, and writing into it would change the live site.
     */
    FileWrites CREATE_NEW = (file, bytes) -> Files.write(file, bytes, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);

    void write(Path file, byte[] bytes) throws IOException;
}
