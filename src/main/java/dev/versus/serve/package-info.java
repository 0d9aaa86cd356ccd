/**
 * {@code versus serve}: the built site over HTTP on this machine, with pretty URLs, the site's
 * 404 page and redirects, ETags, and with {@code --watch} a rebuild on every change to the
 * inputs and a reload of the open pages. Safe by default: loopback only, and no request can
 * read a file outside the output folder or its build bookkeeping ({@code .versus/}).
 */
package dev.versus.serve;
