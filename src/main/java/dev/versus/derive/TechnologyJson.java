package dev.versus.derive;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Pricing;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import dev.versus.model.Usage;
import java.io.IOException;
import java.util.Map;

/**
 * One technology as an item of a snapshot's "technologies" array, in the format's field order.
 * Shared by {@code derive} and {@code synth}, so both write exactly what the loader reads.
 */
public final class TechnologyJson {
    private TechnologyJson() {
    }

    public static void write(JsonGenerator json, Technology technology) throws IOException {
        json.writeStartObject();
        json.writeStringField("slug", technology.slug());
        json.writeStringField("name", technology.name());
        json.writeArrayFieldStart("categories");
        for (String category : technology.categories()) {
            json.writeString(category);
        }
        json.writeEndArray();
        json.writeStringField("website", technology.website());
        json.writeStringField("headquarters", technology.headquarters());
        json.writeBooleanField("openSource", technology.openSource());
        if (!technology.pricing().isEmpty()) {
            json.writeArrayFieldStart("pricing");
            for (Pricing pricing : technology.pricing()) {
                json.writeString(pricing.json());
            }
            json.writeEndArray();
        }
        json.writeStringField("about", technology.about());
        writeUsage(json, technology.usage());
        if (!technology.topSites().isEmpty()) {
            json.writeArrayFieldStart("topSites");
            for (TopSite site : technology.topSites()) {
                json.writeStartObject();
                json.writeStringField("domain", site.domain());
                json.writeNumberField("rank", site.rank());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeUsage(JsonGenerator json, Usage usage) throws IOException {
        json.writeObjectFieldStart("usage");
        json.writeNumberField("total", usage.total());
        writeCounts(json, "byCountry", usage.byCountry());
        writeCounts(json, "bySiteCategory", usage.bySiteCategory());
        if (!usage.history().isEmpty()) {
            json.writeArrayFieldStart("history");
            for (HistoryPoint point : usage.history()) {
                json.writeStartObject();
                json.writeStringField("date", point.date().toString());
                json.writeNumberField("total", point.total());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** The model's maps iterate in key order (see {@link dev.versus.model.Usage}). */
    private static void writeCounts(JsonGenerator json, String field, Map<String, Long> counts) throws IOException {
        if (!counts.isEmpty()) {
            json.writeObjectFieldStart(field);
            for (Map.Entry<String, Long> entry : counts.entrySet()) {
                json.writeNumberField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }
    }
}
