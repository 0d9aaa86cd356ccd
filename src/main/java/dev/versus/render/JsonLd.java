package dev.versus.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.compare.ScriptSafeEscapes;
import dev.versus.model.SnapshotInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * schema.org JSON-LD for page heads, safe to print inside a script element ({@code < > &} are
 * escaped). Only facts the site states: no ratings, no reviews.
 */
final class JsonLd {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    private JsonLd() {
    }

    /** A write of one JSON document; may throw IOException, which a StringWriter never does. */
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(String type, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", type);
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** BreadcrumbList; the crumbs' hrefs are routes from the site root. */
    static String breadcrumbs(List<Link> crumbs, SiteContext site) {
        return write("BreadcrumbList", json -> {
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
        });
    }

    /** A page of the site, modified when the snapshot it shows was taken. */
    static String webPage(String name, String url, String siteName, String isoDate, String language) {
        return write("WebPage", json -> {
            json.writeStringField("name", name);
            json.writeStringField("url", url);
            json.writeStringField("inLanguage", language);
            json.writeStringField("dateModified", isoDate);
            json.writeObjectFieldStart("isPartOf");
            json.writeStringField("@type", "WebSite");
            json.writeStringField("name", siteName);
            json.writeEndObject();
        });
    }

    /** The snapshot as a Dataset, for the methodology page that describes it. */
    static String dataset(SnapshotInfo info, String url, long technologies, dev.versus.text.Words words) {
        String unit = info.unit().plural();
        return write("Dataset", json -> {
            json.writeStringField("name", info.title());
            // The count and the date as machines read them: no grouping, ISO 8601.
            json.writeStringField("description", words.t("json_ld.dataset_description", "unit", unit,
                    "technologies", Long.toString(technologies), "date", info.date().toString()));
            json.writeStringField("url", url);
            json.writeStringField("dateModified", info.date().toString());
            json.writeStringField("temporalCoverage", info.date().toString());
            json.writeStringField("isBasedOn", info.source());
            json.writeArrayFieldStart("variableMeasured");
            json.writeString(words.t("json_ld.dataset_total", "unit", unit));
            json.writeString(words.t("json_ld.dataset_by_country", "unit", unit));
            json.writeString(words.t("json_ld.dataset_by_site_kind", "unit", unit));
            json.writeEndArray();
        });
    }
}
