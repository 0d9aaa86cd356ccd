package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.model.SiteContent;
import dev.versus.render.freemarker.MessageMethod;
import dev.versus.render.freemarker.Templates;

/**
 * What every page renderer of one language of one build shares: the compiled templates, the
 * catalog of figures, the site's name and URLs with the language's words, the content folder's
 * texts, and {@code t}, the templates' way to the language's messages.
 */
public record RenderContext(Templates templates, Catalog catalog, SiteContext site, SiteContent content,
        MessageMethod t, java.util.Map<String, byte[]> wordsKeys) {

    /** @param wordsKeys the digests of the language's messages by template, made once per renderer */
    public RenderContext(Templates templates, Catalog catalog, SiteContext site, SiteContent content) {
        this(templates, catalog, site, content, new MessageMethod(site.words()),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * A page's input key: {@code key} (its figures and words) with the language's messages its
     * template's kind of page uses, which the templates print through {@code t} and no view holds.
     */
    public byte[] keyWithWords(String template, byte[] key) {
        byte[] words = wordsKeys.computeIfAbsent(template, kind -> MessageTables.digest(site().words(), kind));
        return dev.versus.hash.Sha256.of(key, words);
    }
}
