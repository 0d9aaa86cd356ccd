package dev.versus.load;

import dev.versus.model.Category;
import dev.versus.model.CountryOverride;
import dev.versus.model.HistoryPoint;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a fuzz target asserts about the reader's result, written apart from the reader's own rules
 * so that a wrong rule is caught rather than repeated: an accepted snapshot holds only text a page
 * can show and dates from 1990 on; a refused one has well-formed errors.
 */
final class FuzzChecks {
    private FuzzChecks() {
    }

    static void checkErrors(InvalidSnapshotException e) {
        require(e.totalErrors() > 0 && !e.errors().isEmpty(), "an exception without errors");
        require(e.errors().size() <= ErrorCollector.LIMIT, "more errors kept than the limit");
        for (SnapshotError error : e.errors()) {
            require(error.line() >= 1 && error.column() >= 1, "a position before 1:1: " + error.format());
            require(error.path().startsWith("$"), "a path not starting with $: " + error.format());
            require(!error.message().isBlank(), "an error without a message: " + error.format());
        }
    }

    static void checkShowable(Snapshot snapshot) {
        List<String> names = new ArrayList<>(List.of(snapshot.info().title(), snapshot.info().source()));
        checkDate(snapshot.info().date());
        for (Category category : snapshot.categories()) {
            names.add(category.name());
            names.add(category.singular());
        }
        for (SiteCategory siteCategory : snapshot.siteCategories()) {
            names.add(siteCategory.name());
        }
        for (CountryOverride country : snapshot.countries().values()) {
            names.add(country.name());
        }
        for (Technology technology : snapshot.technologies()) {
            names.add(technology.name());
            if (technology.headquarters() != null) {
                names.add(technology.headquarters());
            }
            for (TopSite site : technology.topSites()) {
                names.add(site.domain());
            }
            for (HistoryPoint point : technology.usage().history()) {
                checkDate(point.date());
                require(point.date().isBefore(snapshot.info().date()), "history not before the snapshot");
            }
        }
        names.forEach(FuzzChecks::checkName);
    }

    private static void checkName(String name) {
        require(name.codePoints().count() <= 253, "a name of " + name.length() + " characters");
        require(!name.strip().isEmpty(), "a blank name");
        for (char c : name.toCharArray()) {
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            require(!control && !bidi, String.format("a name with U+%04X", (int) c));
        }
    }

    private static void checkDate(LocalDate date) {
        require(!date.isBefore(LocalDate.of(1990, 1, 1)), "a date before 1990: " + date);
    }

    private static void require(boolean condition, String finding) {
        if (!condition) {
            throw new AssertionError("accepted or reported wrongly: " + finding);
        }
    }
}
