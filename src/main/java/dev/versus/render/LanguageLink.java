package dev.versus.render;

/**
 * One entry of the language switcher: the same page in another language.
 *
 * @param lang the language's code, for {@code hreflang} and {@code lang} on the link
 * @param name the language's name in itself ("Deutsch")
 * @param href relative to the page
 * @param current true for the page's own language
 */
public record LanguageLink(String lang, String name, String href, boolean current) {
}
