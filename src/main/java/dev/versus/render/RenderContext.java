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

    /** Each thread's digest for {@link #keyWithWords}, reset for each page: one per page was garbage. */
    private static final ThreadLocal<java.security.MessageDigest> KEY_DIGEST =
            ThreadLocal.withInitial(dev.versus.hash.Sha256::newDigest);

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
        java.security.MessageDigest digest = KEY_DIGEST.get();
        digest.reset();
        digest.update(key);
        digest.update(words);
        return digest.digest();
    }
}
