package dev.versus.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Reads {@code sitemap.xml} (a sitemap index or a urlset) and every sitemap an index lists. Each
 * URL must be a file of the site and not a noindex page; every page it lists is marked so that
 * indexable pages left out can be reported.
 */
final class Sitemaps {
    static final String ROOT = "sitemap.xml";

    private final SiteFiles files;
    private final SiteUrls urls;
    private final boolean[] noindex;
    private final BitSet listed;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Integer> read = new HashSet<>();
    /** Set when a listed sitemap cannot be read: which pages it lists is then unknown. */
    private boolean incomplete;

    private Sitemaps(SiteFiles files, SiteUrls urls, boolean[] noindex) {
        this.files = files;
        this.urls = urls;
        this.noindex = noindex;
        this.listed = new BitSet(files.size());
    }

    /**
     * Checks the sitemaps and then, when all could be read, that every indexable page is listed.
     *
     * @param noindex by file index, whether a page asks not to be indexed
     * @param html by file index, whether the file is an HTML page that was read
     */
    static List<Problem> check(SiteFiles files, SiteUrls urls, boolean[] noindex, boolean[] html) {
        Sitemaps sitemaps = new Sitemaps(files, urls, noindex);
        int root = files.indexOf(ROOT);
        if (root < 0) {
            return List.of(new Problem(ROOT, 1, 1, "no sitemap.xml in the site"));
        }
        sitemaps.read(root);
        if (sitemaps.incomplete) {
            return sitemaps.problems;
        }
        for (int file = 0; file < files.size(); file++) {
            if (html[file] && !noindex[file] && !sitemaps.listed.get(file)) {
                sitemaps.problems.add(new Problem(files.path(file), 1, 1, "indexable page is missing from the sitemaps"));
            }
        }
        return sitemaps.problems;
    }

    private void read(int sitemap) {
        if (!read.add(sitemap)) {
            return;
        }
        String path = files.path(sitemap);
        Document document;
        try {
            document = Jsoup.parse(text(sitemap), "", Parser.xmlParser().setTrackPosition(true));
        } catch (IOException e) {
            problems.add(new Problem(path, 1, 1, "cannot read sitemap: " + e.getMessage()));
            incomplete = true;
            return;
        }
        if (document.selectFirst("sitemapindex") != null) {
            for (Element loc : document.select("sitemapindex > sitemap > loc")) {
                int listedSitemap = target(path, loc, "sitemap");
                if (listedSitemap >= 0) {
                    read(listedSitemap);
                } else {
                    incomplete = true;
                }
            }
        } else if (document.selectFirst("urlset") != null) {
            for (Element loc : document.select("urlset > url > loc")) {
                readPageUrl(path, loc);
            }
        } else {
            problems.add(new Problem(path, 1, 1, "not a sitemap: no <urlset> or <sitemapindex>"));
            incomplete = true;
        }
    }

    private void readPageUrl(String sitemap, Element loc) {
        int page = target(sitemap, loc, "URL");
        if (page < 0) {
            return;
        }
        listed.set(page);
        if (noindex[page]) {
            problems.add(problem(sitemap, loc, "sitemap URL " + loc.text().strip() + " is a noindex page"));
        }
    }

    /** The file a loc names, or -1 after reporting why there is none. */
    private int target(String sitemap, Element loc, String what) {
        String url = loc.text().strip();
        Target target = urls.resolveAbsolute(url);
        String trouble = switch (target.kind()) {
            case FILE -> null;
            case MISSING -> "no file " + target.expected();
            case EXTERNAL, OUTSIDE -> "not on the site " + urls.base();
            default -> "not an absolute http(s) URL";
        };
        if (trouble != null) {
            problems.add(problem(sitemap, loc, "sitemap " + what + " " + url + ": " + trouble));
            return -1;
        }
        return target.file();
    }

    private static Problem problem(String sitemap, Element loc, String message) {
        Range range = loc.sourceRange();
        return range.isTracked()
                ? new Problem(sitemap, range.start().lineNumber(), range.start().columnNumber(), message)
                : new Problem(sitemap, 1, 1, message);
    }

    private String text(int sitemap) throws IOException {
        try (InputStream in = Files.newInputStream(files.file(sitemap))) {
            InputStream source = files.path(sitemap).endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
