package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwinTest {

    /** django 600 and flask 200 in web with zope 200; django also in cms. */
    private static Catalog djangoAndFlask() {
        return catalog(
                tech("django", 600).in("web", "cms").country("US", 300).country("NO", 5)
                        .site("business", 120).history("2022-02-01", 500),
                tech("flask", 200).in("web").country("US", 50).country("NO", 20)
                        .site("business", 10).site("technical", 50).history("2022-02-01", 250),
                tech("zope", 200).in("web"));
    }

    private static Map<String, Object> twin(Catalog catalog, String one, String other) {
        return JsonTree.parse(Twin.toJson(compare(catalog, one, other), catalog));
    }

    @Test
    void theTwinHasTheRulesKeysInTheRulesOrder() {
        assertEquals(List.of("first", "second", "leader", "ratio", "totals", "sharedCategories", "ranks", "shares",
                "moreCountries", "awards", "moreSiteCategories", "change", "noindex"),
                List.copyOf(twin(djangoAndFlask(), "django", "flask").keySet()));
    }

    @Test
    void theTwinHoldsTheFiguresUnrounded() {
        Map<String, Object> twin = twin(djangoAndFlask(), "flask", "django");
        assertEquals("django", twin.get("first"));
        assertEquals("flask", twin.get("second"));
        assertEquals("django", twin.get("leader"));
        assertEquals(3.0, twin.get("ratio")); // 600 / 200
        assertEquals(Map.of("django", 600L, "flask", 200L), twin.get("totals"));
        assertEquals(List.of("web"), twin.get("sharedCategories"));
        // web: django 600, flask 200, zope 200 (flask before zope by slug); total 1000
        assertEquals(Map.of("web", Map.of("django", 1L, "flask", 2L)), twin.get("ranks"));
        assertEquals(Map.of("web", Map.of("django", 0.6, "flask", 0.2)), twin.get("shares"));
        // US 350 qualifies and django leads; NO 25 qualifies and flask leads
        assertEquals(Map.of("django", Map.of("countries", List.of("US")),
                "flask", Map.of("countries", List.of("NO"))), twin.get("moreCountries"));
        // US web: django 300, flask 50 (350 ≥ 50); US cms: django 300 alone; NO web: 25 < 50
        assertEquals(Map.of(
                "django", List.of(Map.of("country", "US", "category", "cms", "rank", 1L),
                        Map.of("country", "US", "category", "web", "rank", 1L)),
                "flask", List.of(Map.of("country", "US", "category", "web", "rank", 2L))), twin.get("awards"));
        // business: 120/600 - 10/200 = 0.15 for django; technical: 50/200 - 0 = 0.25 for flask
        assertEquals(Map.of("django", List.of("business"), "flask", List.of("technical")),
                twin.get("moreSiteCategories"));
        // django 600/500 - 1 = 0.2, flask 200/250 - 1 = -0.2
        assertEquals(Map.of("date", "2022-02-01", "values", Map.of("django", 0.2, "flask", -0.2)), twin.get("change"));
        assertEquals(false, twin.get("noindex"));
    }

    @Test
    void ratioSharesAndChangeAreNullWhereTheirDenominatorIsZero() {
        Catalog catalog = catalog(tech("a", 0).history("2022-01-01", 0), tech("b", 0).history("2022-01-01", 3));
        Map<String, Object> twin = twin(catalog, "a", "b");
        assertNull(twin.get("ratio"));
        assertEquals(Map.of("a", 0L, "b", 0L), twin.get("totals"));
        Map<?, ?> shares = (Map<?, ?>) ((Map<?, ?>) twin.get("shares")).get("web");
        assertEquals(2, shares.size());
        assertNull(shares.get("a"));
        assertNull(shares.get("b"));
        // a: earlier 0 → null; b: 0/3 - 1 = -1
        Map<?, ?> values = (Map<?, ?>) ((Map<?, ?>) twin.get("change")).get("values");
        assertNull(values.get("a"));
        assertEquals(-1.0, values.get("b"));
        assertEquals(true, twin.get("noindex"));
    }

    @Test
    void theTwinHasANullChangeAndEmptyListsWhenThereIsNothingToName() {
        Map<String, Object> twin = twin(catalog(tech("a", 10), tech("b", 5)), "a", "b");
        assertNull(twin.get("change"));
        assertEquals(Map.of("a", Map.of("countries", List.of()),
                "b", Map.of("countries", List.of())), twin.get("moreCountries"));
        assertEquals(Map.of("a", List.of(), "b", List.of()), twin.get("awards"));
    }

    @Test
    void theTwinIsCompactAndTheSameEveryTime() {
        Catalog catalog = djangoAndFlask();
        String json = Twin.toJson(compare(catalog, "django", "flask"), catalog);
        assertEquals(json, Twin.toJson(compare(catalog, "flask", "django"), catalog));
        assertFalse(json.contains(" ") || json.contains("\n"));
        assertEquals("{\"first\":\"django\",\"second\":\"flask\",\"leader\":\"django\",\"ratio\":3.0,",
                json.substring(0, json.indexOf("\"totals\"")));
    }

    @Test
    void aPagesTwinDiffersBetweenLanguagesOnlyInItsLastFieldTheLanguage() {
        Comparison comparison = compare(djangoAndFlask(), "django", "flask");
        String withoutLanguage = Twin.toJson(comparison);
        String english = Twin.toJson(comparison, "en");
        String arabic = Twin.toJson(comparison, "ar");
        String figures = withoutLanguage.substring(0, withoutLanguage.length() - 1);
        assertEquals(figures + ",\"language\":\"en\"}", english);
        assertEquals(figures + ",\"language\":\"ar\"}", arabic);
        assertEquals("ar", JsonTree.parse(arabic).get("language"));
    }

    @Test
    void theTwinsGeneratorEscapesWhatCouldCloseAScriptElement() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Twin.open(out)) {
            json.writeStartObject();
            json.writeStringField("a&b", "</script><!-- x > y -->");
            json.writeEndObject();
        }
        String written = out.toString();
        assertEquals("{\"a\\u0026b\":\"\\u003c/script\\u003e\\u003c!-- x \\u003e y --\\u003e\"}", written);
        // the escapes read back as the original text
        assertEquals(Map.of("a&b", "</script><!-- x > y -->"), JsonTree.parse(written));
    }

    @Test
    void theTwinsGeneratorKeepsJsonsOwnEscapes() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Twin.open(out)) {
            json.writeString("quote \" backslash \\ newline \n é");
        }
        assertEquals("\"quote \\\" backslash \\\\ newline \\n é\"", out.toString());
    }
}
