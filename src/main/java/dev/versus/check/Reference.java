package dev.versus.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A URL in an attribute of an element, with what to call it in a message: links that lead
 * nowhere are "broken", assets the page needs to display are "missing".
 *
 * @param noun what the URL is ("link", "stylesheet", "image", ...)
 * @param asset whether the page needs it to display (stylesheet, script, image...)
 */
record Reference(String attribute, String url, String noun, boolean asset) {

    /** Every URL an element refers to, in attribute order. */
    static List<Reference> of(Element element) {
        List<Reference> references = new ArrayList<>(1);
        switch (element.normalName()) {
            case "a", "area" -> add(references, element, "href", "link", false);
            case "link" -> addLink(references, element);
            case "script" -> add(references, element, "src", "script", true);
            case "img", "source" -> {
                add(references, element, "src", "image", true);
                addSrcset(references, element);
            }
            case "video", "audio", "track", "embed" -> {
                add(references, element, "src", "media", true);
                add(references, element, "poster", "image", true);
            }
            case "iframe" -> add(references, element, "src", "frame", false);
            case "object" -> add(references, element, "data", "object", true);
            case "use", "image" -> {
                add(references, element, "href", "SVG reference", true);
                add(references, element, "xlink:href", "SVG reference", true);
            }
            case "meta" -> addMeta(references, element);
            default -> {
                // Other elements carry no URL the site must provide.
            }
        }
        return references;
    }

    private static void addLink(List<Reference> references, Element link) {
        String rel = " " + link.attr("rel").toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ") + " ";
        if (rel.contains(" stylesheet ")) {
            add(references, link, "href", "stylesheet", true);
        } else if (rel.contains(" icon ") || rel.contains(" apple-touch-icon ") || rel.contains(" mask-icon ")) {
            add(references, link, "href", "icon", true);
        } else if (rel.contains(" manifest ")) {
            add(references, link, "href", "manifest", true);
        } else if (rel.contains(" preload ") || rel.contains(" modulepreload ")) {
            add(references, link, "href", "preloaded asset", true);
        } else if (rel.contains(" canonical ")) {
            add(references, link, "href", "canonical link", false);
        } else if (rel.contains(" alternate ") && link.hasAttr("hreflang")) {
            add(references, link, "href", "alternate link", false);
        } else {
            add(references, link, "href", "link", false);
        }
    }

    private static void addMeta(List<Reference> references, Element meta) {
        String property = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
        switch (property.toLowerCase(Locale.ROOT)) {
            case "og:url" -> add(references, meta, "content", "og:url", false);
            case "og:image", "twitter:image" -> add(references, meta, "content", property, true);
            default -> {
                // Other meta tags hold text, not URLs.
            }
        }
    }

    private static void add(List<Reference> references, Element element, String attribute, String noun, boolean asset) {
        if (element.hasAttr(attribute)) {
            references.add(new Reference(attribute, element.attr(attribute), noun, asset));
        }
    }

    /** srcset: comma-separated candidates, each a URL and an optional width or density. */
    private static void addSrcset(List<Reference> references, Element element) {
        if (!element.hasAttr("srcset")) {
            return;
        }
        for (String candidate : element.attr("srcset").split(",")) {
            String url = candidate.strip().split("\\s+", 2)[0];
            if (!url.isEmpty()) {
                references.add(new Reference("srcset", url, "image", true));
            }
        }
    }
}
