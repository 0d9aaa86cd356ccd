/**
 * {@code versus init}: the files of a new site (configuration, sample snapshot, content pages,
 * template note, .gitignore and CI workflow), kept as resources under {@code dev/versus/init/site}
 * and copied out byte for byte, and optionally the built-in templates to edit.
 */
package dev.versus.init;
