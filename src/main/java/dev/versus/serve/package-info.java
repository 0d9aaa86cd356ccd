/**
 * {@code versus serve}: the built site over HTTP on this machine, with pretty URLs, the site's
 * 404 page and redirects, ETags, and with {@code --watch} a rebuild on every change to the
 * inputs and a reload of the open pages. Safe by default: loopback only, and no request can
 * read a file outside the output folder or its build bookkeeping ({@code .versus/}). Jetty
 * carries the HTTP: clients that stall, trickle or keep connections idle hold no thread and
 * are let go after the idle timeout, and request headers are bounded ({@link
 * dev.versus.serve.ServerLimits}).
 */
package dev.versus.serve;
