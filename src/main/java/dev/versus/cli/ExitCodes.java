package dev.versus.cli;

/** The exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    /** The snapshot, content, templates or options are wrong; the message says where. */
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    /** A bug of Versus, and nothing else: the stack trace is printed, to be reported. */
    static final int INTERNAL = 3;
    /** The machine failed the build: disk full, permission denied, read-only file system. */
    static final int ENVIRONMENT = 4;
    /** Another Versus process is building into the same output folder (see build --wait). */
    static final int BUSY = 5;
    /** Stopped by Ctrl-C (SIGINT) or SIGTERM; the JVM exits with 128 + the signal's number. */
    static final int INTERRUPTED = 130;
    static final int TERMINATED = 143;

    /** Printed after the stack trace of an exit 3. */
    static final String REPORT_BUG =
            "This is a bug in Versus. Please report it with the command you ran and the stack trace above.";

    private ExitCodes() {
    }

    /** The exit code of a failed build, the same for {@code build} and {@code serve}. */
    static int of(dev.versus.build.BuildFailure.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> INVALID_INPUT;
            case ENVIRONMENT -> ENVIRONMENT;
            case BUSY -> BUSY;
            case CANCELLED -> INTERRUPTED;
            case BUG -> INTERNAL;
        };
    }
}
