package dev.versus.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.compare.ScriptSafeEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** BreadcrumbList JSON-LD (schema.org), safe to print inside a script element. */
final class BreadcrumbJson {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    private BreadcrumbJson() {
    }

    /** @param crumbs links whose hrefs are routes from the site root */
    static String of(List<Link> crumbs, SiteContext site) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "BreadcrumbList");
            json.writeArrayFieldStart("itemListElement");
            for (int i = 0; i < crumbs.size(); i++) {
                json.writeStartObject();
                json.writeStringField("@type", "ListItem");
                json.writeNumberField("position", i + 1);
                json.writeStringField("name", crumbs.get(i).text());
                json.writeStringField("item", site.absolute(crumbs.get(i).href()));
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
