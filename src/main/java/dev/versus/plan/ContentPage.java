package dev.versus.plan;

/**
 * A page written in Markdown with front matter.
 *
 * @param file where it came from, for messages
 * @param layout the template it is shown with ("page" unless the front matter says otherwise)
 * @param html the body, already rendered and sanitized
 */
public record ContentPage(String file, String slug, String title, String description, String layout, String html) {
}
