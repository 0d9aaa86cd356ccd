package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.model.SiteContent;
import dev.versus.plan.HostFiles;
import dev.versus.plan.Page;
import dev.versus.render.freemarker.RenderException;
import dev.versus.render.freemarker.Templates;
import dev.versus.render.host.HostUrls;
import dev.versus.render.host.RedirectFiles;
import dev.versus.render.host.RobotsFile;
import dev.versus.render.host.SearchIndexFiles;
import dev.versus.render.host.SitemapFile;
import dev.versus.render.host.SitemapIndexFile;
import dev.versus.render.keys.SnapshotInputs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import dev.versus.text.Language;
import dev.versus.text.Words;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders any planned page to the bytes of its file, with the renderer registered for its kind.
 * Templates are compiled when the renderer is made, so a broken template fails the build before
 * any page is written.
 */
public final class SiteRenderer implements Function<Page, PreparedPage> {
    /** The templates the page kinds below are rendered with; content pages name theirs in their front matter. */
    private static final java.util.List<String> PAGE_TEMPLATES = java.util.List.of("comparison.ftlh", "technology.ftlh",
            "category.ftlh", "category-comparisons.ftlh", "categories.ftlh", "country.ftlh", "countries.ftlh",
            "home.ftlh", "search.ftlh", "404.ftlh");

    private final Map<Class<?>, PageRenderer<?>> renderers = new HashMap<>();
    private final Templates templates;
    /** The renderers of the site's other languages, by code; their pages are {@link Page.InLanguage}. */
    private final Map<String, SiteRenderer> otherLanguages = new HashMap<>();

    private SiteRenderer(Templates templates) {
        this.templates = templates;
    }

    /** The compiled templates the pages are rendered with. */
    public Templates templates() {
        return templates;
    }

    public static SiteRenderer create(Path templateFolder, Catalog catalog, URI baseUrl, SiteContent content)
            throws IOException {
        return create(java.util.List.of(templateFolder), catalog, baseUrl, content);
    }

    /** @param templateLayers the folders templates are looked up in, the site's first, then the built-ins */
    public static SiteRenderer create(java.util.List<Path> templateLayers, Catalog catalog, URI baseUrl,
            SiteContent content) throws IOException {
        return create(templateLayers, catalog, baseUrl, content, dev.versus.model.SiteConfig.DEFAULTS);
    }

    /** @param config versus.toml's title, links and page kinds */
    public static SiteRenderer create(java.util.List<Path> templateLayers, Catalog catalog, URI baseUrl,
            SiteContent content, dev.versus.model.SiteConfig config) throws IOException {
        return create(Templates.from(templateLayers), catalog, baseUrl, content, config);
    }

    /**
     * The templates of the site with each page template compiled: work that needs no snapshot,
     * so a build can do it while the snapshot is read.
     *
     * @throws dev.versus.render.freemarker.RenderException for a missing or broken template
     */
    public static Templates compileTemplates(java.util.List<Path> templateLayers) throws IOException {
        Templates templates = Templates.from(templateLayers);
        for (String name : PAGE_TEMPLATES) {
            templates.get(name);
        }
        return templates;
    }

    /** @param templates from {@link #compileTemplates}, or any Templates of the site */
    public static SiteRenderer create(Templates templates, Catalog catalog, URI baseUrl, SiteContent content,
            dev.versus.model.SiteConfig config) throws IOException {
        SiteContent safe = Markdown.toSafeHtml(content);
        List<Language> languages = config.languages().stream().map(Language::ofCode).toList();
        SiteRenderer site = null;
        // Digested once for every language, when the first page is keyed.
        dev.versus.compare.Memo<SnapshotInputs> snapshotInputs =
                new dev.versus.compare.Memo<>(() -> SnapshotInputs.of(catalog.snapshot()));
        for (Language language : languages) {
            Words words = content.messages() == null ? BuiltInWords.english()
                    : Words.of(language, content.messages().of(language.code()), names(content, language));
            RenderContext context = new RenderContext(templates, catalog,
                    SiteContext.of(catalog.snapshot(), baseUrl, config, words, languages),
                    safe.withPages(safe.pagesIn(language.code(), language == languages.get(0))));
            SiteRenderer renderer = languagePages(context, snapshotInputs);
            if (site == null) {
                site = renderer;
                site.hostFiles(context, catalog, baseUrl, languages);
            } else {
                site.otherLanguages.put(language.code(), renderer);
            }
        }
        return site;
    }

    /** The message files' names of the snapshot's categories and kinds of site in {@code language}, by key. */
    private static Map<String, String> names(SiteContent content, Language language) {
        Map<String, String> names = new HashMap<>();
        content.messages().namesIn(language.code()).forEach((key, name) -> names.put(key, name.text()));
        return names;
    }

    /** The renderers of every page of one language but the assets and host files. */
    private static SiteRenderer languagePages(RenderContext context,
            dev.versus.compare.Memo<SnapshotInputs> snapshotInputs) throws IOException {
        Catalog catalog = context.catalog();
        SiteRenderer site = new SiteRenderer(context.templates());
        site.register(Page.Content.class, new ContentPages(context));
        site.register(Page.Comparison.class, new ComparisonPages(context, snapshotInputs));

        // Technology and category pages, keyed by their inputs: there are thousands of them.
        ViewInputs inputs = new ViewInputs(context, snapshotInputs);
        TechnologyViews technologyViews = new TechnologyViews(catalog, context.site(), context.content());
        site.register(Page.Technology.class, new ViewPages<Page.Technology>(context, "technology.ftlh",
                page -> technologyViews.view(page.technology()), inputs::technology));
        CategoryViews categoryViews = new CategoryViews(catalog, context.site(), context.content());
        site.register(Page.Category.class, new ViewPages<Page.Category>(context, "category.ftlh", categoryViews::view,
                inputs::category));
        site.register(Page.CategoryComparisons.class, new ViewPages<Page.CategoryComparisons>(context,
                "category-comparisons.ftlh", categoryViews::view, inputs::categoryComparisons));
        CategoriesViews categoriesViews = new CategoriesViews(catalog, context.site());
        site.register(Page.Categories.class, new ViewPages<Page.Categories>(context, "categories.ftlh",
                page -> categoriesViews.view()));

        // Country pages, the home page and the search index.
        CountryViews countryViews = new CountryViews(catalog, context.site());
        site.register(Page.Country.class, new ViewPages<Page.Country>(context, "country.ftlh",
                page -> countryViews.country(page.code())));
        site.register(Page.Countries.class, new ViewPages<Page.Countries>(context, "countries.ftlh",
                page -> countryViews.index()));
        HomeViews homeViews = new HomeViews(catalog, context.site());
        site.register(Page.Home.class, new ViewPages<Page.Home>(context, "home.ftlh", page -> homeViews.home()));
        site.register(Page.Search.class, new ViewPages<Page.Search>(context, "search.ftlh", page -> homeViews.search()));
        site.register(Page.SearchIndex.class, new SearchIndexFiles(catalog, context.site().words()));
        return site;
    }

    /** The assets and the files for hosts and crawlers, once for the site: 404, robots.txt, sitemaps, redirect maps. */
    private void hostFiles(RenderContext context, Catalog catalog, URI baseUrl, List<Language> languages)
            throws IOException {
        HostUrls urls = HostUrls.of(baseUrl);
        List<HostUrls> languageUrls = languages.stream()
                .map(language -> language == languages.get(0) ? urls
                        : HostUrls.of(URI.create(urls.absoluteBase() + language.code() + "/")))
                .toList();
        String lastmod = catalog.snapshot().info().date().toString();
        register(Page.Asset.class, new AssetPages());
        register(HostFiles.NotFound.class, new NotFoundPages(context, urls));
        register(HostFiles.Robots.class, new RobotsFile(urls));
        register(HostFiles.SitemapIndex.class, new SitemapIndexFile(urls, lastmod));
        register(HostFiles.Sitemap.class, new SitemapFile(urls, lastmod));
        register(HostFiles.Redirects.class, RedirectFiles.netlify(catalog, languageUrls));
        register(HostFiles.NginxRedirects.class, RedirectFiles.nginx(catalog, languageUrls));
    }

    private <P extends Page> void register(Class<P> kind, PageRenderer<P> renderer) {
        renderers.put(kind, renderer);
    }

    /** The page ready to render; failures name the page they happened on, by its route. */
    @Override
    public PreparedPage apply(Page page) {
        PageRenderer<Page> renderer = rendererOf(page);
        PreparedPage prepared = named(page, () -> renderer.prepare(page));
        if (prepared instanceof StreamedPage streamed) {
            return new StreamedPage() {
                @Override
                public byte[] inputKey() {
                    return streamed.inputKey();
                }

                @Override
                public void writeTo(OutputStream out) throws IOException {
                    try {
                        streamed.writeTo(out);
                    } catch (RenderException e) {
                        throw whileRendering(page, e);
                    }
                }
            };
        }
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return prepared.inputKey();
            }

            @Override
            public byte[] render() {
                return named(page, prepared::render);
            }
        };
    }

    /** The template the page is rendered with, or null for a file made without one. */
    public String templateOf(Page page) {
        return rendererOf(page).template(page);
    }

    /** The bytes of a page, for tests and tools that want one page whole. */
    public byte[] render(Page page) {
        return apply(page).render();
    }

    private PageRenderer<Page> rendererOf(Page page) {
        if (page instanceof Page.InLanguage in) {
            SiteRenderer language = otherLanguages.get(in.language());
            if (language == null) {
                throw new IllegalStateException("no renderer for language " + in.language());
            }
            PageRenderer<Page> inner = language.rendererOf(in.page());
            return new PageRenderer<>() {
                @Override
                public byte[] render(Page page) {
                    return inner.render(((Page.InLanguage) page).page());
                }

                @Override
                public String template(Page page) {
                    return inner.template(((Page.InLanguage) page).page());
                }

                @Override
                public PreparedPage prepare(Page page) {
                    return inner.prepare(((Page.InLanguage) page).page());
                }
            };
        }
        @SuppressWarnings("unchecked")
        PageRenderer<Page> renderer = (PageRenderer<Page>) renderers.get(page.getClass());
        if (renderer == null) {
            throw new IllegalStateException("no renderer for " + page.getClass().getSimpleName());
        }
        return renderer;
    }

    private static <T> T named(Page page, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RenderException e) {
            throw whileRendering(page, e);
        }
    }

    /** The template's error, which starts with its own position, and last the page it happened on. */
    private static RenderException whileRendering(Page page, RenderException e) {
        String route = page.route().isEmpty() ? "/" : page.route();
        return new RenderException(e.getMessage() + "\n  while rendering " + route, e);
    }
}
