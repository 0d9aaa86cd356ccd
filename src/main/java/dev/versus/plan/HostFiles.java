package dev.versus.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The files a web host and crawlers read rather than people: the 404 page, robots.txt, the
 * sitemaps and the redirect maps. Only the 404 page is HTML, and none of them is indexable. Their
 * contents stream over the plan's pages or the catalog's pairs when they are rendered.
 */
public final class HostFiles {
    /** The sitemaps protocol's limit of URLs in one sitemap file. */
    public static final int MAX_URLS_PER_SITEMAP = 50_000;

    private HostFiles() {
    }

    /**
     * The host files of a site whose other pages are {@code fixed} and {@code comparisons}.
     * Counting the indexable pages streams the comparisons once; none is kept.
     *
     * @param maxUrls at most this many URLs go into one sitemap file
     */
    public static List<Page> plan(List<Page> fixed, Supplier<Stream<Page>> comparisons, int maxUrls) {
        return plan(fixed, comparisons, () -> comparisons.get().filter(Page::indexable).count(), maxUrls);
    }

    /**
     * As above, with a cheaper count of the indexable comparisons than making each page: the
     * catalog counts pairs without building their routes.
     */
    public static List<Page> plan(List<Page> fixed, Supplier<Stream<Page>> comparisons,
            java.util.function.LongSupplier indexableComparisons, int maxUrls) {
        return plan(List.of(fixed), List.of("en"), comparisons, indexableComparisons, maxUrls);
    }

    /**
     * The host files of a site in {@code languages}: one sitemap set per language, all listed in
     * the one index, so that each language's pages can be submitted and counted on their own.
     *
     * @param fixedByLanguage each language's pages but its comparisons, routes with the language's folder
     * @param comparisons the first language's comparison pages; the others' are the same under their folder
     */
    public static List<Page> plan(List<List<Page>> fixedByLanguage, List<String> languages,
            Supplier<Stream<Page>> comparisons, java.util.function.LongSupplier indexableComparisons, int maxUrls) {
        List<Sitemap> sitemaps = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            String folder = i == 0 ? "" : languages.get(i) + "/";
            IndexableRoutes indexable = new IndexableRoutes(
                    fixedByLanguage.get(i).stream().filter(Page::indexable).map(Page::route).toList(),
                    comparisons, indexableComparisons, folder);
            sitemaps.addAll(split(indexable, maxUrls, i == 0 ? "" : languages.get(i) + "-"));
        }
        List<Page> files = new ArrayList<>();
        files.add(new NotFound());
        files.add(new Robots(!sitemaps.isEmpty()));
        if (!sitemaps.isEmpty()) {
            files.add(new SitemapIndex(sitemaps));
            files.addAll(sitemaps);
        }
        files.add(new Redirects());
        files.add(new NginxRedirects());
        return files;
    }

    /**
     * The sitemap files for {@code urls} indexable pages, in page order: full files of {@code
     * maxUrls} and a last one with the rest. No pages, no sitemap (an empty one is invalid).
     */
    static List<Sitemap> split(IndexableRoutes routes, int maxUrls) {
        return split(routes, maxUrls, "");
    }

    /** @param prefix before each file's number: "" for the first language, "de-" for German */
    static List<Sitemap> split(IndexableRoutes routes, int maxUrls, String prefix) {
        if (maxUrls < 1) {
            throw new IllegalArgumentException("a sitemap holds at least one URL: " + maxUrls);
        }
        long urls = routes.count();
        List<Sitemap> sitemaps = new ArrayList<>();
        for (long first = 0; first < urls; first += maxUrls) {
            sitemaps.add(new Sitemap(prefix, sitemaps.size() + 1, first, Math.min(maxUrls, urls - first), routes));
        }
        return sitemaps;
    }

    /**
     * The routes of the plan's indexable pages in the order of {@link SitePlan#allPages()}: the
     * fixed pages' routes are kept (they are few), the comparisons' streamed again each time.
     */
    public static final class IndexableRoutes {
        private final List<String> fixed;
        private final Supplier<Stream<Page>> comparisons;

        private final java.util.function.LongSupplier comparisonCount;
        /** The language's folder in front of each comparison's route: "" or "de/". */
        private final String folder;

        IndexableRoutes(List<String> fixed, Supplier<Stream<Page>> comparisons) {
            this(fixed, comparisons, () -> comparisons.get().filter(Page::indexable).count(), "");
        }

        IndexableRoutes(List<String> fixed, Supplier<Stream<Page>> comparisons,
                java.util.function.LongSupplier comparisonCount, String folder) {
            this.fixed = List.copyOf(fixed);
            this.comparisons = comparisons;
            this.comparisonCount = comparisonCount;
            this.folder = folder;
        }

        public Stream<String> stream() {
            return Stream.concat(fixed.stream(),
                    comparisons.get().filter(Page::indexable).map(page -> folder + page.route()));
        }

        long count() {
            return fixed.size() + comparisonCount.getAsLong();
        }

        /** Stable, for page records' toString. */
        @Override
        public String toString() {
            return "IndexableRoutes";
        }
    }

    /**
     * The page a host serves for any path it has no file for, at any depth; its links are
     * therefore root-relative, not page-relative.
     */
    public record NotFound() implements Page {
        @Override
        public String route() {
            return "404.html";
        }

        @Override
        public String source() {
            return "the 404 page";
        }

        @Override
        public boolean indexable() {
            return false;
        }
    }

    /** robots.txt: everything may be crawled; names the sitemap index when there is one. */
    public record Robots(boolean namesSitemap) implements Page {
        @Override
        public String route() {
            return "robots.txt";
        }

        @Override
        public String source() {
            return "robots.txt";
        }
    }

    /** sitemap.xml: the index of the sitemap files. */
    public record SitemapIndex(List<Sitemap> sitemaps) implements Page {
        public SitemapIndex {
            sitemaps = List.copyOf(sitemaps);
        }

        @Override
        public String route() {
            return "sitemap.xml";
        }

        @Override
        public String source() {
            return "the sitemap index";
        }
    }

    /**
     * One sitemap file: the indexable pages numbered {@code first} to {@code first + count - 1}
     * (from 0) in the order of {@link SitePlan#allPages()}.
     *
     * @param prefix the language's part of its file name: "" for the first language, "de-"
     * @param number from 1, as in its file name
     * @param routes every indexable route of the language, to take this file's share from
     */
    public record Sitemap(String prefix, int number, long first, long count, IndexableRoutes routes) implements Page {
        /** This file's routes, streamed. */
        public Stream<String> pageRoutes() {
            return routes.stream().skip(first).limit(count);
        }

        @Override
        public String route() {
            return "sitemaps/sitemap-" + prefix + number + ".xml";
        }

        @Override
        public String source() {
            return "sitemap " + prefix + number;
        }
    }

    /** _redirects, for Netlify and Cloudflare Pages: each pair's other order to its page. */
    public record Redirects() implements Page {
        @Override
        public String route() {
            return "_redirects";
        }

        @Override
        public String source() {
            return "the _redirects file";
        }
    }

    /** redirects.nginx.conf: the same redirects as an nginx map to include. */
    public record NginxRedirects() implements Page {
        @Override
        public String route() {
            return "redirects.nginx.conf";
        }

        @Override
        public String source() {
            return "the nginx redirect map";
        }
    }
}
