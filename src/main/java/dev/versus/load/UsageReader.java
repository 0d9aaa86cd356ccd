package dev.versus.load;

import dev.versus.load.JsonValue.ArrayValue;
import dev.versus.load.JsonValue.Member;
import dev.versus.load.JsonValue.ObjectValue;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Usage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a technology's {@code usage}: the total, its breakdowns and its history. */
final class UsageReader {
    private static final List<String> FIELDS = List.of("total", "byCountry", "bySiteCategory", "history");
    private static final List<String> HISTORY_FIELDS = List.of("date", "total");

    /** Checks one key of a breakdown, reporting it at the key when it names nothing known. */
    private interface KeyCheck {
        void check(Member member, JsonPath path);
    }

    private final Expect expect;
    private final ErrorCollector errors;
    private final KeyCheck countryKeys;
    private final KeyCheck siteCategoryKeys;
    private final LocalDate snapshotDate;

    UsageReader(Expect expect, CountryCodes countries, UniqueSlugs siteCategories, LocalDate snapshotDate) {
        this.expect = expect;
        this.errors = expect.errors();
        this.countryKeys = (member, path) -> countries.checkKey(member, path, errors);
        this.siteCategoryKeys = (member, path) -> {
            if (!siteCategories.contains(member.key())) {
                errors.add(path, member.line(), member.column(), "unknown site category " + Quote.of(member.key())
                        + "; it is not a slug in $.siteCategories");
            }
        };
        this.snapshotDate = snapshotDate;
    }

    /** The usage, or null when it has errors (all reported). */
    Usage read(JsonValue value, JsonPath path) {
        ObjectValue object = expect.object(value, path);
        if (object == null) {
            return null;
        }
        int before = errors.count();
        ObjectFields fields = ObjectFields.check(object, path, errors, FIELDS);
        Long total = expect.count(fields.required("total"), fields.path("total"));
        Map<String, Long> byCountry = breakdown(fields, "byCountry", total, countryKeys);
        Map<String, Long> bySiteCategory = breakdown(fields, "bySiteCategory", total, siteCategoryKeys);
        List<HistoryPoint> history = history(fields.optional("history"), fields.path("history"));
        if (errors.count() > before) {
            return null;
        }
        return new Usage(total, byCountry, bySiteCategory, history);
    }

    /** A key-to-count object whose counts may sum to at most {@code total}. */
    private Map<String, Long> breakdown(ObjectFields fields, String name, Long total, KeyCheck keys) {
        JsonValue value = fields.optional(name);
        if (value == null) {
            return Map.of();
        }
        JsonPath path = fields.path(name);
        ObjectValue object = expect.object(value, path);
        if (object == null) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>(object.members().size() * 2);
        long sum = 0;
        for (Member member : object.members()) {
            JsonPath keyPath = path.key(member.key());
            keys.check(member, keyPath);
            Long count = expect.count(member.value(), keyPath);
            if (count != null) {
                counts.put(member.key(), count);
                // Saturate: over 1024 keys near 2^53 could pass 2^63, and any such sum is above total anyway.
                sum = sum > Long.MAX_VALUE - count ? Long.MAX_VALUE : sum + count;
            }
        }
        if (total != null && sum > total) {
            errors.at(object, path, name + " sums to " + sum + ", more than usage.total (" + total + ")");
        }
        return counts;
    }

    private List<HistoryPoint> history(JsonValue value, JsonPath path) {
        if (value == null) {
            return List.of();
        }
        ArrayValue array = expect.array(value, path);
        if (array == null) {
            return null;
        }
        List<HistoryPoint> points = new ArrayList<>(array.items().size());
        LocalDate previous = null;
        for (int i = 0; i < array.items().size(); i++) {
            JsonPath itemPath = path.index(i);
            ObjectValue item = expect.object(array.items().get(i), itemPath);
            if (item == null) {
                continue;
            }
            ObjectFields fields = ObjectFields.check(item, itemPath, errors, HISTORY_FIELDS);
            JsonValue dateValue = fields.required("date");
            LocalDate date = expect.date(dateValue, fields.path("date"));
            Long total = expect.count(fields.required("total"), fields.path("total"));
            if (date != null) {
                checkDateOrder(date, previous, dateValue, fields.path("date"));
                previous = date;
            }
            if (date != null && total != null) {
                points.add(new HistoryPoint(date, total));
            }
        }
        return points;
    }

    private void checkDateOrder(LocalDate date, LocalDate previous, JsonValue value, JsonPath path) {
        if (previous != null && !date.isAfter(previous)) {
            errors.at(value, path, "history date " + date + " is not after the date before it (" + previous
                    + "); history must be in strictly ascending date order");
        }
        if (snapshotDate != null && !date.isBefore(snapshotDate)) {
            errors.at(value, path, "history date " + date + " is not before the snapshot date (" + snapshotDate + ")");
        }
    }
}
