package dev.versus.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Parses one page (without position tracking, which would more than double the time) and checks
 * what can be checked from the page alone: its URLs against the site's files, its own anchors and
 * its head. Safe to use from several threads: it keeps no state between pages.
 */
final class PageScanner {
    private final SiteUrls urls;
    private final SiteFiles files;
    private final LanguageCodes codes;
    /**
     * One copy of each message: a template's broken link repeats the same message on every page
     * made from it, which on a large site is millions of findings.
     */
    private final Map<String, String> messages = new ConcurrentHashMap<>();

    PageScanner(SiteUrls urls, SiteFiles files, LanguageCodes codes) {
        this.urls = urls;
        this.files = files;
        this.codes = codes;
    }

    /** Parses with the same settings as {@link Positions}, so element indexes agree. */
    static Document parse(String html, boolean trackPositions) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(trackPositions));
    }

    ScannedPage scan(int file, String html) {
        Document document = parse(html, false);
        Elements all = document.getAllElements();
        PageState page = new PageState(file, linkBase(document, urls.pageUrl(file)));
        for (int i = 0; i < all.size(); i++) {
            Element element = all.get(i);
            page.collectIds(element);
            page.head.see(element, i);
            if (PageAlternates.isAlternate(element)) {
                page.alternates.see(element, i, page.findings);
            }
            for (Reference reference : Reference.of(element)) {
                page.check(i, reference);
            }
        }
        long[] ids = IdSet.of(page.ids);
        for (PendingAnchor anchor : page.localAnchors) {
            if (!hasAnchor(ids, anchor.fragment())) {
                page.findings.add(brokenAnchor(anchor, files.path(file)));
            }
        }
        page.head.report(file, page.findings);
        long[] alternates = page.alternates.report(page.head.lang, page.head.canonical, page.head.headElement, page.findings);
        int lang = alternates == null || page.head.lang.isBlank() ? -1 : codes.id(page.head.lang);
        return new ScannedPage(ids, page.head.title, page.head.titleElement, page.head.noindex, page.findings,
                page.anchors, page.links, page.external, alternates, lang, page.head.headElement);
    }

    /** A fragment names an id or an a's name; "#top" scrolls to the top of any page. */
    static boolean hasAnchor(long[] ids, String fragment) {
        return IdSet.contains(ids, fragment) || fragment.equalsIgnoreCase("top");
    }

    static Finding brokenAnchor(PendingAnchor anchor, String targetPath) {
        Finding where = anchor.where();
        return new Finding(where.file(), where.element(), where.attribute(),
                "broken anchor \"" + anchor.href() + "\": no id \"" + anchor.fragment() + "\" in " + targetPath);
    }

    /** A base element changes what relative URLs resolve against. */
    private static URI linkBase(Document document, URI pageUrl) {
        Element base = document.head().selectFirst("base[href]");
        if (base == null) {
            return pageUrl;
        }
        try {
            return pageUrl.resolve(new URI(base.attr("href").strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return pageUrl;
        }
    }

    /** The running state of one page's scan. */
    private final class PageState {
        final int file;
        final URI linkBase;
        final Set<String> ids = new HashSet<>();
        final PageHead head = new PageHead();
        final PageAlternates alternates;
        final List<Finding> findings = new ArrayList<>();
        final List<PendingAnchor> localAnchors = new ArrayList<>();
        final List<PendingAnchor> anchors = new ArrayList<>();
        int links;
        int external;

        PageState(int file, URI linkBase) {
            this.file = file;
            this.linkBase = linkBase;
            this.alternates = new PageAlternates(urls, codes, files, file);
        }

        void collectIds(Element element) {
            String id = element.id();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            if (element.normalName().equals("a") && element.hasAttr("name")) {
                ids.add(element.attr("name"));
            }
        }

        void check(int element, Reference reference) {
            Target target;
            try {
                target = urls.resolve(linkBase, reference.url());
            } catch (IllegalArgumentException e) {
                target = Target.MALFORMED;
            }
            if (target.kind() == Target.Kind.SKIPPED) {
                return;
            }
            links++;
            Finding where = new Finding(file, element, reference.attribute(), null);
            String what = (reference.asset() ? "missing " : "broken ") + reference.noun() + " \"" + reference.url() + "\": ";
            switch (target.kind()) {
                case EXTERNAL -> external++;
                case MALFORMED -> findings.add(at(where, what + "not a valid URL"));
                case OUTSIDE -> findings.add(at(where, what + target.expected() + " is outside the site " + urls.base()));
                case MISSING -> findings.add(at(where, what + "no file " + target.expected()));
                case SAME_PAGE -> anchor(where, reference, file, target.fragment());
                case FILE -> anchor(where, reference, target.file(), target.fragment());
                default -> throw new IllegalStateException(target.kind().name());
            }
        }

        private void anchor(Finding where, Reference reference, int targetFile, String fragment) {
            // Only HTML pages have ids to check; a fragment of an image or a file is left alone.
            if (fragment == null || !files.isHtml(targetFile)) {
                return;
            }
            PendingAnchor anchor = new PendingAnchor(where, reference.url(), targetFile, fragment);
            (targetFile == file ? localAnchors : anchors).add(anchor);
        }

        private Finding at(Finding where, String message) {
            return new Finding(where.file(), where.element(), where.attribute(), messages.computeIfAbsent(message, m -> m));
        }
    }

    /**
     * The head facts: title, lang, canonical link, meta description and robots noindex. Pages
     * that ask not to be indexed need no canonical link or description.
     */
    private static final class PageHead {
        int htmlElement = -1;
        int headElement = -1;
        /** The html element's lang, or "" when it has none. */
        String lang = "";
        String title;
        int titleElement = -1;
        /** The first canonical link's href, or null. */
        String canonical;
        int descriptionElement = -1;
        boolean emptyDescription;
        boolean noindex;

        void see(Element element, int index) {
            switch (element.normalName()) {
                case "html" -> {
                    if (htmlElement < 0) {
                        htmlElement = index;
                        lang = element.attr("lang").strip();
                    }
                }
                case "head" -> headElement = headElement < 0 ? index : headElement;
                case "title" -> seeTitle(element, index);
                case "link" -> seeCanonical(element);
                case "meta" -> seeMeta(element, index);
                default -> {
                    // Only head elements matter here.
                }
            }
        }

        private void seeCanonical(Element link) {
            if (canonical == null && hasToken(link.attr("rel"), "canonical") && link.hasAttr("href")) {
                canonical = link.attr("href");
            }
        }

        private void seeTitle(Element element, int index) {
            // An SVG's title names the drawing, not the page.
            boolean pageTitle = element.parent() != null && element.parent().normalName().equals("head");
            if (pageTitle && titleElement < 0) {
                titleElement = index;
                String text = element.text().strip();
                title = text.isEmpty() ? null : text;
            }
        }

        private void seeMeta(Element element, int index) {
            String name = element.attr("name").toLowerCase(Locale.ROOT);
            if (name.equals("description") && descriptionElement < 0) {
                descriptionElement = index;
                emptyDescription = element.attr("content").isBlank();
            } else if (name.equals("robots")) {
                String content = element.attr("content");
                noindex |= hasToken(content, "noindex") || hasToken(content, "none");
            }
        }

        void report(int file, List<Finding> findings) {
            if (lang.isEmpty()) {
                findings.add(new Finding(file, htmlElement, null, "missing lang attribute on <html>"));
            }
            if (titleElement < 0) {
                findings.add(new Finding(file, headElement, null, "missing <title>"));
            } else if (title == null) {
                findings.add(new Finding(file, titleElement, null, "empty <title>"));
            }
            if (noindex) {
                return;
            }
            if (canonical == null) {
                findings.add(new Finding(file, headElement, null, "missing canonical link"));
            }
            if (descriptionElement < 0) {
                findings.add(new Finding(file, headElement, null, "missing meta description"));
            } else if (emptyDescription) {
                findings.add(new Finding(file, descriptionElement, null, "empty meta description"));
            }
        }

        /** Whether a space- or comma-separated list (rel, robots content) holds a token. */
        private static boolean hasToken(String list, String token) {
            for (String part : list.split("[\\s,]+")) {
                if (part.equalsIgnoreCase(token)) {
                    return true;
                }
            }
            return false;
        }
    }
}
