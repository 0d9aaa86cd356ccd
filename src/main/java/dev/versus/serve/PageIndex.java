package dev.versus.serve;

import dev.versus.compare.Catalog;
import dev.versus.compare.Pair;
import dev.versus.model.RedirectFormat;
import dev.versus.model.Technology;
import dev.versus.plan.Page;
import dev.versus.plan.Routes;
import dev.versus.plan.SitePlan;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which planned page writes a file, found without listing the site: the few fixed pages by
 * their file, and a comparison by reading its two slugs from the path, since the catalog
 * already knows whether two technologies share a category. Holding a map of every comparison
 * would cost as much memory as the site has pairs.
 */
final class PageIndex {
    private static final String COMPARE = "compare/";
    private static final String INDEX = "index.html";
    private static final String VS = "-vs-";

    private final Catalog catalog;
    private final Map<String, Page> fixedByFile = new HashMap<>();
    private final boolean redirects;
    /** The folders of the site's languages but the first ("de/"), whose comparisons are under them. */
    private final java.util.List<String> languageFolders;

    private PageIndex(Catalog catalog, boolean redirects, java.util.List<String> languageFolders) {
        this.catalog = catalog;
        this.redirects = redirects;
        this.languageFolders = languageFolders;
    }

    /** @param redirectFormats the redirect maps the build writes; without any, hosts redirect nothing */
    static PageIndex of(SitePlan plan, Set<RedirectFormat> redirectFormats) {
        java.util.List<String> languages = plan.languages();
        PageIndex index = new PageIndex(plan.catalog(), !redirectFormats.isEmpty(),
                languages.subList(1, languages.size()).stream().map(code -> code + "/").toList());
        for (Page page : plan.fixedPages()) {
            index.fixedByFile.put(Routes.file(page.route()), page);
        }
        return index;
    }

    /** The page that writes {@code file} ("compare/a-vs-b/index.html", "robots.txt"), or null. */
    Page find(String file) {
        Page fixed = fixedByFile.get(file);
        if (fixed != null) {
            return fixed;
        }
        String folder = languageFolder(file);
        String[] slugs = slugs(file.substring(folder.length()), INDEX);
        if (slugs == null || slugs[0].compareTo(slugs[1]) >= 0) {
            return null; // the other order is no page: the redirect map sends it to the page
        }
        Pair pair = pairOf(slugs);
        if (pair == null) {
            return null;
        }
        Page page = new Page.Comparison(pair, !catalog.isThin(pair));
        return folder.isEmpty() ? page : new Page.InLanguage(folder.substring(0, folder.length() - 1), page);
    }

    /** The language folder {@code file} is in ("de/"), or "" for the first language's. */
    private String languageFolder(String file) {
        for (String folder : languageFolders) {
            if (file.startsWith(folder)) {
                return folder;
            }
        }
        return "";
    }

    /**
     * Where a host sends a comparison asked for with its slugs in the other order (with or
     * without the trailing slash), as the redirect maps of the build say; null for any other path.
     *
     * @param path a decoded request path, starting with "/"
     */
    String redirect(String path) {
        if (!redirects) {
            return null;
        }
        String folder = path.endsWith("/") ? path.substring(1) : path.substring(1) + "/";
        String language = languageFolder(folder);
        String[] slugs = slugs(folder.substring(language.length()), "");
        if (slugs == null || slugs[0].compareTo(slugs[1]) <= 0) {
            return null;
        }
        Pair pair = pairOf(slugs);
        return pair == null ? null : "/" + language + Routes.comparison(pair.first(), pair.second());
    }

    /** The pair of two slugs, in canonical order, if both technologies exist and share a category. */
    private Pair pairOf(String[] slugs) {
        Technology one = catalog.technology(slugs[0]);
        Technology other = catalog.technology(slugs[1]);
        if (one == null || other == null || catalog.sharedCategories(one, other).isEmpty()) {
            return null;
        }
        return Pair.of(one, other);
    }

    /** The two slugs of "compare/a-vs-b/" + suffix, in the path's order, or null. */
    private static String[] slugs(String file, String suffix) {
        String end = "/" + suffix;
        if (!file.startsWith(COMPARE) || !file.endsWith(end)) {
            return null;
        }
        String name = file.substring(COMPARE.length(), file.length() - end.length());
        int vs = name.indexOf(VS);
        if (vs <= 0 || vs + VS.length() >= name.length() || name.indexOf('/') >= 0) {
            return null;
        }
        return new String[] {name.substring(0, vs), name.substring(vs + VS.length())};
    }
}
