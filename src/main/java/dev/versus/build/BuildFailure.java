package dev.versus.build;

/** A build stopped; the message starts with the stage that failed. */
public final class BuildFailure extends Exception {
    private final boolean invalidInput;

    BuildFailure(String stage, String message, boolean invalidInput, Throwable cause) {
        super(stage + ": " + message, cause);
        this.invalidInput = invalidInput;
    }

    /** True when the input (snapshot, content, templates, options) is at fault, not Versus. */
    public boolean isInvalidInput() {
        return invalidInput;
    }
}
