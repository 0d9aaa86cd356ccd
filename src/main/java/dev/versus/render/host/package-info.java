/**
 * The files a host or a crawler reads rather than a person: robots.txt, the sitemaps and their
 * index, the redirect files (Netlify {@code _redirects}, nginx map) and the search index, with the
 * XML escaping, base-URL handling and list keys they share. Separate from the pages because none
 * of them goes through a template or a view record: each is built directly in Java by its renderer.
 */
package dev.versus.render.host;
