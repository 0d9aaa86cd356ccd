package dev.versus.model;

/**
 * A page written in Markdown with front matter.
 *
 * @param file where it came from, for messages
 * @param layout the template it is shown with ("page" unless the front matter says otherwise)
 * @param html the body, already rendered and sanitized
 * @param layoutAt where the layout is named, as {@code file:line:col}, so that a missing layout is
 *     reported at the line that asks for it
 */
public record ContentPage(String file, String slug, String title, String description, String layout, String html,
        String layoutAt) {
}
