package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.compare.Growth;
import dev.versus.load.MessagesReader;
import dev.versus.model.Category;
import dev.versus.model.MessageName;
import dev.versus.model.SiteMessages;
import dev.versus.model.Unit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison sentences in Japanese, as the repository's content/messages/ja.toml words them,
 * read through the real reader beside en.toml and formatted by the real Wording. Japanese has one
 * plural category and one ordinal category (CLDR: other only), so "1 位", "2 位", "23 位" and
 * "1 ページ", "5 ページ" differ from each other by the number alone; the list of countries is
 * joined with 、 (CLDR's Japanese list pattern for 2 and 3 items). The expected strings are
 * written out by hand.
 */
class JapaneseSentencesTest {
    private static Words words;
    private static Map<String, String> names;

    @BeforeAll
    static void readTheMessageFiles() throws Exception {
        SiteMessages messages = MessagesReader.read(Path.of("content"), List.of("en", "ja"));
        names = new HashMap<>();
        for (MessageName name : messages.namesIn("ja").values()) {
            names.put(name.key(), name.text());
        }
        words = Words.of(Language.JA, messages.of("ja"), names);
    }

    /**
     * The snapshot's singular ("web framework") is English and Wording takes it from the
     * Category of the comparison's shared standing; Japanese sentences need the file's
     * [category_singulars] name, so the category here carries it, as the snapshot's record would
     * once the singulars are looked up in Words.
     */
    private static Category webFrameworks() {
        return new Category("web-frameworks", "Web frameworks", names.get("category_singulars.web-frameworks"));
    }

    /** Django and Flask, two web frameworks, with these totals; the category is named as above. */
    private static dev.versus.compare.Comparison comparison(long django, long flask) {
        return Fixtures.comparison(Fixtures.technology("django", "Django", django),
                Fixtures.technology("flask", "Flask", flask), List.of(Fixtures.standing(webFrameworks())),
                Fixtures.lead(), Fixtures.lead(), List.of(), List.of());
    }

    private static Wording wording(Unit unit) {
        return new Wording(unit, CountryNames.of(Map.of(), words), Map.of("web-frameworks", webFrameworks()),
                Map.of("shopping", "Shopping", "news-media", "News and media", "science", "Science"), words);
    }

    @Test
    void theFileNamesTheCategoryAndItsMemberInJapanese() {
        assertEquals("Web フレームワーク", words.categoryName("web-frameworks", "Web frameworks"));
        assertEquals("Web フレームワーク", names.get("category_singulars.web-frameworks"));
        assertEquals("広告プラットフォーム", names.get("category_singulars.advertising"));
        assertEquals("ショッピング", words.siteKindName("shopping", "Shopping"));
    }

    @Test
    void popularityNamesTheRatioAsTimesOrPercent() {
        Wording japanese = wording(Unit.PAGES);
        // 3,600 / 100 = 36, a whole number from 10 up.
        assertEquals("Web フレームワークの Django は Flask の 36 倍人気が高いです。",
                japanese.popularity(comparison(3_600, 100)));
        // 250 / 100 = 2.5, one decimal below 10.
        assertEquals("Web フレームワークの Django は Flask の 2.5 倍人気が高いです。",
                japanese.popularity(comparison(250, 100)));
        // 123,450 / 100 = 1,234.5, rounded half up to 1,235 and grouped as Japanese groups it.
        assertEquals("Web フレームワークの Django は Flask の 1,235 倍人気が高いです。",
                japanese.popularity(comparison(123_450, 100)));
        // 112,499 / 100,000 = 1.12499: (r − 1) × 100 = 12.499, rounded to 12.
        assertEquals("Web フレームワークの Django は Flask より 12% 人気が高いです。",
                japanese.popularity(comparison(112_499, 100_000)));
        // Flask leads: 900 / 800 = 1.125, 12.5 rounded half up to 13.
        assertEquals("Web フレームワークの Flask は Django より 13% 人気が高いです。",
                japanese.popularity(comparison(800, 900)));
        assertEquals("Django と Flask の人気はほぼ同じです。", japanese.popularity(comparison(100, 109)));
        assertEquals("Django も Flask も検出されませんでした。", japanese.popularity(comparison(0, 0)));
        assertEquals("検出されたのは Flask だけで、Django は一度も検出されませんでした。",
                japanese.popularity(comparison(0, 5)));
    }

    @Test
    void theHeadlineSaysMuchMoreFromThreeTimes() {
        Wording japanese = wording(Unit.PAGES);
        assertEquals("Django は Flask よりはるかに人気が高いです。", japanese.headline(comparison(300, 100)));
        assertEquals("Django は Flask より人気が高いです。", japanese.headline(comparison(299, 100)));
        assertEquals("検出されたのは Django だけです。", japanese.headline(comparison(7, 0)));
    }

    @Test
    void awardRanksAreOneOrdinalFormInJapanese() {
        Wording japanese = wording(Unit.PAGES);
        int[] ranks = {1, 2, 3, 11, 21, 22, 23};
        for (int rank : ranks) {
            assertEquals("アメリカ合衆国の「Web フレームワーク」カテゴリで人気 " + rank + " 位",
                    japanese.award(new Award("US", "web-frameworks", rank, 100)));
        }
        assertEquals("日本の「Web フレームワーク」カテゴリで人気 1 位",
                japanese.award(new Award("JP", "web-frameworks", 1, 100)));
        assertEquals("ドイツの「Web フレームワーク」カテゴリで人気 22 位",
                japanese.award(new Award("DE", "web-frameworks", 22, 100)));
    }

    @Test
    void countrySentencesListOneTwoOrThreeCountries() {
        Wording japanese = wording(Unit.PAGES);
        var django = Fixtures.technology("django", "Django", 200);
        var flask = Fixtures.technology("flask", "Flask", 100);
        assertEquals("Django は Flask よりも、合計のうちアメリカ合衆国で検出された割合が大きいです。",
                japanese.countryBullet(django, flask, Fixtures.lead("US")));
        assertEquals("Django は Flask よりも、合計のうちアメリカ合衆国、ドイツで検出された割合が大きいです。",
                japanese.countryBullet(django, flask, Fixtures.lead("US", "DE")));
        assertEquals("Django は Flask よりも、合計のうちアメリカ合衆国、ドイツ、日本で検出された割合が大きいです。",
                japanese.countryBullet(django, flask, Fixtures.lead("US", "DE", "JP")));
        assertEquals("Django は Flask よりも、合計のうち日本、フランスで検出された割合が大きく、"
                + "Flask は Django よりも、合計のうちブラジルで検出された割合が大きいです。",
                japanese.countries(Fixtures.withCountries(200, 100, Fixtures.lead("JP", "FR"), Fixtures.lead("BR"))));
        assertEquals("Django は Flask よりも、合計のうちドイツで検出された割合が大きいです。"
                + "十分なデータがある国のうち、Flask の割合のほうが大きい国はありません。",
                japanese.countries(Fixtures.withCountries(200, 100, Fixtures.lead("DE"), Fixtures.lead())));
    }

    @Test
    void kindsOfSiteTakeTheFileNames() {
        assertEquals("Django は Flask よりも、合計のうちショッピングのサイトで検出された割合が大きく、"
                + "Flask は Django よりも、合計のうち科学、ニュース・メディアのサイトで検出された割合が大きいです。",
                wording(Unit.PAGES).siteCategories(Fixtures.withSiteCategories(List.of("shopping"),
                        List.of("science", "news-media"))));
    }

    @Test
    void unitsHaveOneFormForEveryCount() {
        Wording pages = wording(Unit.PAGES);
        assertEquals("0 ページ", pages.units(0));
        assertEquals("1 ページ", pages.units(1));
        assertEquals("2 ページ", pages.units(2));
        assertEquals("5 ページ", pages.units(5));
        assertEquals("67,300 ページ", pages.units(67_300));
        assertEquals("5 サイト", wording(Unit.WEBSITES).units(5));
        assertEquals("1 ドメイン", wording(Unit.DOMAINS).units(1));
        assertEquals("1 ページで検出", pages.detectedOn(1));
        assertEquals("未検出", pages.detectedOn(0));
    }

    @Test
    void changesReadFromAJapaneseDate() {
        Wording japanese = wording(Unit.PAGES);
        // (67,300 − 61,000) / 61,000 = 10.33%, one decimal: 10.3%.
        assertEquals("2022年2月1日から +10.3%",
                japanese.change(new Growth(61_000, 67_300), LocalDate.of(2022, 2, 1)));
        assertEquals("新規（2022年2月1日以降）", japanese.change(new Growth(0, 5), LocalDate.of(2022, 2, 1)));
        assertEquals("未検出", japanese.change(new Growth(0, 0), LocalDate.of(2022, 2, 1)));
    }
}
