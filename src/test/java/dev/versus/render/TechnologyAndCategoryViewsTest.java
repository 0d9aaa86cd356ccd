package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.versus.compare.Catalog;
import dev.versus.load.SnapshotReader;
import dev.versus.model.Settings;
import dev.versus.model.SiteContent;
import dev.versus.plan.Page;
import dev.versus.plan.TechnologyAndCategoryPages;
import dev.versus.render.freemarker.Templates;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editors' texts and input keys of technology and category pages, on the fixture snapshot. */
class TechnologyAndCategoryViewsTest {
    static Catalog catalog;
    static SiteContext site;

    @BeforeAll
    static void load() throws Exception {
        catalog = Catalog.of(SnapshotReader.read(Path.of("src/test/resources/snapshots/valid-small.json")),
                Settings.DEFAULTS);
        site = SiteContext.of(catalog.snapshot(), URI.create("https://example.org/"));
    }

    static SiteContent texts(Map<String, String> technologies, Map<String, String> categories) {
        return new SiteContent(List.of(), technologies, categories);
    }

    @Test
    void anEditorsTextReplacesTheSnapshotsAbout() {
        TechnologyViews views = new TechnologyViews(catalog, site, texts(Map.of("django", "<p>From the editor.</p>"), Map.of()));
        assertEquals("<p>From the editor.</p>", views.view(catalog.technology("django")).textHtml());
        TechnologyViews plain = new TechnologyViews(catalog, site, texts(Map.of(), Map.of()));
        assertEquals("<p>Django is a high-level <strong>Python</strong> web framework.</p>",
                plain.view(catalog.technology("django")).textHtml().strip());
        assertNull(plain.view(catalog.technology("flask")).textHtml(), "Flask has neither");
    }

    @Test
    void aCategoryShowsItsEditorsTextWhenThereIsOne() {
        Page.Category cms = categoryPage("cms");
        assertEquals("<p>Systems for sites.</p>",
                new CategoryViews(catalog, site, texts(Map.of(), Map.of("cms", "<p>Systems for sites.</p>")))
                        .view(cms).textHtml());
        assertNull(new CategoryViews(catalog, site, texts(Map.of(), Map.of())).view(cms).textHtml());
    }

    @Test
    void theInputKeyFollowsEverythingThePageShows() throws Exception {
        RenderContext context = new RenderContext(Templates.from(Path.of("templates")), catalog, site,
                texts(Map.of(), Map.of()));
        RenderContext edited = new RenderContext(Templates.from(Path.of("templates")), catalog, site,
                texts(Map.of("django", "<p>New text.</p>"), Map.of()));
        Page.Technology django = new Page.Technology(catalog.technology("django"));
        byte[] key = technologyPages(context).prepare(django).inputKey();
        assertEquals(32, key.length);
        assertEquals(Arrays.toString(key), Arrays.toString(technologyPages(context).prepare(django).inputKey()));
        assertFalse(Arrays.equals(key, technologyPages(edited).prepare(django).inputKey()));
        CategoryViews categories = new CategoryViews(catalog, site, context.content());
        assertEquals(32, new ViewPages<Page.Category>(context, "category.ftlh", categories::view)
                .prepare(categoryPage("cms")).inputKey().length);
        CategoriesViews index = new CategoriesViews(catalog, site);
        assertEquals(32, new ViewPages<Page.Categories>(context, "categories.ftlh", page -> index.view())
                .prepare(new Page.Categories()).inputKey().length);
    }

    private ViewPages<Page.Technology> technologyPages(RenderContext context) throws Exception {
        TechnologyViews views = new TechnologyViews(catalog, site, context.content());
        return new ViewPages<>(context, "technology.ftlh", page -> views.view(page.technology()));
    }

    private static Page.Category categoryPage(String slug) {
        return TechnologyAndCategoryPages.of(catalog).stream()
                .filter(page -> page instanceof Page.Category category && category.category().slug().equals(slug))
                .map(Page.Category.class::cast)
                .findFirst().orElseThrow();
    }
}
