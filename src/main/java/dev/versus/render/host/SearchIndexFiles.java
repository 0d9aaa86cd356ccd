package dev.versus.render.host;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.compare.Catalog;
import dev.versus.hash.Sha256;
import dev.versus.model.Category;
import dev.versus.model.Technology;
import dev.versus.plan.Page;
import dev.versus.render.PageRenderer;
import dev.versus.render.PreparedPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search box's index: every technology's name, slug and categories, most used first, and
 * no pairs. Comparisons are not listed (there can be millions): two technologies that share a
 * category id have one, at compare/&lt;first&gt;-vs-&lt;second&gt;/ with the slugs in code-point
 * order, and the script builds that link itself.
 *
 * <pre>{"version":1,"categories":[["cms","CMS"],...],"technologies":[["WordPress","wordpress",[0]],...]}</pre>
 */
public final class SearchIndexFiles implements PageRenderer<Page.SearchIndex> {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final byte[] bytes;

    public SearchIndexFiles(Catalog catalog) {
        this(catalog, null);
    }

    /** @param words the language whose names of the categories the index carries; null for the snapshot's */
    public SearchIndexFiles(Catalog catalog, dev.versus.text.Words words) {
        this.bytes = json(catalog, words);
    }

    @Override
    public byte[] render(Page.SearchIndex page) {
        return bytes.clone();
    }

    /** The index is made once, when the renderer is; its digest is its own input key. */
    @Override
    public PreparedPage prepare(Page.SearchIndex page) {
        byte[] key = Sha256.of(bytes);
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return key.clone();
            }

            @Override
            public byte[] render() {
                return bytes.clone();
            }
        };
    }

    static byte[] json(Catalog catalog) {
        return json(catalog, null);
    }

    static byte[] json(Catalog catalog, dev.versus.text.Words words) {
        List<Category> categories = catalog.snapshot().categories();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            ids.put(categories.get(i).slug(), i);
        }
        List<Technology> technologies = new ArrayList<>(catalog.snapshot().technologies());
        technologies.sort(Comparator.comparingLong(Technology::total).reversed().thenComparing(Technology::slug));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeArrayFieldStart("categories");
            for (Category category : categories) {
                json.writeStartArray();
                json.writeString(category.slug());
                json.writeString(words == null ? category.name() : words.categoryName(category.slug(), category.name()));
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("technologies");
            for (Technology tech : technologies) {
                json.writeStartArray();
                json.writeString(tech.name());
                json.writeString(tech.slug());
                json.writeStartArray();
                for (Category category : catalog.categoriesOf(tech.slug())) {
                    json.writeNumber(ids.get(category.slug()));
                }
                json.writeEndArray();
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
