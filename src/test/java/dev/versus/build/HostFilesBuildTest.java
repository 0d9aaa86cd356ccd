package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Settings;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The fixture build's files for hosts and crawlers: 404, robots.txt, sitemaps, redirect maps. */
class HostFilesBuildTest {
    private static final String BASE = FixtureSite.BASE.toString();
    @TempDir
    static Path dir;
    static Path site;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        FixtureSite.build(site);
        files = FixtureSite.files(site);
    }

    private static String text(String file) {
        return new String(files.get(file), StandardCharsets.UTF_8);
    }

    @Test
    void robotsAllowsEveryPageAndNamesTheSitemapIndexByItsAbsoluteUrl() {
        assertEquals("User-agent: *\n"
                + "Disallow: /tech/.versus/\n"
                + "\n"
                + "Sitemap: https://example.org/tech/sitemap.xml\n", text("robots.txt"));
    }

    @Test
    void theIndexListsTheOneSitemapWithTheSnapshotDate() throws Exception {
        org.w3c.dom.Document index = xml("sitemap.xml");
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of(BASE + "sitemaps/sitemap-1.xml"), texts(index, "loc"));
        assertEquals(List.of("2023-01-01"), texts(index, "lastmod"));
        assertEquals(Set.of("sitemaps/sitemap-1.xml"), files.keySet().stream()
                .filter(f -> f.startsWith("sitemaps/")).collect(Collectors.toSet()));
    }

    @Test
    void sitemapsListExactlyTheHtmlPagesWithoutNoindexAndEachUrlIsABuiltPage() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemaps/sitemap-1.xml");
        List<String> locs = texts(sitemap, "loc");
        Set<String> listed = new TreeSet<>();
        for (String loc : locs) {
            assertTrue(loc.startsWith(BASE) && loc.endsWith("/"), loc);
            String file = loc.substring(BASE.length()) + "index.html";
            assertTrue(files.containsKey(file), loc + " has no file");
            listed.add(file);
        }
        assertEquals(locs.size(), listed.size(), "no URL is listed twice");

        Set<String> indexable = new TreeSet<>();
        for (String file : files.keySet()) {
            if (file.endsWith(".html") && Jsoup.parse(text(file)).select("meta[name=robots][content*=noindex]").isEmpty()) {
                indexable.add(file);
            }
        }
        assertEquals(indexable, listed);
        // 3 Markdown pages, the 10 comparisons without web2py (whose total, 0, makes its 4 pairs
        // thin), 9 technology pages, 3 category pages and their index, 4 country pages and their
        // index, the home page and the search page.
        assertEquals(33, listed.size());
        assertTrue(listed.contains("compare/django-vs-flask/index.html"));
        assertTrue(!listed.contains("compare/django-vs-web2py/index.html") && !listed.contains("404.html"));
        assertEquals(33, texts(sitemap, "lastmod").stream().filter("2023-01-01"::equals).count());
    }

    @Test
    void everySitemapIsValidAgainstTheSitemapsOrgSchemas() throws Exception {
        validate("siteindex.xsd", files.get("sitemap.xml"));
        validate("sitemap.xsd", files.get("sitemaps/sitemap-1.xml"));
    }

    @Test
    void theSchemaCheckRejectsASitemapWithARelativeUrl() {
        byte[] broken = text("sitemaps/sitemap-1.xml").replace("<loc>" + BASE + "about/", "<loc>about/")
                .getBytes(StandardCharsets.UTF_8);
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class,
                () -> validate("sitemap.xsd", broken));
        assertTrue(e.getMessage().contains("about/"), e.getMessage());
    }

    @Test
    void aBaseUrlWithAnAmpersandIsEscapedInTheSitemapsAndStillValid() throws Exception {
        Path out = dir.resolve("r-and-d");
        SiteBuild.run(new BuildOptions(FixtureSite.SNAPSHOT, Path.of("content"), Path.of("templates"), out,
                URI.create("https://example.org/r&d/"), 2, Settings.DEFAULTS));
        byte[] sitemap = Files.readAllBytes(out.resolve("sitemaps/sitemap-1.xml"));
        assertTrue(new String(sitemap, StandardCharsets.UTF_8)
                .contains("<loc>https://example.org/r&amp;d/about/</loc>"));
        validate("sitemap.xsd", sitemap);
        validate("siteindex.xsd", Files.readAllBytes(out.resolve("sitemap.xml")));
        assertEquals("https://example.org/r&d/about/", texts(xml(sitemap), "loc").get(0));
        assertTrue(Files.readAllLines(out.resolve("redirects.nginx.conf")).contains(
                "    \"/r&d/compare/flask-vs-django/\" \"/r&d/compare/django-vs-flask/\";"));
    }

    @Test
    void redirectsSendEachPairsOtherOrderToItsPageWithAndWithoutTheSlash() {
        List<String> rules = text("_redirects").lines().filter(line -> !line.startsWith("#")).toList();
        assertEquals(28, rules.size(), "2 rules for each of the 14 pairs");
        assertEquals(List.of("/tech/compare/flask-vs-django/ /tech/compare/django-vs-flask/ 301",
                "/tech/compare/flask-vs-django /tech/compare/django-vs-flask/ 301"),
                rules.stream().filter(line -> line.contains("flask-vs-django")).toList());
        for (String rule : rules) {
            String[] parts = rule.split(" ");
            assertEquals(3, parts.length, rule);
            assertTrue(files.containsKey(parts[1].substring("/tech/".length()) + "index.html"), rule);
            String from = parts[0].substring("/tech/".length());
            String folder = from.endsWith("/") ? from : from + "/";
            assertTrue(!files.containsKey(folder + "index.html"), "a redirect never hides a page: " + rule);
        }
    }

    @Test
    void theNginxMapHasTheSameRulesInsideAMapBlock() {
        List<String> lines = text("redirects.nginx.conf").lines().filter(line -> !line.startsWith("#")).toList();
        assertEquals("map_hash_max_size 2048;", lines.get(0));
        // 8 keys as long as the longest, "/tech/compare/web2py-vs-ruby-on-rails/" (38 bytes), are 392 bytes.
        assertEquals("map_hash_bucket_size 512;", lines.get(1));
        assertEquals("map $uri $versus_redirect {", lines.get(2));
        assertEquals("    default \"\";", lines.get(3));
        assertEquals("}", lines.get(lines.size() - 1));
        List<String> entries = lines.subList(4, lines.size() - 1);
        assertEquals(28, entries.size());
        assertEquals(List.of("    /tech/compare/flask-vs-django/ /tech/compare/django-vs-flask/;",
                "    /tech/compare/flask-vs-django /tech/compare/django-vs-flask/;"),
                entries.stream().filter(line -> line.contains("flask-vs-django")).toList());
        List<String> netlify = text("_redirects").lines().filter(line -> !line.startsWith("#"))
                .map(line -> "    " + line.replace(" 301", ";")).toList();
        assertEquals(netlify, entries, "the same rules in the same order");
        assertTrue(text("redirects.nginx.conf").contains("#     if ($versus_redirect) { return 301 $versus_redirect; }"));
    }

    /** The maps are written to scratch files and moved in; they must not keep a temporary file's owner-only mode. */
    @Test
    void streamedFilesGetTheSamePermissionsAsTheOthers() throws Exception {
        var usual = Files.getPosixFilePermissions(site.resolve("robots.txt"));
        assertEquals(usual, Files.getPosixFilePermissions(site.resolve("_redirects")));
        assertEquals(usual, Files.getPosixFilePermissions(site.resolve("redirects.nginx.conf")));
    }

    @Test
    void notFoundPageSaysNoindexAndIsInNoSitemap() {
        Document page = Jsoup.parse(text("404.html"));
        assertEquals("noindex", page.expectFirst("meta[name=robots]").attr("content"));
        assertEquals("Page not found", page.expectFirst("main h1").text());
        assertEquals("Page not found | Versus", page.title());
        assertTrue(!text("sitemaps/sitemap-1.xml").contains("404"));
    }

    @Test
    void notFoundPageLinksHomeCategoriesAndSearchFromTheRootPath() {
        Document page = Jsoup.parse(text("404.html"));
        assertEquals(List.of("/tech/", "/tech/categories/", "/tech/search/"),
                page.select("main .not-found-links a").eachAttr("href"));
        assertEquals("/tech/assets/site.css", page.expectFirst("link[rel=stylesheet]").attr("href"));
    }

    /** Served for a missing path at any depth, every link resolves to the same URL under the base. */
    @Test
    void notFoundPageLinksWorkAtAnyDepth() {
        List<String> depths = List.of(BASE + "404.html", BASE + "missing", BASE + "compare/a-vs-b/",
                BASE + "a/b/c/d/e.html");
        Document page = Jsoup.parse(text("404.html"));
        List<Element> links = new ArrayList<>(page.select("a[href]:not([href^=#]), link[href]"));
        links.removeIf(link -> link.attr("href").startsWith("https://") && link.is("link[rel=canonical]"));
        assertTrue(links.size() >= 8, "header, body and footer links and the stylesheet: " + links.size());
        for (Element link : links) {
            String href = link.attr("href");
            URI expected = URI.create(BASE).resolve(href);
            for (String depth : depths) {
                assertEquals(expected, URI.create(depth).resolve(href), href + " from " + depth);
            }
            assertTrue(expected.toString().startsWith(BASE), href);
        }
        assertTrue(Files.exists(site.resolve("assets/site.css")));
        for (String built : List.of("/tech/methodology/", "/tech/disclaimer/")) {
            assertTrue(page.select("a[href=" + built + "]").size() > 0, built);
            assertTrue(files.containsKey(built.substring("/tech/".length()) + "index.html"), built);
        }
    }

    @Test
    void hostFilesAreNotInTheSitemapsAndTheManifestIsNotListed() {
        String sitemap = text("sitemaps/sitemap-1.xml");
        for (String file : List.of("robots.txt", "sitemap.xml", "_redirects", "redirects.nginx.conf", ".versus",
                "assets/")) {
            assertTrue(!sitemap.contains(file), file);
        }
    }

    /** The redirect maps are written as streams: a changed pair list rewrites them, nothing is left beside. */
    @Test
    void whenPairsChangeTheRedirectMapsAndTheSitemapAreRewritten() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("incremental"));
        Path out = parent.resolve("site");
        FixtureSite.build(out);
        // Squarespace leaves the CMS category for JavaScript libraries: 2 pairs go, 2 come.
        String json = Files.readString(FixtureSite.SNAPSHOT);
        String cms = "\"categories\": [\"cms\"],\n      \"website\": \"https://www.squarespace.com\"";
        assertTrue(json.contains(cms));
        Path moved = Files.writeString(dir.resolve("moved.json"),
                json.replace(cms, cms.replace("cms", "javascript-libraries")));

        BuildReport report = SiteBuild.run(FixtureSite.options(moved, out));

        assertTrue(report.changes().changed().containsAll(List.of("_redirects", "redirects.nginx.conf",
                "sitemaps/sitemap-1.xml")), report.changes().changed().toString());
        List<String> redirects = Files.readAllLines(out.resolve("_redirects"));
        assertTrue(redirects.contains("/tech/compare/squarespace-vs-jquery/ /tech/compare/jquery-vs-squarespace/ 301"));
        assertTrue(redirects.stream().noneMatch(line -> line.contains("drupal-vs-squarespace")));

        Files.delete(out.resolve("redirects.nginx.conf"));
        BuildReport again = SiteBuild.run(FixtureSite.options(moved, out));
        assertEquals(List.of("redirects.nginx.conf"), again.changes().changed(), "written again, as it was");
        assertTrue(Files.readString(out.resolve("redirects.nginx.conf")).contains(
                "    /tech/compare/squarespace-vs-jquery/ /tech/compare/jquery-vs-squarespace/;\n"));
        try (var siblings = Files.list(parent)) {
            assertEquals(List.of(out), siblings.toList(), "no scratch or staging file is left beside the output");
        }
    }

    private static void validate(String schema, byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var validator = factory.newSchema(Path.of("src/test/resources/sitemaps", schema).toFile()).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static org.w3c.dom.Document xml(String file) throws Exception {
        return xml(files.get(file));
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(org.w3c.dom.Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
