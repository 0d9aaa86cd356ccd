/**
 * The render stage: turns each planned page into bytes. Java builds one view record per page
 * type, with every decision and every figure already worded; the FreeMarker templates (.ftlh,
 * HTML auto-escaping) only format and loop. Markdown is the one thing printed raw, and only
 * after flexmark has dropped raw HTML and jsoup has cleaned the result.
 *
 * <p>This package holds the renderers ({@link dev.versus.render.SiteRenderer} and the page kinds
 * it dispatches to) and the view records with their builders, which templates read by component
 * name. The FreeMarker plumbing is in {@code render.freemarker}, the incremental-build keys in
 * {@code render.keys}, and the files for hosts and crawlers (robots.txt, sitemaps, redirects,
 * search index) in {@code render.host}.
 */
package dev.versus.render;
