package dev.versus.model;

/**
 * A page written in Markdown with front matter.
 *
 * @param file where it came from, for messages
 * @param layout the template it is shown with ("page" unless the front matter says otherwise)
 * @param body the body under the front matter, Markdown as the load stage reads it; the render
 *     stage turns it into sanitized HTML, so that load does no rendering
 * @param layoutAt where the layout is named, as {@code file:line:col}, so that a missing layout is
 *     reported at the line that asks for it
 */
public record ContentPage(String file, String slug, String title, String description, String layout, String body,
        String layoutAt) {
}
