package dev.versus.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.compare.ScriptSafeEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * schema.org ItemList JSON-LD for list pages (a category's ranking, a page of its comparisons),
 * safe to print inside a script element. Items are named links to the site's own pages.
 */
final class ItemListJson {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    private ItemListJson() {
    }

    /**
     * @param items links whose hrefs are routes from the site root
     * @param firstPosition the position of the first item (201 on a second page of 200)
     */
    static String of(String name, List<Link> items, long firstPosition, long total, SiteContext site) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "ItemList");
            json.writeStringField("name", name);
            json.writeNumberField("numberOfItems", total);
            json.writeArrayFieldStart("itemListElement");
            for (int i = 0; i < items.size(); i++) {
                json.writeStartObject();
                json.writeStringField("@type", "ListItem");
                json.writeNumberField("position", firstPosition + i);
                json.writeStringField("name", items.get(i).text());
                json.writeStringField("url", site.absolute(items.get(i).href()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
