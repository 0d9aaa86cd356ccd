package dev.versus.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The alternate-link checks that need every page: each page links the same languages (those most
 * pages link: one odd page is reported, not all the others), each link to another version is
 * answered by a link back with this page's language, and x-default leads to the version in the
 * first language, the home page's. Runs on the packed links kept by the scan.
 */
final class AlternatesCheck {
    private final SiteFiles files;
    private final LanguageCodes codes;
    private final long[][] alternates;
    private final int[] langs;
    private final int[] heads;
    private final boolean[] html;
    private final List<Finding> findings = new ArrayList<>();
    private final int xDefault;
    private boolean[] siteLanguage;
    private String siteLanguages;

    private AlternatesCheck(SiteFiles files, LanguageCodes codes, long[][] alternates, int[] langs, int[] heads, boolean[] html) {
        this.files = files;
        this.codes = codes;
        this.alternates = alternates;
        this.langs = langs;
        this.heads = heads;
        this.html = html;
        this.xDefault = codes.id(LanguageCodes.X_DEFAULT);
    }

    /**
     * @param alternates by file index, the page's packed links or null
     * @param langs by file index, the code id of a page's lang when it has alternates, else -1
     * @param heads by file index, the head element's index
     * @param html by file index, whether the file is an HTML page that was read
     */
    static List<Finding> check(SiteFiles files, LanguageCodes codes, long[][] alternates, int[] langs, int[] heads,
            boolean[] html) {
        AlternatesCheck check = new AlternatesCheck(files, codes, alternates, langs, heads, html);
        int pagesWithAlternates = (int) IntStream.range(0, files.size()).filter(file -> alternates[file] != null).count();
        if (pagesWithAlternates > 0) {
            check.findSiteLanguages(pagesWithAlternates);
            int home = files.indexOf("index.html");
            int defaultLanguage = home >= 0 && alternates[home] != null ? langs[home] : -1;
            for (int file = 0; file < files.size(); file++) {
                check.checkPage(file, defaultLanguage);
            }
        }
        return check.findings;
    }

    /** A code linked by at least half of the pages with alternates is one of the site's languages. */
    private void findSiteLanguages(int pagesWithAlternates) {
        int[] pagesLinking = new int[codes.size()];
        for (long[] links : alternates) {
            for (int code = 0; links != null && code < links.length; code++) {
                pagesLinking[code] += links[code] == Alternates.ABSENT ? 0 : 1;
            }
        }
        siteLanguage = new boolean[codes.size()];
        for (int code = 0; code < siteLanguage.length; code++) {
            siteLanguage[code] = code != xDefault && pagesLinking[code] * 2 >= pagesWithAlternates;
        }
        siteLanguages = IntStream.range(0, siteLanguage.length).filter(code -> siteLanguage[code])
                .mapToObj(codes::code).sorted().collect(Collectors.joining(", "));
    }

    private void checkPage(int file, int defaultLanguage) {
        if (!html[file]) {
            return;
        }
        long[] links = alternates[file];
        if (links == null) {
            // The 404 page answers every missing URL in every language: it has no versions to link.
            if (!files.path(file).equals("404.html") && !files.path(file).endsWith("/404.html")) {
                add(file, heads[file], null, "no alternate links, though the site's other pages link their versions in "
                        + siteLanguages);
            }
            return;
        }
        for (int code = 0; code < siteLanguage.length; code++) {
            long link = Alternates.get(links, code);
            if (siteLanguage[code] && link == Alternates.ABSENT) {
                add(file, heads[file], null, "missing alternate hreflang=\"" + codes.code(code)
                        + "\": the site's languages are " + siteLanguages);
            } else if (link != Alternates.ABSENT && code != xDefault && !siteLanguage[code]) {
                add(file, Alternates.element(link), "hreflang", "alternate hreflang=\"" + codes.code(code)
                        + "\" is not one of the site's languages (" + siteLanguages + ")");
            } else if (link != Alternates.ABSENT && code != xDefault) {
                checkVersion(file, code, link);
            }
        }
        checkXDefault(file, links, defaultLanguage);
    }

    /** The page linked as hreflang {@code code} is in that language and links back to this page. */
    private void checkVersion(int file, int code, long link) {
        int version = Alternates.target(link);
        if (version == Alternates.NO_PAGE) {
            return;
        }
        String what = "alternate hreflang=\"" + codes.code(code) + "\" leads to " + files.path(version);
        int lang = langs[file];
        if (alternates[version] == null) {
            add(file, Alternates.element(link), "href", what + ", which has no alternate links back");
        } else if (langs[version] != code) {
            add(file, Alternates.element(link), "href", what + ", whose <html lang> is not \"" + codes.code(code) + "\"");
        } else if (lang >= 0) {
            long back = Alternates.get(alternates[version], lang);
            String hreflang = "hreflang=\"" + codes.code(lang) + "\"";
            if (back == Alternates.ABSENT) {
                add(file, Alternates.element(link), "href", what + ", which has no " + hreflang + " link back");
            } else if (Alternates.target(back) != file && Alternates.target(back) != Alternates.NO_PAGE) {
                add(file, Alternates.element(link), "href", what + ", whose " + hreflang + " leads to "
                        + files.path(Alternates.target(back)) + " instead of back here");
            }
        }
    }

    /**
     * x-default leads to the version in the home page's language, which makes it the same on all
     * versions; without that language, it is compared with the other versions' x-default.
     */
    private void checkXDefault(int file, long[] links, int defaultLanguage) {
        long link = Alternates.get(links, xDefault);
        int target = Alternates.target(link);
        if (link == Alternates.ABSENT || target == Alternates.NO_PAGE) {
            return;
        }
        String what = "alternate hreflang=\"x-default\" leads to " + files.path(target);
        int expected = defaultLanguage < 0 ? Alternates.NO_PAGE : Alternates.target(Alternates.get(links, defaultLanguage));
        if (expected != Alternates.NO_PAGE && target != expected) {
            add(file, Alternates.element(link), "href", what + ", not to the page's \"" + codes.code(defaultLanguage)
                    + "\" version " + files.path(expected));
            return;
        }
        if (defaultLanguage < 0) {
            compareXDefaults(file, links, link, what);
        }
    }

    /** Names the first version in path order (code ids depend on thread timing) whose x-default differs. */
    private void compareXDefaults(int file, long[] links, long link, String what) {
        int differing = Integer.MAX_VALUE;
        for (int code = 0; code < links.length; code++) {
            int version = code == xDefault ? Alternates.NO_PAGE : Alternates.target(links[code]);
            int theirs = version == Alternates.NO_PAGE ? Alternates.NO_PAGE : Alternates.target(Alternates.get(alternates[version], xDefault));
            if (theirs != Alternates.NO_PAGE && theirs != Alternates.target(link)) {
                differing = Math.min(differing, version);
            }
        }
        if (differing != Integer.MAX_VALUE) {
            int theirs = Alternates.target(Alternates.get(alternates[differing], xDefault));
            add(file, Alternates.element(link), "href", what + ", but the x-default of " + files.path(differing)
                    + " leads to " + files.path(theirs));
        }
    }

    private void add(int file, int element, String attribute, String message) {
        findings.add(new Finding(file, element, attribute, message));
    }
}
