package dev.versus.build;

import java.util.regex.Pattern;

/**
 * A build stopped. The message starts with the position of the input at fault when there is one
 * ({@code content/pages/about.md:3:14: ...}), so that editors and terminals can jump to it, and
 * with the stage that failed otherwise.
 */
public final class BuildFailure extends Exception {
    private static final Pattern POSITIONED = Pattern.compile("^[^\\s:][^\\n]*?:\\d+:\\d+: ");

    /** Whose fault, which decides the exit code and what the person is told. */
    public enum Kind {
        /** The snapshot, content, templates or options: the person fixes them (exit 1). */
        INVALID_INPUT,
        /** The machine: a full disk, a permission, a read-only file system (exit 4). */
        ENVIRONMENT,
        /** Another build holds the output folder. */
        BUSY,
        /** Stopped on request (SIGTERM, Ctrl-C); the output is as it was. */
        CANCELLED,
        /** Versus itself (exit 3). */
        BUG
    }

    private final Kind kind;
    private final String reason;

    BuildFailure(String stage, String reason, Kind kind, Throwable cause) {
        super(kind == Kind.INVALID_INPUT && POSITIONED.matcher(reason).find() ? reason : stage + ": " + reason, cause);
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** The message without the stage, for messages that say it their own way. */
    public String reason() {
        return reason;
    }

    /** True when the input (snapshot, content, templates, options) is at fault, not Versus. */
    public boolean isInvalidInput() {
        return kind == Kind.INVALID_INPUT;
    }
}
