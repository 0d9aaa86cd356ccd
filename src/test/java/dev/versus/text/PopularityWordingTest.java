package dev.versus.text;

import static dev.versus.text.Fixtures.comparison;
import static dev.versus.text.Fixtures.technology;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.CategoryStanding;
import dev.versus.compare.Comparison;
import dev.versus.model.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopularityWordingTest {

    private final Wording wording = TestWords.wording(Unit.PAGES, new CountryNames(Map.of()), Map.of(), Map.of());

    @Test
    void neitherDetectedIsSaidOfBothInCanonicalOrder() {
        assertEquals("Neither Django nor Flask was detected.", wording.popularity(comparison(0, 0)));
        assertEquals("Neither Django nor Flask was detected.", wording.headline(comparison(0, 0)));
    }

    @Test
    void onlyOneDetectedNamesTheUnitInThePlural() {
        assertEquals("Only Flask is detected; Django was found on no pages.", wording.popularity(comparison(0, 5)));
        assertEquals("Only Flask is detected.", wording.headline(comparison(0, 5)));
        Wording onSites = TestWords.wording(Unit.WEBSITES, new CountryNames(Map.of()), Map.of(), Map.of());
        assertEquals("Only Django is detected; Flask was found on no websites.", onSites.popularity(comparison(1, 0)));
    }

    @Test
    void ratiosBelowOnePointOneAreAboutEqual() {
        assertEquals("Django and Flask are about equally popular.", wording.popularity(comparison(100, 100)));
        assertEquals("Django and Flask are about equally popular.", wording.popularity(comparison(100, 109)));
        assertEquals("Django and Flask are about equally popular.", wording.headline(comparison(109, 100)));
    }

    @Test
    void ratiosFromOnePointOneToBelowTwoArePercentagesMore() {
        assertEquals("The Django web framework is 10% more popular than Flask.", wording.popularity(comparison(110, 100)));
        assertEquals("The Flask web framework is 13% more popular than Django.", wording.popularity(comparison(800, 900)));
        assertEquals("The Django web framework is 12% more popular than Flask.", wording.popularity(comparison(112_499, 100_000)));
        assertEquals("The Django web framework is 100% more popular than Flask.", wording.popularity(comparison(399, 200)));
    }

    @Test
    void ratiosFromTwoAreTimesMore() {
        assertEquals("The Django web framework is 2 times more popular than Flask.", wording.popularity(comparison(200, 100)));
        assertEquals("The Django web framework is 2.5 times more popular than Flask.", wording.popularity(comparison(245, 100)));
        assertEquals("The Django web framework is 7 times more popular than Flask.", wording.popularity(comparison(696, 100)));
        assertEquals("The Django web framework is 10 times more popular than Flask.", wording.popularity(comparison(995, 100)));
        assertEquals("The Django web framework is 11 times more popular than Flask.", wording.popularity(comparison(21, 2)));
        assertEquals("The Django web framework is 36 times more popular than Flask.", wording.popularity(comparison(67300, 1870)));
        assertEquals("The Django web framework is 1,235 times more popular than Flask.", wording.popularity(comparison(2469, 2)));
    }

    @Test
    void theHeadlineSaysMuchMoreFromThreeTimes() {
        assertEquals("Django is more popular than Flask.", wording.headline(comparison(110, 100)));
        assertEquals("Django is more popular than Flask.", wording.headline(comparison(299, 100)));
        assertEquals("Django is much more popular than Flask.", wording.headline(comparison(300, 100)));
        assertEquals("Flask is much more popular than Django.", wording.headline(comparison(1870, 67300)));
    }

    @Test
    void theLeaderIsIntroducedByItsOwnFirstSharedCategory() {
        Comparison pair = comparison(
                technology("python", "Python", 500, "languages", "web-frameworks"),
                technology("ruby", "Ruby", 100, "web-frameworks", "languages"),
                List.of(Fixtures.standing(Fixtures.LANGUAGES), Fixtures.standing(Fixtures.WEB_FRAMEWORKS)),
                Fixtures.lead(), Fixtures.lead(), List.of(), List.of());
        assertEquals("The Python programming language is 5 times more popular than Ruby.", wording.popularity(pair));
    }

    @Test
    void withoutASharedCategoryTheLeaderIsNamedAlone() {
        Comparison pair = comparison(technology("a", "Alpha", 300), technology("b", "Beta", 100),
                List.<CategoryStanding>of(), Fixtures.lead(), Fixtures.lead(), List.of(), List.of());
        assertEquals("Alpha is 3 times more popular than Beta.", wording.popularity(pair));
    }

    @Test
    void totalsNameTheUnitInTheSingularForOne() {
        assertEquals("detected on 67,300 pages", wording.detectedOn(67300));
        assertEquals("detected on 1 page", wording.detectedOn(1));
        assertEquals("not detected", wording.detectedOn(0));
        assertEquals("0 pages", wording.units(0));
        Wording onDomains = TestWords.wording(Unit.DOMAINS, new CountryNames(Map.of()), Map.of(), Map.of());
        assertEquals("detected on 2 domains", onDomains.detectedOn(2));
        assertEquals("detected on 1 domain", onDomains.detectedOn(1));
    }
}
