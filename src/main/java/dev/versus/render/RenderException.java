package dev.versus.render;

/** A template failed on a page; the message names the template and FreeMarker's position. */
public final class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
