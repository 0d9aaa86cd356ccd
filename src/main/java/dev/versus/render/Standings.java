package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Growth;
import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Technology;
import dev.versus.text.Percentages;
import dev.versus.text.Wording;
import dev.versus.text.Words;
import java.time.LocalDate;
import java.util.List;

/** A technology's rank and change as technology and category pages word them. */
final class Standings {
    private final Catalog catalog;
    private final Wording wording;

    Standings(Catalog catalog, Wording wording) {
        this.catalog = catalog;
        this.wording = wording;
    }

    /** "#2 of 5 in Web frameworks". */
    String rankIn(Technology technology, Category category) {
        Words words = wording.words();
        return words.t("sentences.rank_in", "rank", words.formats().count(catalog.rank(technology.slug(), category.slug())),
                "of", words.formats().count(catalog.ranking(category.slug()).size()),
                "category", words.categoryName(category.slug(), category.name()));
    }

    /** The technology's latest earlier total (the previous snapshot it was counted in), or null. */
    static HistoryPoint latest(Technology technology) {
        List<HistoryPoint> history = technology.usage().history();
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    static Growth growth(Technology technology, HistoryPoint earlier) {
        return new Growth(earlier.total(), technology.total());
    }

    /** "+4.8% since 1 July 2022", "new since ...", "not detected". */
    String change(Technology technology, HistoryPoint earlier) {
        return wording.change(growth(technology, earlier), earlier.date());
    }

    /**
     * The change as a sentence: "From 64,200 pages on 1 July 2022 to 67,300 pages on 1 January
     * 2023: +4.8%."; "New since ...: not detected then, detected on 5 pages on ..." when it
     * counted 0 then; "Not detected on ... nor on ..." when it counts 0 at both dates.
     */
    String changeSentence(Technology technology, HistoryPoint earlier, LocalDate now) {
        Growth growth = growth(technology, earlier);
        Words words = wording.words();
        String then = words.formats().date(earlier.date());
        String today = words.formats().date(now);
        if (growth.earlier() == 0) {
            return growth.now() == 0 ? words.t("sentences.change_none", "then", then, "today", today)
                    : words.t("sentences.change_new", "then", then, "units", wording.units(growth.now()), "today", today);
        }
        return words.t("sentences.change_from_to", "earlier_units", wording.units(growth.earlier()), "then", then,
                "now_units", wording.units(growth.now()), "today", today, "change", wording.percentChange(growth.value()));
    }

    /** A table cell: "+4.8%", "new" when it was not detected then, "—" when it is detected at neither date. */
    static String changeCell(Technology technology, HistoryPoint earlier) {
        Growth growth = growth(technology, earlier);
        if (growth.earlier() == 0) {
            return growth.now() == 0 ? "—" : "new";
        }
        return Percentages.change(growth.value());
    }
}
