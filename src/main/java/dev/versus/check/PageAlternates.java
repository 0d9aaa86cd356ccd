package dev.versus.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The {@code <link rel="alternate" hreflang>} elements of one page and what can be checked from
 * the page alone: one link per code, absolute URLs to pages of the site, an entry for the page's
 * own language that is its canonical URL, and an x-default. A link that leads to no file is
 * reported by the link check ("broken alternate link") and not again here.
 */
final class PageAlternates {
    private final SiteUrls urls;
    private final LanguageCodes codes;
    private final SiteFiles files;
    private final int file;
    private final List<Link> links = new ArrayList<>();

    /** One alternate link as found: code id, element index, href, and the page it leads to or -1. */
    private record Link(int code, String hreflang, int element, String href, int target) {
    }

    PageAlternates(SiteUrls urls, LanguageCodes codes, SiteFiles files, int file) {
        this.urls = urls;
        this.codes = codes;
        this.files = files;
        this.file = file;
    }

    static boolean isAlternate(Element element) {
        return element.normalName().equals("link") && element.hasAttr("hreflang")
                && (" " + element.attr("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ").contains(" alternate ");
    }

    void see(Element link, int index, List<Finding> findings) {
        String hreflang = link.attr("hreflang").strip();
        int code = codes.id(hreflang);
        for (Link seen : links) {
            if (seen.code() == code) {
                findings.add(new Finding(file, index, "hreflang",
                        "duplicate alternate hreflang=\"" + hreflang + "\": one link per language"));
                return;
            }
        }
        String href = link.attr("href").strip();
        links.add(new Link(code, hreflang, index, href, target(index, hreflang, href, findings)));
    }

    /** The page an alternate leads to, or {@link Alternates#NO_PAGE} after reporting why not. */
    private int target(int index, String hreflang, String href, List<Finding> findings) {
        String what = "alternate hreflang=\"" + hreflang + "\" href \"" + href + "\" ";
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return Alternates.NO_PAGE;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            findings.add(new Finding(file, index, "href", what + "is not an absolute URL"));
            return Alternates.NO_PAGE;
        }
        Target target = urls.resolveAbsolute(href);
        if (target.kind() == Target.Kind.EXTERNAL) {
            findings.add(new Finding(file, index, "href", what + "is not on the site " + urls.base()));
        } else if (target.kind() == Target.Kind.FILE && !files.isHtml(target.file())) {
            findings.add(new Finding(file, index, "href", what + "is not a page"));
        } else if (target.kind() == Target.Kind.FILE) {
            return target.file();
        }
        return Alternates.NO_PAGE;
    }

    /**
     * Checks the page's own entry and the x-default, and packs the links.
     *
     * @param lang the page's {@code <html lang>}, or "" when missing
     * @param canonical the canonical link's href, or null when there is none
     * @param headElement index of the head element, where a missing link is reported
     * @return the packed links by code id, or null when the page has none
     */
    long[] report(String lang, String canonical, int headElement, List<Finding> findings) {
        if (links.isEmpty()) {
            return null;
        }
        if (!lang.isBlank()) {
            checkOwn(lang.strip(), canonical, headElement, findings);
        }
        if (links.stream().noneMatch(link -> link.hreflang().equalsIgnoreCase(LanguageCodes.X_DEFAULT))) {
            findings.add(new Finding(file, headElement, null, "missing alternate hreflang=\"x-default\""));
        }
        long[] packed = Alternates.empty(links.stream().mapToInt(Link::code).max().orElseThrow() + 1);
        for (Link link : links) {
            packed[link.code()] = Alternates.pack(link.element(), link.target());
        }
        return packed;
    }

    /** The entry for the page's own language is the page itself, at its canonical URL. */
    private void checkOwn(String lang, String canonical, int headElement, List<Finding> findings) {
        Link own = links.stream().filter(link -> link.hreflang().equalsIgnoreCase(lang)).findFirst().orElse(null);
        if (own == null) {
            findings.add(new Finding(file, headElement, null,
                    "no alternate for the page's own language: expected hreflang=\"" + lang + "\" as in <html lang>"));
        } else if (canonical != null && !own.href().equals(canonical.strip())) {
            findings.add(new Finding(file, own.element(), "href", "alternate hreflang=\"" + own.hreflang() + "\" href \""
                    + own.href() + "\" is the page's own language but not its canonical URL " + canonical.strip()));
        } else if (canonical == null && own.target() != file && own.target() != Alternates.NO_PAGE) {
            findings.add(new Finding(file, own.element(), "href", "alternate hreflang=\"" + own.hreflang() + "\" href \""
                    + own.href() + "\" is the page's own language but leads to " + files.path(own.target())));
        }
    }
}
