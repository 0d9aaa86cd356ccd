package dev.versus.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.compare.ScriptSafeEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON-LD for the home page and list pages: the WebSite and ItemLists of the links they show,
 * safe inside a script element. Hrefs given are routes from the site root.
 */
final class ListJsonLd {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    private ListJsonLd() {
    }

    /** The WebSite and the ItemList of its categories, as one graph. */
    static String website(SiteContext site, String description, String listName, List<Link> items) {
        return write(json -> {
            json.writeArrayFieldStart("@graph");
            json.writeStartObject();
            json.writeStringField("@type", "WebSite");
            json.writeStringField("name", site.siteName());
            json.writeStringField("url", site.absolute(""));
            json.writeStringField("description", description);
            json.writeStringField("inLanguage", site.language().htmlLang());
            json.writeEndObject();
            json.writeStartObject();
            itemList(json, site, listName, items);
            json.writeEndObject();
            json.writeEndArray();
        });
    }

    /** An ItemList of the page's links. */
    static String itemList(SiteContext site, String listName, List<Link> items) {
        return write(json -> itemList(json, site, listName, items));
    }

    private static void itemList(JsonGenerator json, SiteContext site, String listName, List<Link> items)
            throws IOException {
        json.writeStringField("@type", "ItemList");
        json.writeStringField("name", listName);
        json.writeNumberField("numberOfItems", items.size());
        json.writeArrayFieldStart("itemListElement");
        for (int i = 0; i < items.size(); i++) {
            json.writeStartObject();
            json.writeStringField("@type", "ListItem");
            json.writeNumberField("position", i + 1);
            json.writeStringField("name", items.get(i).text());
            json.writeStringField("url", site.absolute(items.get(i).href()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
