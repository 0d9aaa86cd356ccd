/**
 * The render stage: turns each planned page into bytes. Java builds one view record per page
 * type, with every decision and every figure already worded; the FreeMarker templates (.ftlh,
 * HTML auto-escaping) only format and loop. Markdown is the one thing printed raw, and only
 * after flexmark has dropped raw HTML and jsoup has cleaned the result.
 */
package dev.versus.render;
