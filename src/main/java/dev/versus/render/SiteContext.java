package dev.versus.render;

import dev.versus.model.NavLink;
import dev.versus.model.PageKind;
import dev.versus.model.SiteConfig;
import dev.versus.model.Snapshot;
import dev.versus.plan.Routes;
import dev.versus.text.Language;
import dev.versus.text.Words;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every page of one language of one build shares: the site's name, base URL and the
 * snapshot's date and source, the site configuration's links and page kinds, and the language's
 * words. It makes each page's {@link PageMeta}.
 *
 * <p>The site's first language is served at the root, every other under its code ("de/"): a
 * page's route is the same in every language, and {@link #absolute} puts the language's folder
 * in front of it.
 *
 * @param tagline the home page's heading
 * @param nav the header's links, with paths from the site root ("/categories/") or absolute URLs
 * @param pages the page kinds built; views leave out links to the others
 * @param words the language of these pages, its messages and formats
 * @param languages the site's languages, the first at the root
 * @param footerData the footer's line about the data, the same on every page of the language
 */
public record SiteContext(String siteName, URI baseUrl, String dataDate, String dataSource, String isoDate,
        String tagline, List<Link> nav, List<Link> footer, Set<PageKind> pages, Words words, List<Language> languages,
        String footerData) {

    public SiteContext {
        nav = List.copyOf(nav);
        footer = List.copyOf(footer);
        languages = List.copyOf(languages);
    }

    public static SiteContext of(Snapshot snapshot, URI baseUrl) {
        return of(snapshot, baseUrl, SiteConfig.DEFAULTS);
    }

    public static SiteContext of(Snapshot snapshot, URI baseUrl, SiteConfig config) {
        return of(snapshot, baseUrl, config, BuiltInWords.english(), List.of(Language.EN));
    }

    /** The context of the pages in {@code words}' language. */
    public static SiteContext of(Snapshot snapshot, URI baseUrl, SiteConfig config, Words words,
            List<Language> languages) {
        boolean first = languages.get(0) == words.language();
        String code = words.language().code();
        String tagline = config.tagline() == null ? words.t("home.tagline")
                : first ? config.tagline() : config.taglines().get(code);
        String dataDate = words.formats().date(snapshot.info().date());
        String dataSource = config.dataSource() != null ? config.dataSource() : snapshot.info().source();
        return new SiteContext(config.title(), baseUrl, dataDate, dataSource, snapshot.info().date().toString(), tagline,
                labeled(built(config.nav(), config.pages()), words, first),
                labeled(built(config.footer(), config.pages()), words, first), config.pages(), words, languages,
                words.t("layout.footer_data", "date", dataDate, "source", dataSource));
    }

    /** The links, less those to the search page or country pages when the site does not build them. */
    private static List<NavLink> built(List<NavLink> links, Set<PageKind> pages) {
        return links.stream()
                .filter(link -> pages.contains(PageKind.SEARCH) || !link.url().equals("/" + Routes.search()))
                .filter(link -> pages.contains(PageKind.COUNTRIES) || !link.url().startsWith("/" + Routes.countries()))
                .toList();
    }

    /** Each link with its words in this language: a default link's message, else versus.toml's label. */
    private static List<Link> labeled(List<NavLink> links, Words words, boolean first) {
        return links.stream()
                .map(link -> new Link(link.message() != null ? words.t(link.message())
                        : first ? link.label() : link.labels().get(words.language().code()), link.url()))
                .toList();
    }

    public boolean builds(PageKind kind) {
        return pages.contains(kind);
    }

    public Language language() {
        return words.language();
    }

    /** This language's folder under the site root: "" for the first language, "de/" for German. */
    public String languageFolder() {
        return folderOf(language());
    }

    private String folderOf(Language language) {
        return language == languages.get(0) ? "" : language.code() + "/";
    }

    /** The links as seen from a page {@code root} away from its language's root: "/about/" becomes "../../about/". */
    static List<Link> relative(List<Link> links, String root) {
        return links.stream()
                .map(link -> new Link(link.text(), link.href().startsWith("/") ? relativePath(root, link.href())
                        : link.href()))
                .toList();
    }

    private static String relativePath(String root, String path) {
        String rest = path.substring(1);
        return root.isEmpty() && rest.isEmpty() ? "./" : root + rest;
    }

    /** The page's WebPage JSON-LD: every page shows the snapshot's figures, so it changed on the snapshot's date. */
    String pageJson(String route, String title) {
        return JsonLd.webPage(title, absolute(route), siteName, isoDate, language().htmlLang());
    }

    /** The absolute URL of this language's page at {@code route}. */
    public String absolute(String route) {
        return baseUrl.toString() + languageFolder() + route;
    }

    /**
     * The page at {@code route} in each of the site's languages, for {@code <link rel="alternate">}:
     * none for a single-language site; else one per language and {@code x-default}, the first language's.
     */
    List<Link> alternates(String route) {
        if (languages.size() < 2) {
            return List.of();
        }
        List<Link> alternates = new ArrayList<>();
        for (Language language : languages) {
            alternates.add(new Link(language.htmlLang(), baseUrl.toString() + folderOf(language) + route));
        }
        alternates.add(new Link("x-default", baseUrl.toString() + route));
        return alternates;
    }

    /** The language switcher: the page at {@code route} in each language, relative to it; none for one language. */
    List<LanguageLink> switcher(String route) {
        if (languages.size() < 2) {
            return List.of();
        }
        String siteRoot = Routes.toRoot(route) + (languageFolder().isEmpty() ? "" : "../");
        List<LanguageLink> links = new ArrayList<>();
        for (Language language : languages) {
            String href = siteRoot + folderOf(language) + route;
            links.add(new LanguageLink(language.htmlLang(), language.nameInItself(), href.isEmpty() ? "./" : href,
                    language == language()));
        }
        return links;
    }

    /**
     * The meta of the page at {@code route}.
     *
     * @param trail the breadcrumbs between Home and this page, with routes as hrefs
     */
    public PageMeta meta(String route, String title, String description, boolean noindex, List<Link> trail,
            String current) {
        String root = Routes.toRoot(route);
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(new Link(words.t("nav.home"), ""));
        crumbs.addAll(trail);
        crumbs.add(new Link(current, route));
        String json = JsonLd.breadcrumbs(crumbs, this);
        List<Link> relative = crumbs.stream()
                .map(link -> new Link(link.text(), link.href().isEmpty() && root.isEmpty() ? "./" : root + link.href()))
                .toList();
        return new PageMeta(title, description, absolute(route), root, noindex, siteName, dataDate, dataSource,
                relative, json, pageJson(route, title), relative(nav, root), relative(footer, root), language(),
                assetRoot(root), alternates(route), switcher(route), footerData);
    }

    /** The way from a page to the site root, where the assets are: one folder up from a language's root. */
    String assetRoot(String root) {
        return root + (languageFolder().isEmpty() ? "" : "../");
    }
}
