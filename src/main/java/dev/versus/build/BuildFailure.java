package dev.versus.build;

/** A build stopped; the message starts with the stage that failed. */
public final class BuildFailure extends Exception {

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
        super(stage + ": " + reason, cause);
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
