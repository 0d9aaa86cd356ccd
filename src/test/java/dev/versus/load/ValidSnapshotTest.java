package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Category;
import dev.versus.model.CountryOverride;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Origin;
import dev.versus.model.Pricing;
import dev.versus.model.Provenance;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import dev.versus.model.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidSnapshotTest {

    private static Technology technology(Snapshot snapshot, String slug) {
        return snapshot.technologies().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void theSmallFixtureReadsIntoTheExpectedHeaderAndCategories() throws Exception {
        Snapshot snapshot = Fixtures.read("valid-small.json");
        assertEquals(LocalDate.of(2023, 1, 1), snapshot.info().date());
        assertEquals("Web technology usage, January 2023", snapshot.info().title());
        assertEquals(Unit.PAGES, snapshot.info().unit());
        assertEquals(new Provenance(Origin.MEASURED, Origin.MODELED, Origin.MODELED, Origin.MEASURED, Origin.MEASURED),
                snapshot.info().provenance());
        assertTrue(snapshot.info().notes().startsWith("Counts are pages"));
        assertEquals(3, snapshot.categories().size());
        assertEquals(new Category("web-frameworks", "Web frameworks", "web framework"), snapshot.categories().get(0));
        assertEquals(List.of(new SiteCategory("business", "Business"),
                new SiteCategory("education-reference", "Education & reference")), snapshot.siteCategories());
        assertEquals(Map.of("US", new CountryOverride("United States", "the"), "XK", new CountryOverride("Kosovo", null)),
                snapshot.countries());
    }

    @Test
    void theSmallFixtureReadsTechnologiesWithAllTheirFields() throws Exception {
        Snapshot snapshot = Fixtures.read("valid-small.json");
        assertEquals(9, snapshot.technologies().size());
        Technology django = snapshot.technologies().get(0);
        assertEquals("django", django.slug());
        assertEquals("https://www.djangoproject.com", django.website());
        assertNull(django.headquarters());
        assertTrue(django.openSource());
        assertEquals(List.of(Pricing.FREE), django.pricing());
        assertEquals(67300, django.total());
        assertEquals(List.of("DE", "FR", "US", "XK"), List.copyOf(django.usage().byCountry().keySet()));
        assertEquals(21000L, django.usage().inCountry("US"));
        assertEquals(6100L, django.usage().inSiteCategory("education-reference"));
        assertEquals(new HistoryPoint(LocalDate.of(2022, 2, 1), 61000), django.usage().history().get(0));
        assertEquals(List.of(new TopSite("example.org", 1234), new TopSite("example.net", 5678)), django.topSites());
        assertEquals(List.of("javascript-libraries", "web-frameworks"), technology(snapshot, "react").categories());
    }

    @Test
    void leftOutOptionalFieldsTakeTheirDefaults() throws Exception {
        Technology web2py = technology(Fixtures.read("valid-small.json"), "web2py");
        assertEquals(0, web2py.total());
        assertNull(web2py.website());
        assertNull(web2py.about());
        assertEquals(List.of(), web2py.pricing());
        assertEquals(List.of(), web2py.topSites());
        assertTrue(web2py.usage().byCountry().isEmpty());
        assertTrue(web2py.usage().history().isEmpty());
        Snapshot minimal = Fixtures.read("valid-minimal.json");
        assertEquals(Provenance.ALL_MEASURED, minimal.info().provenance());
        assertNull(minimal.info().notes());
        assertFalse(minimal.technologies().get(0).openSource());
        assertTrue(minimal.countries().isEmpty());
    }

    @Test
    void websiteHeadquartersAndAboutMayBeNull() throws Exception {
        Technology wordpress = Fixtures.read("valid-nullable-fields.json").technologies().get(0);
        assertNull(wordpress.website());
        assertNull(wordpress.headquarters());
        assertNull(wordpress.about());
    }
}
