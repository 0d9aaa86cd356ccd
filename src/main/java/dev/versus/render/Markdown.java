package dev.versus.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.versus.model.SiteContent;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. flexmark drops raw HTML outright (it is never passed through) and
 * numbers heading ids; jsoup then cleans the result against a safelist, which also removes
 * {@code javascript:} links that Markdown link syntax could still produce.
 */
public final class Markdown {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addAttributes(":all", "id")
            .addAttributes("a", "rel")
            .preserveRelativeLinks(true);

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private Markdown() {
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Renders Markdown as sanitized HTML; a file's front matter is cut off before (see load.FrontMatter). */
    public static String toSafeHtml(String markdown) {
        return toSafeHtml(parse(markdown));
    }

    /** The content with every editor's text rendered to sanitized HTML (page bodies are rendered with their page). */
    public static SiteContent toSafeHtml(SiteContent content) {
        return content.withTexts(Markdown::toSafeHtml);
    }

    public static String toSafeHtml(Document document) {
        String html = RENDERER.render(document);
        OutputSettings settings = new OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "http://base.invalid/", SAFELIST, settings);
    }
}
