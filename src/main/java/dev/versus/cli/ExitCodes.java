package dev.versus.cli;

/** The exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
