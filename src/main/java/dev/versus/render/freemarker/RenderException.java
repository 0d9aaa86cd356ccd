package dev.versus.render.freemarker;

/**
 * A template, or the layout a page asks for, is at fault: the user's input, not Versus. The message
 * starts with {@code file:line:col:} of the failing expression and ends with the page being rendered.
 */
public final class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
