package dev.versus.load;

import java.util.List;

/** One or more content files are unusable; each message starts with file:line:column. */
public final class InvalidContentException extends Exception {
    private final List<String> errors;

    public InvalidContentException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
