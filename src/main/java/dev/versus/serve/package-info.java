/**
 * {@code versus serve}: the site over HTTP on this machine, with pretty URLs, the site's 404 page
 * and redirects, and ETags. By default each page is rendered from the inputs when it is asked
 * for ({@link dev.versus.serve.LiveSite}), kept in a bounded cache, and the inputs are watched:
 * an edit reloads the open pages ({@link dev.versus.serve.Preview}). With {@code --site DIR} a
 * built folder is served exactly as it is ({@link dev.versus.serve.FolderSite}). Safe by
 * default: loopback only, and no request can read a file outside the site or the build's
 * bookkeeping ({@code .versus/}). Jetty carries the HTTP: clients that stall, trickle or keep
 * connections idle hold no thread and are let go after the idle timeout, and request headers
 * are bounded ({@link dev.versus.serve.ServerLimits}).
 */
package dev.versus.serve;
