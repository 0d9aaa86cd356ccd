package dev.versus.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/**
 * Checks a built site folder: every page is parsed once, in parallel, keeping only compact facts;
 * then the checks that need all pages (anchors into other pages, duplicate titles, sitemaps) run
 * on those facts (language alternates among them), and the files with problems are parsed again to place each problem.
 */
public final class SiteCheck {
    /** Served from when neither an option nor the home page's canonical link says otherwise. */
    public static final URI DEFAULT_BASE = URI.create("http://localhost:8080/");
    /** Pages whose canonical link is tried to find the site's URL when none is given. */
    private static final int BASE_CANDIDATES = 20;

    private final SiteFiles files;
    private final SiteUrls urls;
    private final int threads;
    private final long[][] ids;
    private final String[] titles;
    private final int[] titleElements;
    private final boolean[] noindex;
    private final boolean[] html;
    private final LanguageCodes codes = new LanguageCodes();
    private final long[][] alternates;
    private final int[] langs;
    private final int[] heads;
    private final List<Finding> findings = new ArrayList<>();
    private final List<PendingAnchor> anchors = new ArrayList<>();
    private int pages;
    private long links;
    private long externalLinks;

    private SiteCheck(SiteFiles files, URI base, int threads) {
        this.files = files;
        this.urls = new SiteUrls(base, files);
        this.threads = threads;
        this.ids = new long[files.size()][];
        this.titles = new String[files.size()];
        this.titleElements = new int[files.size()];
        this.noindex = new boolean[files.size()];
        this.html = new boolean[files.size()];
        this.alternates = new long[files.size()][];
        this.langs = new int[files.size()];
        this.heads = new int[files.size()];
    }

    /**
     * @param base the absolute http(s) URL ending in "/" the site is served from, or null to take
     *     it from the canonical link of the home page, else {@link #DEFAULT_BASE}
     */
    public static CheckReport run(Path folder, URI base, int threads) throws IOException {
        SiteFiles files = SiteFiles.walk(folder);
        SiteCheck check = new SiteCheck(files, base != null ? base : inferBase(files), threads);
        check.scanPages();
        List<Problem> problems = new ArrayList<>(Sitemaps.check(files, check.urls, check.noindex, check.html));
        check.checkAnchors();
        check.checkTitles();
        check.findings.addAll(AlternatesCheck.check(files, check.codes, check.alternates, check.langs, check.heads, check.html));
        problems.addAll(check.locateFindings());
        problems.sort(null);
        return new CheckReport(check.pages, check.links, check.externalLinks, check.urls.base(), problems);
    }

    /**
     * A page's canonical link is the site's URL followed by the page's folder, so the site's URL
     * is the canonical link less that folder; the home page is tried first, then the first pages.
     */
    static URI inferBase(SiteFiles files) throws IOException {
        int home = files.indexOf("index.html");
        int tried = 0;
        for (int file = home >= 0 ? home : 0; file < files.size() && tried < BASE_CANDIDATES; file++) {
            if (files.isHtml(file)) {
                tried++;
                URI base = baseFromCanonical(files, file);
                if (base != null) {
                    return base;
                }
            }
        }
        return DEFAULT_BASE;
    }

    private static URI baseFromCanonical(SiteFiles files, int file) throws IOException {
        String source = Files.readString(files.file(file), StandardCharsets.UTF_8);
        Element canonical = PageScanner.parse(source, false).selectFirst("link[rel~=(?i)^canonical$][href]");
        if (canonical == null) {
            return null;
        }
        try {
            URI uri = new URI(canonical.attr("href").strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String page = files.path(file);
            String folder = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
            if (!web || uri.getHost() == null || !path.endsWith("/" + folder)) {
                return null;
            }
            String basePath = path.substring(0, path.length() - folder.length());
            return new URI(uri.getScheme(), uri.getRawAuthority(), basePath, null, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Reads every HTML page on a fixed pool, each worker taking the next page until none is left. */
    private void scanPages() throws IOException {
        int[] pageFiles = java.util.stream.IntStream.range(0, files.size()).filter(files::isHtml).toArray();
        AtomicInteger next = new AtomicInteger();
        PageScanner scanner = new PageScanner(urls, files, codes);
        List<Callable<Worker>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(() -> new Worker().run(scanner, pageFiles, next));
        }
        for (Worker worker : runAll(workers)) {
            findings.addAll(worker.findings);
            anchors.addAll(worker.anchors);
            pages += worker.pages;
            links += worker.links;
            externalLinks += worker.externalLinks;
        }
    }

    /** One thread's share of the pages; results stay per worker until all are done. */
    private final class Worker {
        final List<Finding> findings = new ArrayList<>();
        final List<PendingAnchor> anchors = new ArrayList<>();
        int pages;
        long links;
        long externalLinks;

        Worker run(PageScanner scanner, int[] pageFiles, AtomicInteger next) {
            for (int i = next.getAndIncrement(); i < pageFiles.length; i = next.getAndIncrement()) {
                int file = pageFiles[i];
                String source;
                try {
                    source = new String(Files.readAllBytes(files.file(file)), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    findings.add(Finding.ofFile(file, "cannot read: " + e.getMessage()));
                    continue;
                }
                keep(file, scanner.scan(file, source));
            }
            return this;
        }

        private void keep(int file, ScannedPage page) {
            // Each file index is written by one worker only; the pool's join publishes the arrays.
            ids[file] = page.ids();
            titles[file] = page.title();
            titleElements[file] = page.titleElement();
            noindex[file] = page.noindex();
            html[file] = true;
            alternates[file] = page.alternates();
            langs[file] = page.lang();
            heads[file] = page.headElement();
            findings.addAll(page.findings());
            anchors.addAll(page.anchors());
            pages++;
            links += page.links();
            externalLinks += page.externalLinks();
        }
    }

    private void checkAnchors() {
        for (PendingAnchor anchor : anchors) {
            long[] targetIds = ids[anchor.target()];
            if (targetIds != null && !PageScanner.hasAnchor(targetIds, anchor.fragment())) {
                findings.add(PageScanner.brokenAnchor(anchor, files.path(anchor.target())));
            }
        }
        anchors.clear();
    }

    /**
     * The first page in path order keeps its title; every later indexable page in the same
     * language with it is reported. The versions of a page in two languages may share a title
     * (a technology's name, a language that takes its words from another) and are told apart
     * by their alternates instead.
     */
    private void checkTitles() {
        Map<String, Integer> firstUse = new HashMap<>();
        for (int file = 0; file < files.size(); file++) {
            if (titles[file] == null || noindex[file]) {
                continue;
            }
            Integer first = firstUse.putIfAbsent(langs[file] + "\u0000" + titles[file], file);
            if (first != null) {
                findings.add(new Finding(file, titleElements[file], null,
                        "duplicate title \"" + titles[file] + "\" (first used by " + files.path(first) + ")"));
            }
        }
    }

    /** Places the findings, parsing each file that has some again, in parallel. */
    private List<Problem> locateFindings() throws IOException {
        Map<Integer, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : findings) {
            byFile.computeIfAbsent(finding.file(), key -> new ArrayList<>()).add(finding);
        }
        List<Map.Entry<Integer, List<Finding>>> entries = new ArrayList<>(byFile.entrySet());
        AtomicInteger next = new AtomicInteger();
        IntFunction<List<Problem>> locateOne = i -> Positions.locate(files, entries.get(i).getKey(), entries.get(i).getValue());
        List<Callable<List<Problem>>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                List<Problem> located = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
                    located.addAll(locateOne.apply(i));
                }
                return located;
            });
        }
        List<Problem> problems = new ArrayList<>();
        runAll(workers).forEach(problems::addAll);
        return problems;
    }

    private <T> List<T> runAll(List<Callable<T>> tasks) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), runnable -> {
            Thread thread = new Thread(runnable, "versus-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
