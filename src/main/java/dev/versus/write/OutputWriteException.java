package dev.versus.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The output could not be written: a full disk, a permission, a read-only file system. The
 * message names the output folder, the cause in the operating system's words, and what was being
 * done where, so that the person can act on it without a stack trace.
 */
public final class OutputWriteException extends IOException {
    private final String reason;

    /**
     * @param folder the output folder as the user named it
     * @param doing what was being done, such as "writing compare/a-vs-b/index.html into /srv/.site.staging-1f"
     */
    public OutputWriteException(Path folder, String doing, IOException cause) {
        super("cannot write " + folder + ": " + reasonOf(cause) + " (while " + doing + ")", cause);
        this.reason = reasonOf(cause);
    }

    /** The cause as the operating system words it, such as "No space left on device". */
    public String reason() {
        return reason;
    }

    static String reasonOf(IOException e) {
        if (e instanceof OutputWriteException written) {
            return written.reason();
        }
        if (e instanceof FileSystemException fileSystem) {
            if (fileSystem.getReason() != null) {
                return fileSystem.getReason();
            }
            // These are thrown without a reason; their errno is known from the type.
            if (e instanceof AccessDeniedException) {
                return "Permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            return e.getClass().getSimpleName() + ": " + fileSystem.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
