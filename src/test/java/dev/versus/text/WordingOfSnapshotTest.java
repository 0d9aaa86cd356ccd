package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.model.CountryOverride;
import dev.versus.model.Provenance;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingOfSnapshotTest {

    @Test
    void aSnapshotGivesItsUnitCategoriesSiteCategoriesAndCountryOverrides() {
        Snapshot snapshot = new Snapshot(
                new SnapshotInfo(LocalDate.of(2023, 1, 1), "Title", "Source", Unit.DOMAINS, Provenance.ALL_MEASURED, null),
                List.of(Fixtures.WEB_FRAMEWORKS),
                List.of(new SiteCategory("education-reference", "Education/Reference")),
                List.of(),
                Map.of("NL", new CountryOverride("Holland", null)));
        Wording wording = Wording.of(snapshot, TestWords.words());
        assertEquals("detected on 1 domain", wording.detectedOn(1));
        assertEquals("education and reference", wording.siteCategoryInSentence("education-reference"));
        assertEquals("1st most popular in Holland in the Web frameworks category",
                wording.award(new Award("NL", "web-frameworks", 1, 60)));
        assertEquals("Holland", wording.countryNames().name("NL"));
    }
}
