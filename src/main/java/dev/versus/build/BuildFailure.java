package dev.versus.build;

import java.util.regex.Pattern;

/**
 * A build stopped. The message starts with the position of the input at fault when there is one
 * ({@code content/pages/about.md:3:14: ...}), so that editors and terminals can jump to it, and
 * with the stage that failed otherwise.
 */
public final class BuildFailure extends Exception {
    private static final Pattern POSITIONED = Pattern.compile("^[^\\s:][^\\n]*?:\\d+:\\d+: ");
    private final boolean invalidInput;

    BuildFailure(String stage, String message, boolean invalidInput, Throwable cause) {
        super(invalidInput && POSITIONED.matcher(message).find() ? message : stage + ": " + message, cause);
        this.invalidInput = invalidInput;
    }

    /** True when the input (snapshot, content, templates, options) is at fault, not Versus. */
    public boolean isInvalidInput() {
        return invalidInput;
    }
}
