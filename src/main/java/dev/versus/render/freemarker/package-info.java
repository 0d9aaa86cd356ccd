/**
 * The FreeMarker plumbing: the configuration and template lookup ({@link
 * dev.versus.render.freemarker.Templates}), loading from a folder or the jar, reading record
 * components without reflection per access, turning FreeMarker's errors into
 * {@code file:line:col:} messages ({@link dev.versus.render.freemarker.RenderException}), and the
 * reused UTF-8 output buffer. Separate from the views so that the view records stay plain data and
 * the one place that knows FreeMarker is small.
 */
package dev.versus.render.freemarker;
