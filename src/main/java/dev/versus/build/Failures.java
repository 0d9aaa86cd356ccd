package dev.versus.build;

import dev.versus.load.InvalidContentException;
import dev.versus.load.InvalidSnapshotException;
import dev.versus.plan.PlanException;
import dev.versus.render.freemarker.RenderException;
import dev.versus.write.Cancellation;
import dev.versus.write.OutputWriteException;
import dev.versus.write.ParallelPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;

/** Whose fault a failed step is, by the type of what it threw and the stage it threw in. */
final class Failures {
    private Failures() {
    }

    /**
     * Bad snapshots, content, templates or missing input files are the input's fault; a disk that
     * cannot be written, or an input that cannot be read for its permissions, the machine's;
     * anything else is a bug of Versus.
     */
    static BuildFailure.Kind kindOf(String stage, Throwable failure) {
        Throwable cause = failure instanceof ParallelPages.PageFailure ? failure.getCause() : failure;
        if (find(cause, Cancellation.Cancelled.class) != null) {
            return BuildFailure.Kind.CANCELLED;
        }
        if (cause instanceof InvalidSnapshotException || cause instanceof InvalidContentException
                || cause instanceof PlanException || cause instanceof RenderException) {
            return BuildFailure.Kind.INVALID_INPUT;
        }
        if (find(cause, OutputWriteException.class) != null) {
            return BuildFailure.Kind.ENVIRONMENT;
        }
        if (stage.equals("load") && cause instanceof IOException) {
            return cause instanceof AccessDeniedException ? BuildFailure.Kind.ENVIRONMENT : BuildFailure.Kind.INVALID_INPUT;
        }
        if (stage.equals("write") && (cause instanceof IOException || cause instanceof UncheckedIOException)) {
            return BuildFailure.Kind.ENVIRONMENT;
        }
        return BuildFailure.Kind.BUG;
    }

    /**
     * The exception to describe: a write failure's own message (folder, OS reason, where) rather
     * than the wrappers' that carried it off a render thread.
     */
    static Throwable rootOfWrite(Throwable failure) {
        OutputWriteException written = find(failure, OutputWriteException.class);
        return written != null ? written : failure;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
