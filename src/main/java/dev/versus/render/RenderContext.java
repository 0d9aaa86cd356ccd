package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.model.SiteContent;
import dev.versus.render.freemarker.Templates;

/**
 * What every page renderer of one build shares: the compiled templates, the catalog of
 * figures, the site's name and URLs, and the content folder's texts.
 */
public record RenderContext(Templates templates, Catalog catalog, SiteContext site, SiteContent content) {
}
