package dev.versus.compare;

import static dev.versus.compare.Twin.quotient;
import static dev.versus.compare.Twin.writeNumber;
import static dev.versus.compare.Twin.writeStrings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Writes one comparison's twin, key by key in the order the rules give.
 *
 * <p>Rules: docs/comparison-rules.md §11.1, §11.2.
 */
final class TwinWriter {
    private final JsonGenerator json;
    private final Comparison c;
    private final String first;
    private final String second;
    /** The page's language code, or null for a twin written outside a page. */
    private final String language;

    TwinWriter(JsonGenerator json, Comparison comparison, String language) {
        this.language = language;
        this.json = json;
        this.c = comparison;
        this.first = comparison.first().slug();
        this.second = comparison.second().slug();
    }

    void write() throws IOException {
        json.writeStartObject();
        json.writeStringField("first", first);
        json.writeStringField("second", second);
        json.writeStringField("leader", c.leader().slug());
        writeNumber(json, "ratio", quotient(c.popularity().larger(), c.popularity().smaller()));
        json.writeObjectFieldStart("totals");
        json.writeNumberField(first, c.first().total());
        json.writeNumberField(second, c.second().total());
        json.writeEndObject();
        writeStrings(json, "sharedCategories", c.sharedCategories().stream().map(s -> s.category().slug()).toList());
        writeStandings();
        json.writeObjectFieldStart("moreCountries");
        writeLead(first, c.firstCountries());
        writeLead(second, c.secondCountries());
        json.writeEndObject();
        json.writeObjectFieldStart("awards");
        writeAwards(first, c.firstAwards());
        writeAwards(second, c.secondAwards());
        json.writeEndObject();
        json.writeObjectFieldStart("moreSiteCategories");
        writeStrings(json, first, c.firstSiteCategories());
        writeStrings(json, second, c.secondSiteCategories());
        json.writeEndObject();
        writeChange();
        json.writeBooleanField("noindex", c.noindex());
        if (language != null) {
            json.writeStringField("language", language);
        }
        json.writeEndObject();
    }

    private void writeStandings() throws IOException {
        json.writeObjectFieldStart("ranks");
        for (CategoryStanding standing : c.sharedCategories()) {
            json.writeObjectFieldStart(standing.category().slug());
            json.writeNumberField(first, standing.firstRank());
            json.writeNumberField(second, standing.secondRank());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("shares");
        for (CategoryStanding standing : c.sharedCategories()) {
            json.writeObjectFieldStart(standing.category().slug());
            writeNumber(json, first, share(standing.firstShare()));
            writeNumber(json, second, share(standing.secondShare()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static Double share(Share share) {
        return share == null ? null : quotient(share.part(), share.whole());
    }

    private void writeLead(String slug, CountryLead lead) throws IOException {
        json.writeObjectFieldStart(slug);
        writeStrings(json, "countries", lead.countries());
        json.writeEndObject();
    }

    private void writeAwards(String slug, List<Award> awards) throws IOException {
        json.writeArrayFieldStart(slug);
        for (Award award : awards) {
            json.writeStartObject();
            json.writeStringField("country", award.country());
            json.writeStringField("category", award.category());
            json.writeNumberField("rank", award.rank());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeChange() throws IOException {
        Change change = c.change();
        if (change == null) {
            json.writeNullField("change");
            return;
        }
        json.writeObjectFieldStart("change");
        json.writeStringField("date", change.date().toString());
        json.writeObjectFieldStart("values");
        writeNumber(json, first, growth(change.first()));
        writeNumber(json, second, growth(change.second()));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** now / earlier - 1, computed as (now - earlier) / earlier so that one rounding gives the nearest double. */
    private static Double growth(Growth growth) {
        return quotient(growth.now() - growth.earlier(), growth.earlier());
    }
}
