package dev.versus.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Pricing;
import dev.versus.model.Provenance;
import dev.versus.model.SiteCategory;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a snapshot (format version 1) one technology at a time, so that a snapshot of any size
 * is never held whole. Compact JSON with one category, kind of site or technology per line; keys
 * in a fixed order and maps in key order, so the same technologies give the same bytes.
 */
final class SnapshotStream implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;

    /** Starts the file: everything before the first technology. */
    SnapshotStream(OutputStream out, SnapshotInfo info, List<Category> categories, List<SiteCategory> siteCategories)
            throws IOException {
        json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new LinePerItem());
        json.writeStartObject();
        json.writeNumberField("schemaVersion", 1);
        writeInfo(info);
        json.writeArrayFieldStart("categories");
        for (Category category : categories) {
            json.writeStartObject();
            json.writeStringField("slug", category.slug());
            json.writeStringField("name", category.name());
            json.writeStringField("singular", category.singular());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("siteCategories");
        for (SiteCategory kind : siteCategories) {
            json.writeStartObject();
            json.writeStringField("slug", kind.slug());
            json.writeStringField("name", kind.name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("technologies");
    }

    private void writeInfo(SnapshotInfo info) throws IOException {
        json.writeObjectFieldStart("snapshot");
        json.writeStringField("date", info.date().toString());
        json.writeStringField("title", info.title());
        json.writeStringField("source", info.source());
        json.writeStringField("unit", info.unit().plural());
        Provenance provenance = info.provenance();
        json.writeObjectFieldStart("provenance");
        json.writeStringField("total", origin(provenance.total()));
        json.writeStringField("byCountry", origin(provenance.byCountry()));
        json.writeStringField("bySiteCategory", origin(provenance.bySiteCategory()));
        json.writeStringField("history", origin(provenance.history()));
        json.writeStringField("topSites", origin(provenance.topSites()));
        json.writeEndObject();
        json.writeStringField("notes", info.notes());
        json.writeEndObject();
    }

    private static String origin(dev.versus.model.Origin origin) {
        return origin.isModeled() ? "modeled" : "measured";
    }

    void write(Technology technology) throws IOException {
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
        writeUsage(technology);
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

    private void writeUsage(Technology technology) throws IOException {
        json.writeObjectFieldStart("usage");
        json.writeNumberField("total", technology.usage().total());
        writeCounts("byCountry", technology.usage().byCountry());
        writeCounts("bySiteCategory", technology.usage().bySiteCategory());
        List<HistoryPoint> history = technology.usage().history();
        if (!history.isEmpty()) {
            json.writeArrayFieldStart("history");
            for (HistoryPoint point : history) {
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
    private void writeCounts(String field, Map<String, Long> counts) throws IOException {
        if (!counts.isEmpty()) {
            json.writeObjectFieldStart(field);
            for (Map.Entry<String, Long> entry : counts.entrySet()) {
                json.writeNumberField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }
    }

    /** Ends the technologies and the file, with a final newline. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** Compact, except that the items of the top-level arrays each start a line. */
    private static final class LinePerItem extends MinimalPrettyPrinter {
        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw(isTopLevelArray(g) ? "[\n" : "[");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(isTopLevelArray(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(isTopLevelArray(g) && nrOfValues > 0 ? "\n]" : "]");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(g.getOutputContext().getParent().inRoot() ? ",\n" : ",");
        }

        /** An array that is a field of the root object: categories, siteCategories, technologies. */
        private static boolean isTopLevelArray(JsonGenerator g) {
            var context = g.getOutputContext();
            return context.inArray() && context.getParent() != null && context.getParent().getParent() != null
                    && context.getParent().getParent().inRoot();
        }
    }
}
