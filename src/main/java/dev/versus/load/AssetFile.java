package dev.versus.load;

/**
 * A static file of the template set, as read: where it goes in the site ({@code assets/...}), its
 * bytes, and the file it came from, for messages.
 */
public record AssetFile(String route, byte[] bytes, String source) {
}
