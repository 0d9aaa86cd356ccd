package dev.versus.load;

import dev.versus.load.JsonValue.ObjectValue;
import dev.versus.load.JsonValue.StringValue;
import dev.versus.model.Origin;
import dev.versus.model.Provenance;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Unit;
import java.time.LocalDate;
import java.util.List;

/** Reads the {@code snapshot} header: date, title, source, unit, provenance and notes. */
final class SnapshotInfoReader {
    private static final List<String> FIELDS = List.of("date", "title", "source", "unit", "provenance", "notes");
    private static final List<String> PROVENANCE_FIELDS =
            List.of("total", "byCountry", "bySiteCategory", "history", "topSites");

    private final Expect expect;
    /** The header's date even when another header field is wrong, for checking history dates. */
    private LocalDate date;

    SnapshotInfoReader(Expect expect) {
        this.expect = expect;
    }

    LocalDate date() {
        return date;
    }

    /** The header, or null when it has errors (all reported). */
    SnapshotInfo read(JsonValue value, JsonPath path) {
        ObjectValue object = expect.object(value, path);
        if (object == null) {
            return null;
        }
        int before = expect.errors().count();
        ObjectFields fields = ObjectFields.check(object, path, expect.errors(), FIELDS);
        date = expect.date(fields.required("date"), fields.path("date"));
        String title = expect.name(fields.required("title"), fields.path("title"), "title");
        String source = expect.name(fields.required("source"), fields.path("source"), "source");
        Unit unit = unit(fields.required("unit"), fields.path("unit"));
        JsonValue provenanceValue = fields.optional("provenance");
        Provenance provenance = provenanceValue == null
                ? Provenance.ALL_MEASURED : provenance(provenanceValue, fields.path("provenance"));
        JsonValue notesValue = fields.optional("notes");
        String notes = notesValue == null ? null : expect.markdown(notesValue, fields.path("notes"), "notes text", false);
        if (expect.errors().count() > before) {
            return null;
        }
        return new SnapshotInfo(date, title, source, unit, provenance, notes);
    }

    private Unit unit(JsonValue value, JsonPath path) {
        StringValue string = expect.string(value, path);
        Unit unit = string == null ? null : Unit.fromJson(string.value());
        if (string != null && unit == null) {
            expect.errors().at(string, path,
                    "expected \"websites\", \"pages\" or \"domains\", found " + string.describe());
        }
        return unit;
    }

    private Provenance provenance(JsonValue value, JsonPath path) {
        ObjectValue object = expect.object(value, path);
        if (object == null) {
            return null;
        }
        ObjectFields fields = ObjectFields.check(object, path, expect.errors(), PROVENANCE_FIELDS);
        Origin[] origins = new Origin[PROVENANCE_FIELDS.size()];
        for (int i = 0; i < origins.length; i++) {
            String key = PROVENANCE_FIELDS.get(i);
            JsonValue originValue = fields.optional(key);
            origins[i] = originValue == null ? Origin.MEASURED : origin(originValue, fields.path(key));
        }
        return new Provenance(origins[0], origins[1], origins[2], origins[3], origins[4]);
    }

    private Origin origin(JsonValue value, JsonPath path) {
        StringValue string = expect.string(value, path);
        Origin origin = string == null ? null : Origin.fromJson(string.value());
        if (string != null && origin == null) {
            expect.errors().at(string, path, "expected \"measured\" or \"modeled\", found " + string.describe());
        }
        return origin;
    }
}
