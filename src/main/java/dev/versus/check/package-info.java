/**
 * {@code versus check}: reads a built site folder and reports broken links and anchors, missing
 * assets, missing or duplicate page metadata, sitemap mistakes and language alternates
 * ({@code <link rel="alternate" hreflang>}) that are not unique, absolute, reciprocal or one per
 * language of the site, each as
 * {@code file:line:col: message}. Pages are parsed in parallel without position tracking and only
 * the compact facts later checks need are kept (hashed ids, titles, noindex flags, alternates packed by language); the few files
 * with problems are parsed a second time with positions to say where each problem is.
 */
package dev.versus.check;
