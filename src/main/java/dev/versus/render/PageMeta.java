package dev.versus.render;

import dev.versus.text.Language;
import java.util.List;

/**
 * What every page's head, header and footer show.
 *
 * @param root the relative prefix from this page to the site root ("../../")
 * @param canonical the absolute URL of this page
 * @param breadcrumbs from Home to this page; the last one is the page itself
 * @param breadcrumbJson BreadcrumbList JSON-LD, already escaped for a script element
 * @param pageJson WebPage JSON-LD with the snapshot's date as {@code dateModified}, escaped likewise
 * @param nav the header's links (versus.toml's [[nav]]), relative to this page
 * @param footer the footer's links (versus.toml's [[footer]]), relative to this page
 * @param language the page's language
 * @param assetRoot the relative prefix from this page to the site root, where the assets are
 *     ({@code root} for the first language, one folder more for the others)
 * @param alternates the page in each language, for {@code <link rel="alternate" hreflang>}: the
 *     link's text is the hreflang, its href absolute; empty for a single-language site
 * @param languages the language switcher; empty for a single-language site
 * @param footerData the footer's line about the data: "Data updated 1 February 2022. Source: …."
 */
public record PageMeta(
        String title,
        String description,
        String canonical,
        String root,
        boolean noindex,
        String siteName,
        String dataDate,
        String dataSource,
        List<Link> breadcrumbs,
        String breadcrumbJson,
        String pageJson,
        List<Link> nav,
        List<Link> footer,
        Language language,
        String assetRoot,
        List<Link> alternates,
        List<LanguageLink> languages,
        String footerData) {

    /** The Open Graph locale of the page's language: "en_US" (the pages spell "favor", "color"), "de_DE". */
    public String locale() {
        return language.ogLocale();
    }

    /** {@code <html lang>}: "en", "ar". */
    public String lang() {
        return language.htmlLang();
    }

    /** {@code <html dir>}: "rtl" for a language written right to left, else "ltr". */
    public String dir() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    public String stylesheet() {
        return assetRoot + "assets/site.css";
    }

    public String home() {
        return root.isEmpty() ? "./" : root;
    }

    public String methodology() {
        return root + "methodology/";
    }

    public String disclaimer() {
        return root + "disclaimer/";
    }

    /** The same meta with other breadcrumbs: the home page is the first crumb itself and shows none. */
    public PageMeta withBreadcrumbs(List<Link> crumbs, String crumbJson) {
        return new PageMeta(title, description, canonical, root, noindex, siteName, dataDate, dataSource, crumbs,
                crumbJson, pageJson, nav, footer, language, assetRoot, alternates, languages, footerData);
    }
}
