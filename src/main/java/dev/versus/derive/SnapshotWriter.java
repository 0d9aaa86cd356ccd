package dev.versus.derive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.model.Category;
import dev.versus.model.Origin;
import dev.versus.model.Provenance;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Technology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a snapshot in format version 1. Keys are written in a fixed order and every map of the
 * model iterates in key order, so the same snapshot always gives the same bytes. Empty optional
 * parts (breakdowns, history, top sites, overrides) are left out rather than written empty.
 */
final class SnapshotWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SnapshotWriter() {
    }

    /**
     * UTF-8 JSON, gzip-compressed when asked with {@link FixedGzip}, whose header is fixed, so
     * the compressed bytes depend only on the JSON.
     */
    static byte[] bytes(Snapshot snapshot, boolean gzip) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        write(snapshot, json);
        return gzip ? FixedGzip.compress(json.toByteArray()) : json.toByteArray();
    }

    static void write(Snapshot snapshot, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            writeInfo(json, snapshot.info());
            json.writeArrayFieldStart("categories");
            for (Category category : snapshot.categories()) {
                json.writeStartObject();
                json.writeStringField("slug", category.slug());
                json.writeStringField("name", category.name());
                json.writeStringField("singular", category.singular());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("siteCategories");
            for (SiteCategory kind : snapshot.siteCategories()) {
                json.writeStartObject();
                json.writeStringField("slug", kind.slug());
                json.writeStringField("name", kind.name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("technologies");
            for (Technology technology : snapshot.technologies()) {
                TechnologyJson.write(json, technology);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeInfo(JsonGenerator json, SnapshotInfo info) throws IOException {
        json.writeObjectFieldStart("snapshot");
        json.writeStringField("date", info.date().toString());
        json.writeStringField("title", info.title());
        json.writeStringField("source", info.source());
        json.writeStringField("unit", info.unit().plural());
        writeProvenance(json, info.provenance());
        if (info.notes() != null) {
            json.writeStringField("notes", info.notes());
        }
        json.writeEndObject();
    }

    /** Only the parts the provenance names; a missing one means measured. */
    private static void writeProvenance(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeObjectFieldStart("provenance");
        writeOrigin(json, "total", provenance.total());
        writeOrigin(json, "byCountry", provenance.byCountry());
        writeOrigin(json, "bySiteCategory", provenance.bySiteCategory());
        writeOrigin(json, "history", provenance.history());
        writeOrigin(json, "topSites", provenance.topSites());
        json.writeEndObject();
    }

    private static void writeOrigin(JsonGenerator json, String field, Origin origin) throws IOException {
        if (origin != null) {
            json.writeStringField(field, origin.isModeled() ? "modeled" : "measured");
        }
    }
}
