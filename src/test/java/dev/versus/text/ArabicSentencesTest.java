package dev.versus.text;

import static dev.versus.text.Fixtures.comparison;
import static dev.versus.text.Fixtures.lead;
import static dev.versus.text.Fixtures.withCountries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.load.MessagesReader;
import dev.versus.model.SiteMessages;
import dev.versus.model.Unit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison sentences in Arabic, as the repository's content/messages/ar.toml words them,
 * read by the real reader against en.toml and formatted by the real wording. Expectations are
 * worked by hand from Arabic grammar and CLDR's Arabic plural rules: zero (0), one (1), two (2),
 * few (n % 100 in 3..10), many (n % 100 in 11..99), other (100, 102, 1,000 ...). After a
 * preposition the dual is genitive ("صفحتين"); 3 to 10 take the plural ("5 صفحات"), 11 to 99 the
 * accusative singular ("11 موقعًا"), 100 the genitive singular ("100 موقع"). Ordinals: CLDR gives
 * Arabic only "other"; the award line writes ranks 1 to 10 as words ("المرتبة الأولى") and
 * higher ranks as figures ("المرتبة 21"). The ratio sentence names no category: the wording gives
 * messages the snapshot's English singular ("web framework"), which an Arabic sentence cannot use.
 */
class ArabicSentencesTest {
    private static Words words;

    @BeforeAll
    static void readTheMessageFiles() throws Exception {
        SiteMessages messages = MessagesReader.read(Path.of("content"), List.of("en", "ar"));
        Map<String, String> names = new HashMap<>();
        messages.namesIn("ar").forEach((key, name) -> names.put(key, name.text()));
        words = Words.of(Language.AR, messages.of("ar"), names);
    }

    private static Wording wording(Unit unit) {
        return new Wording(unit, CountryNames.of(Map.of(), words), Map.of("web-frameworks", Fixtures.WEB_FRAMEWORKS),
                Map.of(), words);
    }

    @Test
    void theRatioSentenceCountsTimesByTheArabicPluralOfMarra() {
        Wording arabic = wording(Unit.PAGES);
        // 67,300 / 1,870 = 35.99, rounded to 36: many (11..99) takes the singular "مرة".
        assertEquals("Django أكثر شعبية من Flask بمقدار 36 مرة.",
                arabic.popularity(comparison(67_300, 1_870)));
        // 2 is the dual, without the figure.
        assertEquals("Django أكثر شعبية من Flask بمقدار مرتين.",
                arabic.popularity(comparison(200, 100)));
        // 6.96 rounds to 7: few (3..10) takes the plural "مرات".
        assertEquals("Django أكثر شعبية من Flask بمقدار 7 مرات.",
                arabic.popularity(comparison(696, 100)));
        // 2.5 has a fraction: other.
        assertEquals("Django أكثر شعبية من Flask بمقدار 2.5 مرة.",
                arabic.popularity(comparison(245, 100)));
        // 1,234.5 rounds half up to 1,235: 35 is in 11..99, many.
        assertEquals("Django أكثر شعبية من Flask بمقدار 1,235 مرة.",
                arabic.popularity(comparison(2_469, 2)));
        // (1.1 - 1) x 100 = 10.
        assertEquals("Django أكثر شعبية من Flask بنسبة 10%.",
                arabic.popularity(comparison(110, 100)));
        assertEquals("Django وFlask متساويتان تقريبًا في الشعبية.", arabic.popularity(comparison(100, 109)));
        assertEquals("لم تُكتشف Django ولا Flask.", arabic.popularity(comparison(0, 0)));
        assertEquals("لم تُكتشف إلا Flask؛ إذ لم يُعثر على Django في أي صفحة.", arabic.popularity(comparison(0, 5)));
        assertEquals("لم تُكتشف إلا Django؛ إذ لم يُعثر على Flask في أي موقع.",
                wording(Unit.WEBSITES).popularity(comparison(5, 0)));
    }

    @Test
    void theHeadlineSaysMuchMoreFromThreeTimes() {
        Wording arabic = wording(Unit.PAGES);
        assertEquals("Django أكثر شعبية من Flask.", arabic.headline(comparison(299, 100)));
        assertEquals("Flask أكثر شعبية من Django بكثير.", arabic.headline(comparison(1_870, 67_300)));
    }

    @Test
    void awardRanksOneToTenAreWordsAndHigherRanksFigures() {
        Wording arabic = wording(Unit.PAGES);
        int[] ranks = {1, 2, 3, 11, 21, 22, 23};
        String[] written = {"الأولى", "الثانية", "الثالثة", "11", "21", "22", "23"};
        for (int i = 0; i < ranks.length; i++) {
            assertEquals("المرتبة " + written[i] + " من حيث الشعبية في ألمانيا ضمن فئة أطر عمل الويب",
                    arabic.award(new Award("DE", "web-frameworks", ranks[i], 100)));
        }
        assertEquals("المرتبة العاشرة من حيث الشعبية في الولايات المتحدة ضمن فئة أطر عمل الويب",
                arabic.award(new Award("US", "web-frameworks", 10, 100)));
    }

    @Test
    void theCountrySentenceJoinsOneTwoAndThreeCountriesWithWa() {
        Wording arabic = wording(Unit.PAGES);
        assertEquals("حصة Django من صفحاتها في الولايات المتحدة أكبر من حصة Flask؛"
                + " ولا تزيد حصة Flask في أي بلد تتوفر فيه بيانات كافية.",
                arabic.countries(withCountries(200, 100, lead("US"), lead())));
        assertEquals("حصة Django من صفحاتها في الولايات المتحدة وألمانيا أكبر من حصة Flask؛"
                + " ولا تزيد حصة Flask في أي بلد تتوفر فيه بيانات كافية.",
                arabic.countries(withCountries(200, 100, lead("US", "DE"), lead())));
        assertEquals("حصة Django من صفحاتها في الولايات المتحدة وألمانيا واليابان أكبر من حصة Flask؛"
                + " وحصة Flask من صفحاتها في فرنسا أكبر من حصة Django.",
                arabic.countries(withCountries(200, 100, lead("US", "DE", "JP"), lead("FR"))));
        assertEquals("لا تملك Django ولا Flask حصة أكبر من مواقعها في أي بلد تتوفر فيه بيانات كافية.",
                wording(Unit.WEBSITES).countries(withCountries(200, 100, lead(), lead())));
    }

    @Test
    void unitsTakeAllSixArabicPluralForms() {
        Wording pages = wording(Unit.PAGES);
        assertEquals("0 صفحة", pages.units(0));
        assertEquals("صفحة واحدة", pages.units(1));
        assertEquals("صفحتين", pages.units(2));
        assertEquals("3 صفحات", pages.units(3));
        assertEquals("5 صفحات", pages.units(5));
        assertEquals("11 صفحة", pages.units(11));
        assertEquals("100 صفحة", pages.units(100));
        assertEquals("67,300 صفحة", pages.units(67_300));
        assertEquals("اكتُشفت في صفحة واحدة", pages.detectedOn(1));
        assertEquals("لم تُكتشف", pages.detectedOn(0));

        Wording websites = wording(Unit.WEBSITES);
        assertEquals("0 موقع", websites.units(0));
        assertEquals("موقع واحد", websites.units(1));
        assertEquals("موقعين", websites.units(2));
        assertEquals("3 مواقع", websites.units(3));
        assertEquals("5 مواقع", websites.units(5));
        assertEquals("11 موقعًا", websites.units(11));
        assertEquals("100 موقع", websites.units(100));
        // 1,250: the last two digits, 50, are in 11..99.
        assertEquals("1,250 موقعًا", websites.units(1_250));
    }

    @Test
    void categoriesAndKindsOfSiteHaveArabicNames() {
        assertEquals("أطر عمل الويب", words.categoryName("web-frameworks", "Web frameworks"));
        assertEquals("أطر عمل JavaScript", words.categoryName("javascript-frameworks", "JavaScript frameworks"));
        assertEquals("CMS", words.categoryName("cms", "CMS"));
        assertEquals("التعليم والمراجع", words.siteKindName("education-reference", "Education and reference"));
        assertEquals("«التعليم والمراجع»", words.siteKindInSentence("education-reference", "education and reference"));
    }

    @Test
    void kindsOfSiteInASentenceAreQuotedSoTheirOwnWaDoesNotBlurTheList() {
        assertEquals("حصة Django من صفحاتها في مواقع «الحاسوب والتقنية» و«الصحة» و«الفنون والترفيه» أكبر من حصة Flask؛"
                + " وحصة Flask من صفحاتها في مواقع «التسوق» أكبر من حصة Django.",
                wording(Unit.PAGES).siteCategories(Fixtures.withSiteCategories(
                        List.of("technology", "health", "arts-entertainment"), List.of("shopping"))));
    }
}
