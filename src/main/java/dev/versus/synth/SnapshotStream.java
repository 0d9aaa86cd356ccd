package dev.versus.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.versus.derive.TechnologyJson;
import dev.versus.model.Category;
import dev.versus.model.Provenance;
import dev.versus.model.SiteCategory;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Technology;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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
        TechnologyJson.write(json, technology);
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
